import { expect, test } from "vitest";
import { formatNumber, type NumberFormat } from "../../src/words/format-number.js";
import type { Lang } from "../../src/model/lang.js";

test.each<[number, Lang, NumberFormat, string]>([
  [1234567, "vi", {}, "1.234.567"],
  [1234567, "en", {}, "1,234,567"],
  [1234.5, "vi", {}, "1.234,5"],
  [1234.5, "en", {}, "1,234.5"],
  [-1234.125, "vi", {}, "-1.234,125"],
  [0, "vi", {}, "0"],
  [71.6449, "vi", { decimals: 2 }, "71,64"],
  [12.5, "vi", { decimals: 2 }, "12,5"],
  [1234567.999, "en", { decimals: 2 }, "1,234,568"],
  [-0.001, "vi", { decimals: 2 }, "0"],
  [-2.5, "vi", { decimals: 0 }, "-3"],
  [3, "vi", { pad: true }, "03"],
  [-3, "vi", { pad: true }, "-03"],
  [0, "vi", { pad: true }, "0"],
  [1.5, "vi", { pad: true }, "1,5"],
  [12, "vi", { pad: true }, "12"],
])("formatNumber(%d, %s, %j) = %s", (value, lang, options, expected) => {
  expect(formatNumber(value, lang, options)).toBe(expected);
});
