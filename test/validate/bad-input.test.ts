// Bad input never crashes validate: each fixture of test/fixtures/bad-input/ is put into a
// copy of the base catalogue as a field file, and must give its finding, at its position,
// with the documented exit code and no stack trace.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanup, FIXTURES, copyBaseCatalogue, runCli, validateJson } from "./harness.js";
import { BAD_INPUT_CASES as CASES } from "./cases.js";

const made: string[] = [];
afterAll(() => made.forEach(cleanup));

describe.each(CASES)("bad input: $fixture", (c) => {
  it(`gives ${c.rule} at its position and exit ${c.code}`, async () => {
    const bytes = readFileSync(join(FIXTURES, "bad-input", `${c.fixture}.yaml`));
    const dir = copyBaseCatalogue({ [`linh-vuc/${c.fixture}.yaml`]: bytes });
    made.push(dir);
    const { code, report, stderr } = await validateJson(dir);
    const file = `linh-vuc/${c.fixture}.yaml`;
    const found = report.diagnostics.find((d) => d.rule === c.rule && d.file === file);
    expect(found, JSON.stringify(report.diagnostics)).toBeDefined();
    expect(found!.line).toBe(c.line);
    if (c.column > 0) expect(found!.column).toBe(c.column);
    if (c.says) expect(found!.message).toContain(c.says);
    expect(code).toBe(c.code);
    expect(stderr).toBe("");
    // The other files are still checked: one bad file does not hide the rest.
    expect(report.files).toBe(6);
  });
});

describe("bad input beyond a single small file", () => {
  it("a 50 MB file is refused with its size, quickly, without reading it as YAML", async () => {
    const big = `ma: big\nten: Lớn\nphien_ban: "1"\nthu_tuc: []\nghi_chu: |\n${"  Dòng văn bản rất dài để làm tệp lớn.\n".repeat(1_300_000)}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(50 * 1024 * 1024);
    const dir = copyBaseCatalogue({ "linh-vuc/big.yaml": big });
    made.push(dir);
    const started = Date.now();
    const { code, report } = await validateJson(dir);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "file-too-large", file: "linh-vuc/big.yaml", line: 1, column: 1 }),
    );
    expect(code).toBe(1);
  });

  it("a missing catalogue folder is exit 2 with a message, not a stack trace", async () => {
    const run = await runCli(["validate", "--catalogue", "khong-co-thu-muc-nay"], FIXTURES);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Không có thư mục danh mục");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("a folder without tthc.yaml is exit 2", async () => {
    const run = await runCli(["validate", "--catalogue", "bad-input"], FIXTURES);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("tthc.yaml");
  });

  it("no catalogue anywhere above the current folder is exit 2", async () => {
    const run = await runCli(["validate"], "/");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Không tìm thấy danh mục");
  });
});

describe("a new catalogue with only its manifest", () => {
  it("names each missing file with what to write in it, and no template that does not exist", async () => {
    const dir = copyBaseCatalogue({ "co-quan.yaml": null, "van-ban.yaml": null, "lich/2026.yaml": null, "linh-vuc/ho-tich.yaml": null });
    made.push(dir);
    const { report } = await validateJson(dir);
    const missing = report.diagnostics.filter((d) => d.rule === "missing-file");
    expect(missing.map((d) => d.file)).toEqual(["co-quan.yaml", "van-ban.yaml"]);
    for (const d of missing) expect(d.message).not.toContain("README");
    expect(missing[0]!.message).toContain('bắt đầu bằng "co_quan:" rồi mỗi cơ quan một mục "- id: ubnd-xa-a"');
    expect(missing[1]!.message).toContain('bắt đầu bằng "van_ban:"');
  });
});
