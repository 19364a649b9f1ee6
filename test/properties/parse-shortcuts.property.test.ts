// The parse path's shortcuts against the plain code they replace (docs/performance.md, "Parse
// path"): each answers exactly as the character-by-character reading did, on random texts made
// of the characters they look for.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseFile } from "../../src/parse/parse-file.js";
import { needsCarefulParse } from "../../src/parse/parse-yaml.js";
import { nfcText } from "../../src/rules/nfc.js";
import { propertyRuns } from "../support/property-runs.js";

/** needsCarefulParse as first written: one character at a time. */
function carefulOneByOne(text: string): boolean {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== "") {
      if (c === "\n") return true;
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else if (text[i + 1] === "#") return true;
        else quote = "";
      }
      continue;
    }
    const before = i === 0 ? "\n" : text[i - 1]!;
    if (c === "\n") {
      if (depth > 0) return true;
    } else if (c === "#" && (before === "}" || before === "]")) {
      return true;
    } else if (c === "#" && (before === " " || before === "\t" || before === "\n")) {
      const end = text.indexOf("\n", i);
      if (end < 0) break;
      i = end - 1;
    } else if ((c === '"' || c === "'") && " \t\n[{,:-".includes(before)) quote = c;
    else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && depth > 0) depth--;
  }
  return depth > 0 || quote !== "";
}

const PIECES = ["a", "b", " ", "\t", "\n", "#", '"', "'", "''", "\\", "{", "}", "[", "]", ",", ":", "-", "ma: ", "- ", "Đ", "\r\n"];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

describe("needsCarefulParse", () => {
  test.each([
    ["plain block YAML", "ma: a\nten: b\n", false],
    ["a one-line flow list", "cap: [xa, tinh]\n", false],
    ["a flow list over two lines", "cap: [xa,\n  tinh]\n", true],
    ["a quoted value over two lines", 'ten: "a\n  b"\n', true],
    ["a comment glued to a bracket", "cap: [xa]# note\n", true],
    ["a comment glued to a quote", 'ma: "1"# note\n', true],
    ["a bracket inside a comment", "ma: a # [ not open\n", false],
    ["an escaped quote", 'ten: "a \\" b"\n', false],
    ["an escaped quote, then a line end inside the value", 'ten: "a \\"\n  b"\n', true],
    ["a doubled single quote", "ten: 'it''s'\n", false],
  ])("%s", (_name, text, expected) => {
    expect(needsCarefulParse(text)).toBe(expected);
    expect(carefulOneByOne(text)).toBe(expected);
  });

  test("answers as the one-character-at-a-time reading on random texts", () => {
    fc.assert(
      fc.property(texts, (text) => needsCarefulParse(text) === carefulOneByOne(text)),
      propertyRuns(3000),
    );
  });
});

/** Pieces of YAML values: precomposed and decomposed letters, escapes that make either, and a character NFC maps to another. */
const VALUE_PIECES = ["a", "ế", "e\u0301", "\\u0301", "\\u1ebf", "\\x41", "\u212b", "Đ", " ", "\\\\", "“"];
const values = fc.array(fc.constantFrom(...VALUE_PIECES), { maxLength: 12 }).map((parts) => parts.join(""));

describe("the nfc rule's look at the whole text", () => {
  test("finds what the walk over every key and value finds", () => {
    fc.assert(
      fc.property(values, values, (key, value) => {
        const text = `ma: x\n"${key}k": "${value}"\nten: ${value.replace(/\\/g, "/")}\n`;
        const file = parseFile("linh-vuc/x.yaml", new TextEncoder().encode(text));
        const walked = nfcText.check({ files: [{ ...file, text: undefined }] });
        expect(nfcText.check({ files: [file] })).toEqual(walked);
      }),
      propertyRuns(1000),
    );
  });
});
