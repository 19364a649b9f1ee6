// `import --into`: new procedures appended to an existing catalogue, existing text untouched.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { assembleCatalogue } from "../../src/lint/assemble-catalogue.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { formatCatalogueText } from "../../src/fmt/format-catalogue-text.js";
import { fileKindOf } from "../../src/model/file-kind.js";
import { importRecords } from "../../src/portal/import-records.js";
import { existingNamesOf, planCatalogueAdditions, type ExistingCatalogue } from "../../src/portal/plan-catalogue-additions.js";
import type { SourcedRecord } from "../../src/portal/select-records.js";
import { BASE, cleanup, validateJson } from "../validate/harness.js";
import { allFixtureRecords, fixtureRecord } from "./fixtures.js";

const made: string[] = [];
afterAll(() => made.forEach(cleanup));

function readFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".yaml")) out.set(relative(dir, full).split("\\").join("/"), readFileSync(full, "utf8"));
    }
  };
  walk(dir);
  return out;
}

function plan(files: Map<string, string>, records: SourcedRecord[]) {
  const parsed = [...files].map(([rel, text]) => parseFile(rel, new TextEncoder().encode(text)));
  const catalogue = assembleCatalogue("base", parsed);
  const codes = new Map(catalogue.fields.flatMap(({ file, field }) => field.thu_tuc.map((p) => [p.ma, file] as const)));
  const existing: ExistingCatalogue = { files, codes };
  const result = importRecords(records, {}, existingNamesOf(catalogue));
  return planCatalogueAdditions(result, existing, { year: 2026 });
}

/** The base catalogue and one record it already has (1.001193), next to the fixture records. */
function recordsWithOnePresent(): SourcedRecord[] {
  const present = { ...fixtureRecord("1.000001"), ma_thu_tuc: "1.001193", ten_thu_tuc: "Tên khác trên Cổng" };
  return [...allFixtureRecords(), { record: present, source: "x.jsonl", line: 1 }];
}

describe("planCatalogueAdditions", () => {
  const base = readFolder(BASE);
  const additions = plan(base, recordsWithOnePresent());

  test("new procedures go to their field's file, created when new; present ones are listed, untouched", () => {
    expect(additions.added).toEqual([
      { code: "2.000003", file: "linh-vuc/chung-thuc.yaml" },
      { code: "1.000004", file: "linh-vuc/hai-quan.yaml" },
      { code: "1.000001", file: "linh-vuc/ho-tich.yaml" },
      { code: "1.000002", file: "linh-vuc/ho-tich.yaml" },
      { code: "1.000006", file: "linh-vuc/ho-tich.yaml" },
    ]);
    expect(additions.present).toEqual([{ code: "1.001193", file: "linh-vuc/ho-tich.yaml" }]);
    expect([...additions.files.keys()].sort()).toEqual([
      "co-quan.yaml",
      "linh-vuc/chung-thuc.yaml",
      "linh-vuc/hai-quan.yaml",
      "linh-vuc/ho-tich.yaml",
      "van-ban.yaml",
    ]);
    expect(additions.files.get("linh-vuc/ho-tich.yaml")).not.toContain("Tên khác trên Cổng");
  });

  test("an existing file keeps its text: the items come after it, and only its version changes", () => {
    const before = base.get("linh-vuc/ho-tich.yaml")!;
    const after = additions.files.get("linh-vuc/ho-tich.yaml")!;
    expect(after.startsWith(before.replace('phien_ban: "2026.1"', 'phien_ban: "2026.2"'))).toBe(true);
    expect(after.slice(before.length)).toContain('  - ma: "1.000001"');
    for (const file of ["co-quan.yaml", "van-ban.yaml"]) expect(additions.files.get(file)!.startsWith(base.get(file)!)).toBe(true);
  });

  test("agencies and documents the catalogue lacks are added, the ones it has are not doubled", () => {
    expect(additions.agencies).toEqual([
      "chi-cuc-hai-quan-khu-vuc",
      "cong-an-cap-xa",
      "phong-tu-phap-uy-ban-nhan-dan-cap-xa",
      "so-tu-phap",
      "uy-ban-nhan-dan-cap-xa",
    ]);
    expect(additions.documents).toEqual(["226/2016/TT-BTC", "23/2015/ND-CP"]);
  });

  test("a new field file points at the schema as the catalogue's other field files do", () => {
    expect(additions.files.get("linh-vuc/hai-quan.yaml")!.split("\n")[0]).toBe(base.get("linh-vuc/ho-tich.yaml")!.split("\n")[0]);
  });

  test.each([...additions.files])("%s stays canonical", (rel, text) => {
    expect(formatCatalogueText(text, fileKindOf(rel))).toEqual({ ok: true, text });
  });

  test("the catalogue validates with 0 errors, and its version bumps satisfy --changed-since", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tthc-into-"));
    made.push(dir);
    cpSync(BASE, dir, { recursive: true });
    for (const [rel, text] of additions.files) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    const { code, report } = await validateJson(dir, ["--changed-since", BASE]);
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(code).toBe(0);
    expect(report.procedures).toBe(7);
  });

  test("an empty list (`thu_tuc: []`) and a list with another indent take the items in their own style", () => {
    const files = new Map(base);
    files.set(
      "linh-vuc/chung-thuc.yaml",
      '# yaml-language-server: $schema=../../../../schemas/linh-vuc.schema.json\n# Chưa có thủ tục.\nma: chung-thuc\nten: Chứng thực\nphien_ban: "2026.4"\nthu_tuc: [] # điền sau\n',
    );
    files.set(
      "co-quan.yaml",
      base
        .get("co-quan.yaml")!
        .replace(/^ {2}- /gmu, "    - ")
        .replace(/^ {4}(id|ten)/gmu, "      $1"),
    );
    const out = plan(files, recordsWithOnePresent());
    const field = out.files.get("linh-vuc/chung-thuc.yaml")!;
    expect(field).toContain('# Chưa có thủ tục.\nma: chung-thuc\nten: Chứng thực\nphien_ban: "2026.5"\nthu_tuc: # điền sau\n');
    expect(field).toContain('\n  - ma: "2.000003"\n');
    expect(out.files.get("co-quan.yaml")).toContain("\n    - id: so-tu-phap\n      ten: Sở Tư pháp\n");
    for (const [rel, text] of out.files) expect(formatCatalogueText(text, fileKindOf(rel)), rel).toEqual({ ok: true, text });
  });

  test("nothing new: nothing to write", () => {
    const out = plan(base, [{ record: { ...fixtureRecord("1.000001"), ma_thu_tuc: "1.001193" }, source: "x.jsonl", line: 1 }]);
    expect(out).toMatchObject({ added: [], present: [{ code: "1.001193" }], agencies: [], documents: [] });
    expect(out.files.size).toBe(0);
  });
});
