// Every coded value the schemas allow has its words, in both languages, in src/model/enum-words.ts:
// a value added to a schema without words fails here, before any output prints the bare code.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ENUM_WORDS, type EnumWords, type WordForm, nameValue, pickWord } from "../../src/words/enum-words.js";
import type { Lang } from "../../src/model/lang.js";

const schemaDir = new URL("../../schemas/", import.meta.url);

/** [key, value] for every oneOf const, const and enum of a schema, keyed by the property that holds it. */
function collectCodedValues(node: unknown, key: string | undefined, found: [string, string][]): [string, string][] {
  if (Array.isArray(node)) {
    for (const item of node) collectCodedValues(item, key, found);
  } else if (typeof node === "object" && node !== null) {
    const object = node as Record<string, unknown>;
    if (typeof object.const === "string" && key !== undefined) found.push([key, object.const]);
    if (Array.isArray(object.enum) && key !== undefined) {
      for (const value of object.enum) if (typeof value === "string") found.push([key, value]);
    }
    for (const [name, child] of Object.entries(object)) {
      if (name === "properties" && typeof child === "object" && child !== null) {
        for (const [property, schema] of Object.entries(child)) collectCodedValues(schema, property, found);
      } else if (name === "$defs" && typeof child === "object" && child !== null) {
        for (const schema of Object.values(child)) collectCodedValues(schema, undefined, found);
      } else {
        collectCodedValues(child, key, found);
      }
    }
  }
  return found;
}

const schemaFiles = readdirSync(schemaDir).filter((name) => name.endsWith(".schema.json"));
const codedValues = [
  ...new Map(
    schemaFiles
      .flatMap((name) => collectCodedValues(JSON.parse(readFileSync(new URL(name, schemaDir), "utf8")), undefined, []))
      .map(([key, value]) => [`${key}=${value}`, [key, value] as const]),
  ).values(),
];

describe("every coded value of the schemas has words", () => {
  test("the walk finds the schemas and their coded keys", () => {
    expect(schemaFiles).toHaveLength(5);
    expect([...new Set(codedValues.map(([key]) => key))].sort()).toEqual([
      "cap",
      "chu_the",
      "doi_tuong",
      "don_vi",
      "hinh_thuc",
      "kenh",
      "loai",
      "muc_do",
      "trang_thai",
    ]);
    expect(codedValues).toHaveLength(29);
  });

  test.each(codedValues)("%s: %s has a label in Vietnamese and English", (key, value) => {
    const words = ENUM_WORDS[key]?.[value];
    expect(words, `add ${value} to the ${key} table of src/model/enum-words.ts`).toBeDefined();
    expect(words!.label.vi.trim()).not.toBe("");
    expect(words!.label.en.trim()).not.toBe("");
  });

  test.each(Object.entries(ENUM_WORDS).flatMap(([key, table]) => Object.keys(table).map((value) => [key, value])))(
    "%s: %s is a value the schemas allow",
    (key, value) => {
      expect(codedValues).toContainEqual([key, value]);
    },
  );

  test.each(
    Object.entries(ENUM_WORDS).flatMap(([key, table]) =>
      Object.entries(table).flatMap(([value, words]) => Object.entries(words).map(([form, text]) => [key, value, form, text.vi, text.en])),
    ),
  )("%s: %s, form %s, has both languages", (_key, _value, _form, vi, en) => {
    expect(vi.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
  });
});

describe("picking the words", () => {
  test.each<[string, string, Lang, WordForm[], string]>([
    ["cap", "bo", "en", [], "Central (ministry)"],
    ["cap", "bo", "en", ["amendment"], "Ministry"],
    ["cap", "tinh", "en", ["amendment"], "Province"],
    ["cap", "xa", "vi", ["phrase"], "cấp xã"],
    ["cap", "xa", "en", ["phrase"], "commune level"],
    ["loai", "lien_thong", "en", [], "Inter-agency (liên thông)"],
    ["loai", "lien_thong", "en", ["amendment"], "Inter-agency"],
    ["loai", "noi_bo", "vi", ["phrase"], "nội bộ"],
    ["don_vi", "ngay_lam_viec", "vi", [], "ngày làm việc"],
    ["don_vi", "ngay_lam_viec", "en", [], "working days"],
    ["don_vi", "ngay_lam_viec", "en", ["countedOne", "one"], "working day"],
    ["don_vi", "gio", "vi", ["counted"], "giờ làm việc"],
    ["don_vi", "gio", "en", ["countedOne", "one"], "office hour"],
    ["don_vi", "thang", "en", ["counted"], "months"],
    ["kenh", "truc_tuyen", "vi", [], "Trực tuyến"],
    ["kenh", "buu_chinh", "vi", [], "Dịch vụ bưu chính"],
    ["kenh", "buu_chinh", "vi", ["detail"], "Qua dịch vụ bưu chính công ích"],
    ["muc_do", "toan_trinh", "vi", ["phrase"], "toàn trình"],
    ["muc_do", "khong", "en", ["amendment"], "None"],
    ["muc_do", "khong", "vi", ["phrase"], "không trực tuyến"],
    ["doi_tuong", "can_bo_cong_chuc", "en", ["amendment"], "Civil servants"],
    ["hinh_thuc", "xuat_trinh", "en", ["amendment"], "shown"],
    ["chu_the", "nguoi_dan", "vi", [], "người dân"],
    ["trang_thai", "hieu_luc", "vi", [], "Còn hiệu lực"],
    ["cap", "phuong", "vi", [], "phuong"],
    ["cap", "toString", "en", [], "toString"],
  ])("%s %s in %s, forms %j → %s", (key, value, lang, forms, expected) => {
    expect(nameValue(ENUM_WORDS[key]!, value, lang, ...forms)).toBe(expected);
  });

  test("the first form the value has wins; the label when it has none", () => {
    const words: EnumWords = { label: { vi: "nhãn", en: "label" }, one: { vi: "một", en: "one" } };
    expect(pickWord(words, "en", "counted", "one")).toBe("one");
    expect(pickWord(words, "vi", "counted", "phrase")).toBe("nhãn");
  });
});
