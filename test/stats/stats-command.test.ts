import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BASE = join(ROOT, "test/fixtures/base");
const BUNDLED = join(ROOT, "catalogue");

async function runCli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { cwd: ROOT, env: {}, isTTY: false, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

type Raw = Record<string, any>;

/**
 * The counts computed straight from the YAML files with the yaml package, by rules written
 * out again here, so that the command is checked against something it does not share code with.
 */
function countIndependently(dir: string) {
  const agencies = (parse(readFileSync(join(dir, "co-quan.yaml"), "utf8")) as Raw).co_quan as Raw[];
  const files = readdirSync(join(dir, "linh-vuc"))
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  const all: { field: string; p: Raw }[] = [];
  const fieldNames: Record<string, string> = {};
  for (const file of files) {
    const data = parse(readFileSync(join(dir, "linh-vuc", file), "utf8")) as Raw;
    fieldNames[data.ma] = data.ten;
    for (const p of data.thu_tuc ?? []) all.push({ field: data.ma, p });
  }
  const live = all.filter(({ p }) => p.trang_thai !== "bai_bo");
  const count = (pred: (p: Raw) => boolean) => live.filter(({ p }) => pred(p)).length;
  const tally = (keys: string[]) => {
    const m: Record<string, number> = {};
    for (const k of keys) m[k] = (m[k] ?? 0) + 1;
    return m;
  };
  return {
    total: live.length,
    abolished: all.length - live.length,
    fields: Object.fromEntries(Object.keys(fieldNames).map((k) => [k, live.filter((x) => x.field === k).length])),
    fieldNames,
    levels: tally(live.flatMap(({ p }) => [...new Set(p.cap as string[])])),
    agencies: tally(live.map(({ p }) => p.co_quan.tham_quyen)),
    agencyNames: Object.fromEntries(agencies.map((a) => [a.id, a.ten])),
    kinds: tally(live.map(({ p }) => p.loai ?? "thong_thuong")),
    online: {
      toan_trinh: count((p) => p.dich_vu_cong?.muc_do === "toan_trinh"),
      mot_phan: count((p) => p.dich_vu_cong?.muc_do === "mot_phan"),
      khong: count((p) => p.dich_vu_cong === undefined || p.dich_vu_cong.muc_do === "khong"),
    },
    postal: count((p) => (p.cach_thuc as Raw[]).some((c) => c.kenh === "buu_chinh")),
    withFee: count((p) => (p.phi_le_phi as Raw[]).some((f) => f.so_tien === undefined || f.so_tien === null || f.so_tien > 0)),
  };
}

function nonZero(rows: { key: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]));
}

async function expectCountsMatch(dir: string) {
  const { code, stdout, stderr } = await runCli(["stats", "--format", "json", "--catalogue", dir]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const json = JSON.parse(stdout);
  const expected = countIndependently(dir);
  expect(json.total).toBe(expected.total);
  expect(json.abolished).toBe(expected.abolished);
  expect(Object.fromEntries(json.by_field.map((r: Raw) => [r.key, r.count]))).toEqual(expected.fields);
  expect(Object.fromEntries(json.by_field.map((r: Raw) => [r.key, r.name]))).toEqual(expected.fieldNames);
  expect(nonZero(json.by_level)).toEqual(expected.levels);
  expect(nonZero(json.by_agency)).toEqual(expected.agencies);
  for (const row of json.by_agency) expect(row.name).toBe(expected.agencyNames[row.key] ?? row.key);
  expect(nonZero(json.by_kind)).toEqual(expected.kinds);
  expect(json.online).toEqual(expected.online);
  expect(json.postal).toBe(expected.postal);
  expect(json.with_fee).toBe(expected.withFee);
  expect(json.online.toan_trinh + json.online.mot_phan + json.online.khong).toBe(json.total);
  return json;
}

describe("tthc stats", () => {
  test("--format json on the test fixture matches an independent count", async () => {
    const json = await expectCountsMatch(BASE);
    // The fixture is small enough to know by heart.
    expect([json.total, json.abolished, json.online.toan_trinh, json.postal, json.with_fee]).toEqual([2, 0, 1, 0, 0]);
    expect(json.by_field).toEqual([{ key: "ho-tich", name: "Hộ tịch", count: 2, percent: 100 }]);
  });

  test("--format json on the bundled catalogue matches an independent count", async () => {
    expect(existsSync(join(BUNDLED, "tthc.yaml")), "catalogue/tthc.yaml is missing").toBe(true);
    const json = await expectCountsMatch(BUNDLED);
    expect(json.total).toBeGreaterThan(0);
  });

  test("table is the default and starts with the sentence", async () => {
    const { code, stdout } = await runCli(["stats", "--catalogue", BASE]);
    expect(code).toBe(0);
    // Wrapped to 80 columns: the sentence is the first paragraph.
    expect(stdout.split("\n\n")[0]!.replace(/\n/gu, " ")).toBe(
      "Tổng số 2 TTHC đang có hiệu lực, trong đó: cấp xã 2 TTHC; 1 TTHC trực tuyến toàn trình (50%), 0 một phần (0%); 0 TTHC tiếp nhận qua bưu chính (0%); 0 TTHC có thu phí, lệ phí (0%).",
    );
    expect(stdout).not.toContain("\u001b[");
  });

  test("md in English", async () => {
    const { code, stdout } = await runCli(["stats", "--format", "md", "--lang", "en", "--catalogue", BASE]);
    expect(code).toBe(0);
    expect(stdout).toContain("# Catalogue of administrative procedures: counts\n\n2 procedures in force: commune level 2;");
    expect(stdout).toContain("| ho-tich | Hộ tịch | 2 | 100% |");
  });

  test("a missing catalogue is exit 2 with a message", async () => {
    const { code, stderr } = await runCli(["stats", "--catalogue", join(ROOT, "no-such-folder")]);
    expect(code).toBe(2);
    expect(stderr).toContain("--catalogue");
  });

  test("an unknown format is exit 2", async () => {
    const { code } = await runCli(["stats", "--format", "csv", "--catalogue", BASE]);
    expect(code).toBe(2);
  });
});
