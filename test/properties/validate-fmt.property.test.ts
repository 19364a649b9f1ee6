// Properties of validate and fmt over mutated catalogues (issue 15). Each case takes the base
// catalogue (test/fixtures/base) and breaks one of its files with a few edits from a hostile
// alphabet: YAML's indicators, tabs, stray line breaks (CR, NEL, LS), BOMs, NULs, bidi and
// zero-width marks, emoji, numbers that look like codes or fees. Then:
// - validate never throws, and every finding stands inside its file (1 ≤ line ≤ lines, column ≥ 1);
// - fmt accepts exactly the texts validate parses, is idempotent and keeps the data;
// - the CLI exits 0 or 1 with no internal error.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { formatCatalogueText } from "../../src/fmt/format-catalogue-text.js";
import { checkCatalogue } from "../../src/lint/check-catalogue.js";
import { fileKindOf, type FileKind } from "../../src/model/file-kind.js";
import { decodeText } from "../../src/parse/decode-text.js";
import { parseYaml } from "../../src/parse/parse-yaml.js";
import type { CatalogueSource } from "../../src/source/source.js";
import { BASE, cleanup, copyBaseCatalogue, runCli } from "../validate/harness.js";
import { propertyRuns } from "../support/property-runs.js";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [relative(BASE, join(dir, e.name)).split(sep).join("/")],
  );
}

const FILES = listFiles(BASE).sort();
const TEXTS = new Map(FILES.map((f) => [f, readFileSync(join(BASE, f), "utf8")]));

const PIECES = [
  "\t",
  " ",
  "  ",
  "\n",
  "\r",
  "\r\n",
  "\u0085",
  "\u2028",
  ":",
  ": ",
  "- ",
  "-",
  "{",
  "}",
  "[",
  "]",
  ",",
  "'",
  '"',
  "#",
  " #",
  "&a ",
  "*a",
  "!!str ",
  "!x ",
  "---\n",
  "...\n",
  "|",
  ">-",
  "%",
  "@",
  "`",
  "?",
  "~",
  "null",
  "\\",
  "\u00a0",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u200f",
  "\ufeff",
  "\u0000",
  "ă",
  "Đ",
  "e\u0301",
  "😀",
  "👩‍👩‍👧",
  "8.000",
  "1.001190",
  "2025-02-30",
  "<script>",
  "=1+1",
  "\x7f",
];

type Edit =
  | { kind: "insert"; at: number; piece: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "line"; at: number; op: "dup" | "drop" | "indent" | "dedent" };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    kind: fc.constant("line" as const),
    at: fc.nat(),
    op: fc.constantFrom("dup" as const, "drop" as const, "indent" as const, "dedent" as const),
  }),
);

function applyEdit(text: string, edit: Edit): string {
  if (edit.kind === "insert") {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + edit.piece + text.slice(at);
  }
  if (edit.kind === "delete") {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + edit.length);
  }
  const lines = text.split("\n");
  const i = edit.at % lines.length;
  if (edit.op === "dup") lines.splice(i, 0, lines[i]!);
  else if (edit.op === "drop") lines.splice(i, 1);
  else if (edit.op === "indent") lines[i] = `  ${lines[i]!}`;
  else lines[i] = lines[i]!.replace(/^ {1,2}/, "");
  return lines.join("\n");
}

/** The base catalogue with one file broken by a few edits. */
const mutatedArb = fc
  .record({ file: fc.constantFrom(...FILES), edits: fc.array(editArb, { minLength: 1, maxLength: 4 }) })
  .map(({ file, edits }) => ({
    file,
    text: edits.reduce(applyEdit, TEXTS.get(file)!),
  }));

function memorySource(files: Map<string, string>): CatalogueSource {
  return {
    label: "memory",
    displayPath: (rel) => rel,
    list: () => Promise.resolve([...files.keys()]),
    read: (rel) => Promise.resolve(new TextEncoder().encode(files.get(rel))),
  };
}

