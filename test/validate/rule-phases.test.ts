// Validate checks each file on its own as it is read (schema and per-file rules), keeps of it
// only what the cross-file rules read (src/rules/cross-file-data.ts), and runs those rules
// last. This holds that to the plain way, every rule over every file's whole data, on every
// rule case and bad-input fixture: a rule wrongly marked perFile, or a key the cross-file view
// leaves out, changes the findings here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkFiles, checkSchemas } from "../../src/lint/check-files.js";
import { parseFiles } from "../../src/lint/parse-files.js";
import type { Problem } from "../../src/model/problem.js";
import { crossFileData } from "../../src/rules/cross-file-data.js";
import { CATALOGUE_RULES, SCHEMA_RULES } from "../../src/rules/registry.js";
import { diskSource } from "../../src/source/disk-source.js";
import { BAD_INPUT_CASES, RULE_CASES } from "./cases.js";
import { FIXTURES, cleanup, copyBaseCatalogue, type Edit } from "./harness.js";

const made: string[] = [];
afterEach(() => made.splice(0).forEach(cleanup));

const HO_TICH = readFileSync(join(FIXTURES, "base", "linh-vuc", "ho-tich.yaml"), "utf8");
const replaced = (text: string, pairs: [string, string][]) => pairs.reduce((t, [from, to]) => t.replace(from, to), text);

/** A second field file whose references cross files: resolved, unresolved and duplicated. */
const SECOND_FIELD = replaced(HO_TICH, [
  ["ma: ho-tich", "ma: chung-thuc"],
  ['- ma: "1.000656"', '- ma: "2.000001"'],
  ["    loai: thong_thuong\n", '    loai: lien_thong\n    thanh_phan_lien_thong: ["1.000656", "1.999998"]\n'],
  ["tham_quyen: ubnd-xa-a\n    dia_diem", "tham_quyen: ubnd-xa-a\n      phoi_hop: [ubnd-xa-a, ubnd-xa-z]\n    dia_diem"],
  ["van_ban: 04/2020/TT-BTP", "van_ban: 99/2020/TT-BTP"],
  ["can_cu_phap_ly: [60/2014/QH13, 123/2015/ND-CP]", "can_cu_phap_ly: [15/2015/TT-BTP, 123/2015/ND-CP]"],
  [
    "cong_bo: { quyet_dinh: 1234/QĐ-UBND, ngay: 2025-06-25 }",
    "cong_bo: { quyet_dinh: 1234/QĐ-UBND, ngay: 2025-06-25, can_cu: 1/2099/ND-CP }",
  ],
  [
    "    can_cu_phap_ly: [60/2014/QH13]\n    hieu_luc_tu: 2025-07-01",
    "    can_cu_phap_ly: [60/2014/QH13]\n    hieu_luc_tu: 2025-07-01\n    trang_thai: bai_bo\n    bai_bo: { quyet_dinh: 5/QĐ-UBND, ngay: 2026-03-01, can_cu: 2/2099/ND-CP }",
  ],
]);

const CASES: { name: string; edits: Record<string, Edit> }[] = [
  { name: "the base catalogue", edits: {} },
  { name: "references across two field files", edits: { "linh-vuc/chung-thuc.yaml": SECOND_FIELD } },
  ...RULE_CASES.map((c) => ({ name: `${c.expect.rule}: ${c.name}`, edits: c.edits })),
  ...BAD_INPUT_CASES.map((c) => ({
    name: `bad input: ${c.fixture}`,
    edits: { [`linh-vuc/${c.fixture}.yaml`]: readFileSync(join(FIXTURES, "bad-input", `${c.fixture}.yaml`)) },
  })),
];

const SCHEMA_IDS = new Set(SCHEMA_RULES.map((r) => r.id));
const placeOf = (p: Problem) => `${p.file}\u0000${JSON.stringify(p.path)}`;

/** The plain way: the schema over every file, then every rule over every file's whole data. */
function plainCheck(files: Awaited<ReturnType<typeof parseFiles>>): Problem[] {
  checkSchemas(files);
  const found = CATALOGUE_RULES.flatMap((rule) => rule.check({ files }));
  const claimed = new Set(found.map(placeOf));
  return [...files.flatMap((f) => f.problems).filter((p) => !(SCHEMA_IDS.has(p.rule) && claimed.has(placeOf(p)))), ...found];
}

const sorted = (problems: Problem[]) =>
  problems.map((p) => JSON.stringify([p.file, p.rule, p.path, p.message.vi, p.at ?? "", p.range ?? []])).sort();

describe.each(CASES)("rule phases: $name", (c) => {
  it("finds what every rule over every file's whole data finds, read file by file or all at once", async () => {
    const dir = copyBaseCatalogue(c.edits);
    made.push(dir);
    const source = diskSource(dir, dir);
    const want = sorted(plainCheck(await parseFiles(source)));
    expect(sorted(checkFiles(await parseFiles(source)))).toEqual(want);
    const streamed = await parseFiles(source, undefined, { check: true, dropText: true });
    expect(sorted(checkFiles(streamed))).toEqual(want);
  });
});

describe("the cross-file case", () => {
  it("has a finding of every cross-file rule, so that the comparison above means something", async () => {
    const dir = copyBaseCatalogue({ "linh-vuc/chung-thuc.yaml": SECOND_FIELD });
    made.push(dir);
    const found = plainCheck(await parseFiles(diskSource(dir, dir))).filter((p) => p.file === "linh-vuc/chung-thuc.yaml");
    const paths = found.map((p) => `${p.rule} ${p.path.join("/")}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "unique-code thu_tuc/0/ma",
        "unknown-lien-thong thu_tuc/0/thanh_phan_lien_thong/1",
        "unknown-agency thu_tuc/0/co_quan/phoi_hop/1",
        "unknown-document thu_tuc/0/mau_don/0/van_ban",
        "unknown-document thu_tuc/0/cong_bo/can_cu",
        "unknown-document thu_tuc/1/bai_bo/can_cu",
        "repealed-basis thu_tuc/0/can_cu_phap_ly/0",
      ]),
    );
    expect(paths).not.toContain("unknown-lien-thong thu_tuc/0/thanh_phan_lien_thong/0");
  });
});

describe("per-file rules", () => {
  it("find on a catalogue what they find on each of its files alone", async () => {
    const cases = CASES.filter((c) => Object.keys(c.edits).length > 0);
    for (const c of cases) {
      const dir = copyBaseCatalogue(c.edits);
      made.push(dir);
      const files = await parseFiles(diskSource(dir, dir));
      for (const rule of CATALOGUE_RULES.filter((r) => r.perFile)) {
        const alone = files.flatMap((file) => rule.check({ files: [file] }));
        expect(sorted(alone), `${rule.id} on ${c.name}`).toEqual(sorted(rule.check({ files })));
      }
    }
  });
});

describe("what validate keeps of a field file", () => {
  it("is the cross-file view, not the whole data (a national catalogue is never held whole)", async () => {
    const dir = copyBaseCatalogue({ "linh-vuc/chung-thuc.yaml": SECOND_FIELD });
    made.push(dir);
    const source = diskSource(dir, dir);
    const whole = await parseFiles(source);
    const kept = await parseFiles(source, undefined, { check: true, dropText: true });
    for (const file of kept.filter((f) => f.kind === "field")) {
      const full = whole.find((f) => f.relative === file.relative)!;
      expect(file.data).toEqual(crossFileData("field", full.data));
      expect(JSON.stringify(file.data).length).toBeLessThan(JSON.stringify(full.data).length / 2);
    }
  });
});
