// `tthc import` end to end, through main(), on the portal-shaped fixtures of test/fixtures/portal
// (NFD text, a line that is not JSON, a line without ma_thu_tuc, a code met twice, a record
// without a code, a bare "7" deadline, prose fees) and the portal's .xlsx list export.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { BASE, cleanup, runCli, validateJson } from "../validate/harness.js";
import { writeNewFolder } from "../../src/source/write-catalogue-files.js";
import { PORTAL_FIXTURES } from "./fixtures.js";

const made: string[] = [];
afterAll(() => made.forEach(cleanup));

/** A fresh working folder holding copies of the portal fixtures. */
function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "tthc-import-cli-"));
  made.push(dir);
  cpSync(PORTAL_FIXTURES, join(dir, "data"), { recursive: true });
  return dir;
}

const RECORDS = ["data/records.jsonl", "data/records-2.jsonl"];
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 1) / 1000) };

const run = (args: string[], cwd: string) => runCli(args, cwd, ENV);

/** Every file under a folder, path → bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split("\\").join("/"), readFileSync(full, "utf8"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The codes of every procedure of a catalogue folder, sorted. */
function codesIn(catalogue: string): string[] {
  const folder = join(catalogue, "linh-vuc");
  return readdirSync(folder)
    .flatMap((f) => (parse(readFileSync(join(folder, f), "utf8")) as { thu_tuc: { ma: string }[] }).thu_tuc.map((p) => p.ma))
    .sort();
}

interface ImportJson {
  sources: string[];
  records: number;
  selected: number;
  imported: number;
  clean: number;
  review: Record<string, number>;
  skipped: { code: string; reason: string }[];
  files: string[];
  unmatched_codes: string[];
  present: { code: string; file: string }[];
  notes: { source: string; line: number; message: string }[];
}

describe("tthc import --out", () => {
  const work = workFolder();
  let first: Awaited<ReturnType<typeof run>>;

  test("writes a complete catalogue and reports it as JSON on stdout", async () => {
    first = await run(["import", ...RECORDS, "--out", "catalogue", "--format", "json"], work);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    const report = JSON.parse(first.stdout) as ImportJson;
    expect(Object.keys(report).slice(0, 8)).toEqual(["sources", "records", "selected", "imported", "clean", "review", "skipped", "files"]);
    expect(report).toMatchObject({ sources: RECORDS, records: 7, selected: 7, imported: 5, clean: 1 });
    expect(report.review).toMatchObject({ thoi_han: 4, phi_le_phi: 3 });
    expect(report.skipped.map((s) => s.code)).toEqual(["1.000001", ""]);
    expect(report.skipped[0]!.reason).toMatch(/đã được nhập từ data\/records\.jsonl/u);
    expect(report.notes.map((n) => [n.source, n.line])).toEqual([
      ["data/records.jsonl", 4],
      ["data/records.jsonl", 6],
    ]);
    expect(report.files).toEqual([
      "catalogue/co-quan.yaml",
      "catalogue/lich/2026.yaml",
      "catalogue/lich/2027.yaml",
      "catalogue/linh-vuc/chung-thuc.yaml",
      "catalogue/linh-vuc/hai-quan.yaml",
      "catalogue/linh-vuc/ho-tich.yaml",
      "catalogue/tthc.yaml",
      "catalogue/van-ban.yaml",
    ]);
    expect([...snapshot(join(work, "catalogue")).keys()]).toEqual(report.files.map((f) => f.replace("catalogue/", "")));
    // Only the catalogue folder: no staging folder is left beside it.
    expect(readdirSync(work).sort()).toEqual(["catalogue", "data"]);
  });

  test("what it wrote validates with 0 errors, import-review warnings only", async () => {
    const { code, report } = await validateJson(join(work, "catalogue"));
    expect(code).toBe(0);
    expect(report.errors).toBe(0);
    expect(report.warnings).toBeGreaterThan(0);
    expect(new Set(report.diagnostics.map((d) => d.rule))).toEqual(new Set(["import-review"]));
  });

  test("tthc fmt --check exits 0 on it", async () => {
    const fmt = await run(["fmt", "--check", "--catalogue", "catalogue"], work);
    expect(fmt.stdout).toBe("");
    expect(fmt.code).toBe(0);
  });

  test("a second run writes the same bytes", async () => {
    const again = await run(["import", ...RECORDS, "--out", "again", "--format", "json"], work);
    expect(again.code).toBe(0);
    expect(snapshot(join(work, "again"))).toEqual(snapshot(join(work, "catalogue")));
  });

  test("the text report goes to stderr, in Vietnamese, and stdout stays empty", async () => {
    const text = await run(["import", ...RECORDS, "--out", "text"], work);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe("");
    expect(text.stderr).toContain("Đã nhập 5 thủ tục vào danh mục mới text (7 bản ghi trong 2 tệp, 7 bản ghi được chọn).");
    expect(text.stderr).toContain("1 thủ tục đủ nội dung; 4 thủ tục có thành phần cần rà soát");
    expect(text.stderr).toMatch(/Thời hạn giải quyết \(thoi_han\) +4/u);
    expect(text.stderr).toContain("data/records.jsonl:4: Dòng 4 không phải JSON");
    expect(text.stderr).toContain("2 bản ghi bị bỏ qua:");
    expect(text.stderr).toContain("--name và --dia-ban");
    const english = await run(["import", ...RECORDS, "--out", "text-en", "--lang", "en"], work);
    expect(english.stderr).toContain("Imported 5 procedure(s) into the new catalogue text-en");
  });

  test("--name and --dia-ban name the office in the manifest and the agencies", async () => {
    const named = await run(
      ["import", ...RECORDS, "--out", "named", "--name", "Ủy ban nhân dân xã Hòa An", "--dia-ban", "Xã Hòa An, tỉnh B"],
      work,
    );
    expect(named.code).toBe(0);
    const manifest = parse(readFileSync(join(work, "named/tthc.yaml"), "utf8")) as Record<string, unknown>;
    const agencies = parse(readFileSync(join(work, "named/co-quan.yaml"), "utf8")) as { co_quan: { id: string; ten: string }[] };
    expect(manifest.dia_ban).toBe("Xã Hòa An, tỉnh B");
    expect(agencies.co_quan.find((a) => a.id === manifest.co_quan_quan_ly)?.ten).toBe("Ủy ban nhân dân xã Hòa An");
    expect(named.stderr).not.toContain("--name và --dia-ban");
  });
});

