// `tthc reconcile` end to end, through main(): a fresh import reconciles with no difference, and
// an edited one shows each kind of finding in every format, with the same exit code.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { cleanup, runCli } from "../validate/harness.js";
import { PORTAL_FIXTURES } from "./fixtures.js";

const made: string[] = [];
afterAll(() => made.forEach(cleanup));

const RECORDS = ["data/records.jsonl", "data/records-2.jsonl"];
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 1) / 1000) };
let work: string;

interface ReconcileJson {
  sources: string[];
  records: number;
  level: string | null;
  compared: number;
  same: number;
  differ: {
    code: string;
    name: string;
    field: string;
    elements: string[];
    changes: { path: (string | number)[]; catalogue: unknown; national: unknown }[];
  }[];
  missing: { code: string; name: string; field: string }[];
  not_national: { code: string; name: string; field: string }[];
  local: number;
}

/** Edits one field file of a catalogue through the yaml library (its comments stay). */
function editField(catalogue: string, field: string, edit: (procedures: YAMLSeq) => void): void {
  const path = join(catalogue, "linh-vuc", `${field}.yaml`);
  const doc = parseDocument(readFileSync(path, "utf8"));
  edit(doc.get("thu_tuc", true) as YAMLSeq);
  writeFileSync(path, doc.toString());
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "tthc-reconcile-cli-"));
  made.push(work);
  cpSync(PORTAL_FIXTURES, join(work, "data"), { recursive: true });
  const fresh = await runCli(["import", ...RECORDS, "--level", "xa", "--out", "fresh"], work, ENV);
  expect(fresh.code).toBe(0);
  const all = await runCli(["import", ...RECORDS, "--out", "all"], work, ENV);
  expect(all.code).toBe(0);

  // An edited copy: a name and a deadline changed, a procedure removed, a national-pattern code
  // the records lack, and a local (DP.) procedure.
  cpSync(join(work, "fresh"), join(work, "edited"), { recursive: true });
  editField(join(work, "edited"), "ho-tich", (list) => {
    const [birth, marriage] = list.items as unknown as YAMLMap[];
    marriage!.set("ten", "Thủ tục đăng ký kết hôn (bản sửa)");
    birth!.setIn(["thoi_han", "gia_tri"], 7);
    const unknown = birth!.clone() as YAMLMap;
    unknown.set("ma", "1.999999");
    list.add(unknown);
    const local = birth!.clone() as YAMLMap;
    local.set("ma", "DP.000001");
    list.add(local);
  });
  editField(join(work, "edited"), "chung-thuc", (list) => {
    list.items.splice(0, 1);
  });
});

const reconcile = (catalogue: string, ...args: string[]) => runCli(["reconcile", ...RECORDS, "--catalogue", catalogue, ...args], work);

describe("tthc reconcile", () => {
  test("a fresh import reconciles with no difference: exit 0", async () => {
    const result = await reconcile("fresh", "--format", "json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ReconcileJson;
    expect(report).toEqual({
      sources: RECORDS,
      records: 7,
      level: "xa",
      compared: 3,
      same: 3,
      differ: [],
      missing: [],
      not_national: [],
      local: 0,
    });
    const text = await reconcile("fresh");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Danh mục khớp với CSDL quốc gia.");
  });

  test("an edited catalogue: differ, missing, not_national and local, exit 1", async () => {
    const result = await reconcile("edited", "--format", "json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as ReconcileJson;
    expect(report).toMatchObject({ level: "xa", compared: 2, same: 0, local: 1 });
    expect(report.differ.map((d) => [d.code, d.field, d.elements])).toEqual([
      ["1.000001", "ho-tich", ["thoi_han", "cach_thuc"]],
      ["1.000002", "ho-tich", ["ten"]],
    ]);
    expect(report.differ[0]!.changes[0]).toEqual({ path: ["thoi_han", "gia_tri"], catalogue: 7, national: 3 });
    expect(report.differ[1]!.changes).toEqual([
      { path: ["ten"], catalogue: "Thủ tục đăng ký kết hôn (bản sửa)", national: "Thủ tục đăng ký kết hôn" },
    ]);
    expect(report.missing.map((p) => p.code)).toEqual(["2.000003"]);
    expect(report.not_national.map((p) => p.code)).toEqual(["1.999999"]);
  });

  test.each([
    ["text", ["Khác với CSDL quốc gia (2):", "Thời hạn giải quyết › số: danh mục 7 · CSDL quốc gia 3", "2.000003", "1.999999"]],
    ["md", ["#### Khác với CSDL quốc gia (2)", "| 1.000002 | Thủ tục đăng ký kết hôn (bản sửa) | Tên thủ tục |", "| 2.000003 |"]],
    [
      "github",
      ["::error file=edited/linh-vuc/ho-tich.yaml,line=", "title=tthc reconcile%3A 1.999999", "::error file=edited/tthc.yaml,line=1"],
    ],
  ])("--format %s says the same, with the same exit code", async (format, expected) => {
    const result = await reconcile("edited", "--format", format);
    expect(result.code).toBe(1);
    for (const text of expected) expect(result.stdout).toContain(text);
  });

  test("github annotations point at the procedure's code", async () => {
    const result = await reconcile("edited", "--format", "github");
    const line = Number(/file=edited\/linh-vuc\/ho-tich\.yaml,line=(\d+),[^:]*%3A 1\.000002/u.exec(result.stdout)?.[1]);
    const text = readFileSync(join(work, "edited/linh-vuc/ho-tich.yaml"), "utf8").split("\n");
    expect(text[line - 1]).toMatch(/ma: "1\.000002"/u);
  });

  test("in English with --lang en", async () => {
    const result = await reconcile("edited", "--lang", "en");
    expect(result.stdout).toContain("Differ from the national database (2):");
  });

  test("--code and --field narrow what is compared", async () => {
    const one = JSON.parse((await reconcile("edited", "--format", "json", "--code", "1.000002")).stdout) as ReconcileJson;
    expect(one).toMatchObject({ compared: 1, missing: [], not_national: [], local: 0 });
    const field = await reconcile("edited", "--format", "json", "--field", "chung thuc");
    expect(JSON.parse(field.stdout)).toMatchObject({ missing: [{ code: "2.000003" }] });
  });

  test("no level common to every procedure: --level is required (exit 2), then it runs", async () => {
    const refused = await reconcile("all");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--level xa (cấp xã)");
    const chosen = await reconcile("all", "--level", "tinh", "--format", "json");
    expect(JSON.parse(chosen.stdout)).toMatchObject({ level: "tinh", differ: [], missing: [] });
  });

  test.each([
    ["a file without portal records", ["data/not-records.jsonl", "--catalogue", "fresh"], /không chứa bản ghi thủ tục/u],
    ["no catalogue", [...RECORDS, "--catalogue", "data"], /không có tệp tthc\.yaml/u],
    ["a format it does not have", [...RECORDS, "--catalogue", "fresh", "--format", "html"], /không hợp lệ/u],
  ])("cannot run: %s (exit 2)", async (_name, args, message) => {
    const result = await runCli(["reconcile", ...args], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