/** A YAML text's data with every scalar as its text (failsafe), NFC: what fmt must keep. */
function dataOf(text: string): unknown {
  const doc = parseDocument(text, { version: "1.2", schema: "failsafe", uniqueKeys: false });
  const nfc = (value: unknown): unknown =>
    typeof value === "string"
      ? value.normalize("NFC")
      : Array.isArray(value)
        ? value.map(nfc)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize("NFC"), nfc(v)]))
          : value;
  return nfc(doc.toJS());
}

describe("validate on mutated catalogues", () => {
  test("never throws; every finding stands inside its file", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb, async ({ file, text }) => {
        const files = new Map(TEXTS);
        files.set(file, text);
        const result = await checkCatalogue(memorySource(files), "vi");
        for (const d of result.diagnostics) {
          const shown = result.files.find((f) => f.relative === d.file)?.text ?? files.get(d.file) ?? "";
          const lines = shown.split(/\r\n|\r|\n/).length;
          expect(d.line, `${d.file} ${d.rule}`).toBeGreaterThanOrEqual(1);
          expect(d.line, `${d.file} ${d.rule} (${lines} lines)`).toBeLessThanOrEqual(Math.max(1, lines));
          expect(d.column, `${d.file} ${d.rule}`).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toBe("");
        }
      }),
      propertyRuns(400),
    );
  });

  test("the CLI exits 0 or 1, never with an internal error", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb, async ({ file, text }) => {
        const dir = copyBaseCatalogue({ [file]: text });
        try {
          const run = await runCli(["validate", "--catalogue", ".", "--format", "json"], dir);
          expect([0, 1]).toContain(run.code);
          expect(run.stderr).toBe("");
          expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
        } finally {
          cleanup(dir);
        }
      }),
      propertyRuns(25),
    );
  });
});

describe("fmt on mutated catalogue files", () => {
  test("accepts exactly what validate parses; idempotent; keeps the data", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutatedArb, ({ file, text }) => {
        const decoded = decodeText(new TextEncoder().encode(text));
        // A text that is not UTF-8 YAML is refused by both, from the same function.
        if (!decoded.ok) return;
        const kind = fileKindOf(file);
        const parsed = parseYaml(decoded.text);
        const formatted = formatCatalogueText(decoded.text, kind);
        if (!formatted.ok) expect(formatted.problems.map((p) => p.rule)).not.toContain("fmt-unsafe");
        expect(formatted.ok, JSON.stringify(formatted.ok ? "" : formatted.problems[0]?.message.en)).toBe(parsed.problems.length === 0);
        if (!formatted.ok) return;
        const again = formatCatalogueText(formatted.text, kind);
        expect(again.ok && again.text).toBe(formatted.text);
        expect(dataOf(formatted.text)).toEqual(dataOf(decoded.text));
      }),
      propertyRuns(600),
    );
  });
});

describe("what the fuzzer found, kept as examples", () => {
  test.each([
    ["a comment glued to a flow mapping", "a: { b: 1 }#\n"],
    ["a comment glued to a quoted value", "a: 'x'#\n"],
    ["a flow mapping continued in column 0", "a:\n  b: { x: 1\n, y: 2 }\n"],
    ["a tab before the first comment", "\t# c\na: 1\n"],
    ["a lone carriage return before the first comment", "\r# c\na: 1\n"],
    ["a lone carriage return inside a key", "ă\r b: c\nd: 1\n"],
    ["a tagged empty key in a flow mapping", "ngay_nghi:\n  - { tu: 2026-02-16,!!str , den: 2026-02-20, ly_do: T }\n", "calendar"],
    ["a tagged key in a block mapping", "!!str ten: a\nma: b\n", "field"],
  ] as [string, string, FileKind?][])("%s: validate and fmt agree", (_, text, kind = "manifest") => {
    // Both read the bytes with decodeText first: a text it refuses is refused by both.
    const decoded = decodeText(new TextEncoder().encode(text));
    if (!decoded.ok) return;
    const formatted = formatCatalogueText(decoded.text, kind);
    expect(formatted.ok).toBe(parseYaml(decoded.text).problems.length === 0);
    if (!formatted.ok) expect(formatted.problems.map((p) => p.rule)).not.toContain("fmt-unsafe");
  });
});