describe("tthc import: the selection", () => {
  const work = workFolder();
  test.each([
    ["--level xa", ["--level", "xa"], ["1.000001", "1.000002", "2.000003"], []],
    ["--level bo", ["--level", "bo"], ["1.000004"], []],
    ["--level tinh", ["--level", "tinh"], ["1.000006", "2.000003"], []],
    ["--field without diacritics or case", ["--field", "HO TICH"], ["1.000001", "1.000002", "1.000006"], []],
    ["two --field", ["--field", "Hải quan", "--field", "chứng thực"], ["1.000004", "2.000003"], []],
    ["--codes of the portal's .xlsx list export", ["--codes", "data/danh-sach.xlsx"], ["1.000001", "2.000003"], ["1.000020"]],
    ["--codes of a text list", ["--codes", "data/codes.txt"], ["1.000001", "1.000004"], ["9.999999"]],
    ["--codes and --level together", ["--codes", "data/codes.txt", "--level", "xa"], ["1.000001"], ["9.999999"]],
  ])("%s", async (_name, options, codes, unmatched) => {
    const out = `out-${made.length}-${options.join("").replace(/[^a-z]/giu, "")}`;
    made.push(join(work, out));
    const result = await run(["import", ...RECORDS, ...options, "--out", out, "--format", "json"], work);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ImportJson;
    expect(report.imported).toBe(codes.length);
    expect(report.unmatched_codes).toEqual(unmatched);
    expect(codesIn(join(work, out))).toEqual(codes);
    const { report: checked } = await validateJson(join(work, out));
    expect(checked.errors).toBe(0);
  });
});

