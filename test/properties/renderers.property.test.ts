// Every renderer survives long and strange text (issue 15): bidi and zero-width marks, emoji,
// combining marks, control characters, 10,000-character names, and values that mean something
// in an output language (HTML tags, Markdown table bars, spreadsheet formulas, GitHub workflow
// commands). A base catalogue's procedure gets such text in its names and notes; then every
// command that renders runs on it, through the CLI, and its output is checked for escaping.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { renderGithubAnnotations } from "../../src/render/github/github-annotations.js";
import { escapeCsv, escapeMarkdown } from "../../src/words/escape.js";
import { BASE, runCli } from "../validate/harness.js";
import { propertyRuns } from "../support/property-runs.js";

const INJECTIONS = [
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "+1",
  "-2+3",
  "@SUM(A1)",
  "| bar |",
  "**b** [l](javascript:x)",
  "\n::error::pwned",
  "%0A",
  "`code`",
  "</style>",
  "&amp;",
  "${x}",
  "{{x}}",
];
const ODD = [
  "\u202e",
  "\u200f",
  "\u200b",
  "\u200d",
  "\ufeff",
  "😀",
  "👩‍👩‍👧",
  "e\u0301",
  "\u0007",
  "\r",
  "\r\n",
  "\u2028",
  "\t",
  "ă",
  "Đ",
  "\u00a0",
];

const strangeArb = fc
  .tuple(
    fc.array(fc.constantFrom(...INJECTIONS, ...ODD), { minLength: 1, maxLength: 6 }),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.boolean(),
  )
  .map(([pieces, random, long]) => {
    const text = `X ${pieces.join("")}${random}`;
    return long ? `${text}${"Dài ".repeat(2500)}`.slice(0, 10_000) : text;
  });

const PLACES: (string | number)[][] = [
  ["ten"],
  ["thu_tuc", 0, "ten"],
  ["thu_tuc", 0, "dia_diem"],
  ["thu_tuc", 0, "trinh_tu", 0, "mo_ta"],
  ["thu_tuc", 0, "thanh_phan_ho_so", 0, "ten"],
  ["thu_tuc", 0, "ket_qua", 0],
  ["thu_tuc", 0, "phi_le_phi", 0, "ten"],
  ["thu_tuc", 0, "phi_le_phi", 0, "ghi_chu"],
];

/** A workspace with the base catalogue as base/ and a copy holding strange text as catalogue/. */
function strangeWorkspace(texts: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "tthc-strange-"));
  cpSync(BASE, join(root, "base"), { recursive: true });
  cpSync(BASE, join(root, "catalogue"), { recursive: true });
  const file = join(root, "catalogue/linh-vuc/ho-tich.yaml");
  const doc = parseDocument(readFileSync(file, "utf8"));
  PLACES.forEach((path, i) => doc.setIn(path, texts[i % texts.length]));
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  return root;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** HTML that shows the text instead of running it: no tag of ours comes from the catalogue. */
function expectEscapedHtml(html: string) {
  expect(html).not.toContain("<script>alert(1)");
  expect(html).not.toContain("</style>X");
  expect(html).not.toMatch(/<a [^>]*href="javascript:/i);
}

const noInternalError = (text: string) => expect(text).not.toMatch(/Lỗi nội bộ|Internal error|\n\s+at /);

describe("renderers on strange text", () => {
  test("every command renders it, escaped for its output language", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(strangeArb, { minLength: 1, maxLength: PLACES.length }), async (texts) => {
        const root = strangeWorkspace(texts);
        try {
          const validate = await runCli(["validate", "--format", "github"], root, { GITHUB_ACTIONS: "true" });
          noInternalError(validate.stderr);
          expect([0, 1]).toContain(validate.code);
          // One workflow command a line: nothing in a message starts a command of its own.
          for (const line of validate.stdout.split("\n").filter((l) => l.includes("pwned"))) expect(line).not.toMatch(/^::error::pwned/);

          for (const format of ["text", "md", "html", "json", "docx"]) {
            const out = join(root, `diff.${format}`);
            const run = await runCli(["diff", "base", "catalogue", "--format", format, "--out", out], root);
            noInternalError(run.stderr);
            expect([0, 1], `diff --format ${format}: ${run.stderr}`).toContain(run.code);
            if (format === "html") expectEscapedHtml(readFileSync(out, "utf8"));
            if (format === "md") expect(readFileSync(out, "utf8")).not.toContain("<script>");
            if (format === "json") expect(() => JSON.parse(readFileSync(out, "utf8")) as unknown).not.toThrow();
          }

          for (const format of ["table", "md", "csv", "json"]) {
            const run = await runCli(["effects", "--base", "base", "--head", "catalogue", "--format", format], root);
            noInternalError(run.stderr);
            expect([0, 1], `effects --format ${format}: ${run.stderr}`).toContain(run.code);
            if (format === "csv") {
              // A formula-like cell is made text ('=…), wherever it stands in a cell list.
              expect(run.stdout).not.toMatch(/(^|,|")[=+@]/m);
            }
            if (format === "md") expect(run.stdout).not.toContain("<script>");
          }

          for (const format of ["html", "pdf"]) {
            const run = await runCli(["post", "--format", format, "--out", join(root, `niem-yet-${format}`)], root);
            noInternalError(run.stderr);
            expect(run.code, `post --format ${format}: ${run.stderr}`).toBe(0);
            for (const file of filesUnder(join(root, `niem-yet-${format}`))) {
              if (format === "html") expectEscapedHtml(readFileSync(file, "utf8"));
              else expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
            }
          }

          const site = await runCli(["site", "--out", join(root, "tra-cuu")], root);
          noInternalError(site.stderr);
          expect(site.code, site.stderr).toBe(0);
          for (const file of filesUnder(join(root, "tra-cuu"))) {
            if (file.endsWith(".html")) expectEscapedHtml(readFileSync(file, "utf8"));
            if (file.endsWith(".json")) expect(() => JSON.parse(readFileSync(file, "utf8")) as unknown).not.toThrow();
          }

          const stats = await runCli(["stats", "--format", "md"], root);
          noInternalError(stats.stderr);
          expect(stats.code).toBe(0);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      propertyRuns(4),
    );
  });

  test("escapers: a Markdown cell stays one cell on one line; a CSV formula is text; one annotation, one line", () => {
    fc.assert(
      fc.property(strangeArb, (text) => {
        const cell = escapeMarkdown(text);
        expect(cell).not.toMatch(/[\r\n]/);
        expect(cell.replace(/\\\|/g, "")).not.toContain("|");
        expect(escapeCsv(text)).not.toMatch(/^"?[=+\-@]/);
        const lines = renderGithubAnnotations(
          [{ severity: "error", file: "a.yaml", line: 1, column: 1, endLine: 1, endColumn: 2, title: text, message: text }],
          "vi",
        )
          .split("\n")
          .filter((l) => l !== "");
        expect(lines.length).toBe(1);
      }),
      propertyRuns(300),
    );
  });
});