describe("tthc import --into", () => {
  test("adds what the catalogue lacks and never changes a procedure it has", async () => {
    const work = workFolder();
    cpSync(BASE, join(work, "catalogue"), { recursive: true });
    // The portal's version of a procedure the catalogue has (another name): listed, not written.
    const present = { ...JSON.parse(readFileSync(join(work, "data/records.jsonl"), "utf8").split("\n")[0]!), ma_thu_tuc: "1.001193" };
    present.ten_thu_tuc = "Tên khác trên Cổng";
    writeFileSync(join(work, "data/present.jsonl"), JSON.stringify(present) + "\n");
    const before = snapshot(join(work, "catalogue"));
    const procedureBefore = (parse(before.get("linh-vuc/ho-tich.yaml")!) as { thu_tuc: { ma: string }[] }).thu_tuc;

    const result = await run(["import", ...RECORDS, "data/present.jsonl", "--into", "--format", "json"], work);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ImportJson;
    expect(report.present).toEqual([{ code: "1.001193", file: "linh-vuc/ho-tich.yaml" }]);
    expect(report.imported).toBe(5);
    expect(report.files).toEqual(
      expect.arrayContaining(["catalogue/linh-vuc/ho-tich.yaml", "catalogue/linh-vuc/chung-thuc.yaml", "catalogue/co-quan.yaml"]),
    );

    const after = snapshot(join(work, "catalogue"));
    const hoTich = (parse(readFileSync(join(work, "catalogue/linh-vuc/ho-tich.yaml"), "utf8")) as { thu_tuc: { ma: string }[] }).thu_tuc;
    // The procedures it had are there, the same, in the same place; the new ones come after.
    expect(hoTich.slice(0, procedureBefore.length)).toEqual(procedureBefore);
    expect(hoTich.map((p) => p.ma).slice(procedureBefore.length)).toEqual(["1.000001", "1.000002", "1.000006"]);
    expect(hoTich.filter((p) => p.ma === "1.001193")).toHaveLength(1);
    // Existing text is kept byte for byte (only the field's version line changes).
    const keep = (text: string) => text.replace(/^phien_ban: .*$/mu, "");
    expect(keep(after.get("linh-vuc/ho-tich.yaml")!).startsWith(keep(before.get("linh-vuc/ho-tich.yaml")!).trimEnd())).toBe(true);
    expect(after.get("co-quan.yaml")!.startsWith(before.get("co-quan.yaml")!.trimEnd())).toBe(true);
    expect(after.get("tthc.yaml")).toBe(before.get("tthc.yaml"));

    const { report: checked } = await validateJson(join(work, "catalogue"));
    expect(checked.errors).toBe(0);

    // Again: everything is present now, nothing is written.
    const again = await run(["import", ...RECORDS, "--into", "--format", "json"], work);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as ImportJson).files).toEqual([]);
    expect(snapshot(join(work, "catalogue"))).toEqual(after);
  });
});

describe("tthc import refuses, exit 2, and writes nothing", () => {
  test.each([
    ["a non-empty --out", [...RECORDS, "--out", "full"], /đã có 1 mục/u],
    ["an --out that is a file", [...RECORDS, "--out", "data/codes.txt"], /là một tệp/u],
    ["a JSON Lines file without portal records", ["data/not-records.jsonl", "--out", "out"], /không chứa bản ghi thủ tục/u],
    ["one bad source among good ones", [...RECORDS, "data/not-records.jsonl", "--out", "out"], /not-records\.jsonl không chứa/u],
    ["the .xlsx list export given as records", ["data/danh-sach.xlsx", "--out", "out"], /--codes data\/danh-sach\.xlsx/u],
    ["a file that does not exist", ["data/none.jsonl", "--out", "out"], /Không có tệp data\/none\.jsonl/u],
    ["a folder given as a file", ["data", "--out", "out"], /là một thư mục/u],
    ["--codes that is not a list", [...RECORDS, "--codes", "data/not-a-list.xlsx", "--out", "out"], /không phải danh sách mã/u],
    ["neither --out nor --into", [...RECORDS], /Chọn đúng một/u],
    ["both --out and --into", [...RECORDS, "--out", "out", "--into"], /Chọn đúng một/u],
    ["--into without a catalogue", [...RECORDS, "--into"], /Không tìm thấy danh mục/u],
    ["--name with --into", [...RECORDS, "--into", "--name", "Ủy ban nhân dân xã A"], /chỉ dùng với --out/u],
    ["a selection that matches nothing", [...RECORDS, "--field", "Không có lĩnh vực này", "--out", "out"], /Không bản ghi nào/u],
    ["a level that is not one", [...RECORDS, "--level", "thon", "--out", "out"], /không hợp lệ/u],
    ["no source at all", ["--out", "out"], /Thiếu tham số/u],
  ])("%s", async (_name, args, message) => {
    const work = workFolder();
    mkdirSync(join(work, "full"));
    writeFileSync(join(work, "full/ghi-chu.txt"), "giữ nguyên\n");
    const before = snapshot(work);
    const result = await run(["import", ...args], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(result.stdout).toBe("");
    expect(snapshot(work)).toEqual(before);
  });
});

describe("writeNewFolder: all or nothing", () => {
  test("a write that fails half way leaves neither the folder nor a staging folder", async () => {
    const work = workFolder();
    // The second file cannot be written: its folder would be the first file.
    const files = new Map([
      ["tthc.yaml", "a: 1\n"],
      ["tthc.yaml/x.yaml", "b: 2\n"],
    ]);
    await expect(writeNewFolder(join(work, "out"), "out", files)).rejects.toThrow(/Could not write out/u);
    expect(readdirSync(work).sort()).toEqual(["data"]);
  });

  test("an empty folder is replaced by the new one", async () => {
    const work = workFolder();
    mkdirSync(join(work, "out"));
    await writeNewFolder(join(work, "out"), "out", new Map([["tthc.yaml", "a: 1\n"]]));
    expect(readFileSync(join(work, "out/tthc.yaml"), "utf8")).toBe("a: 1\n");
    expect(readdirSync(work).sort()).toEqual(["data", "out"]);
  });
});
