import { afterAll, describe, expect, it } from "vitest";
import { cleanup, copyBaseCatalogue, replaceOnce, runCli, validateJson } from "./harness.js";

const made: string[] = [];
afterAll(() => made.forEach(cleanup));
const NFD = "Thủ tục đăng ký khai tử".normalize("NFD");

function warningsOnly(): string {
  const dir = copyBaseCatalogue({ "linh-vuc/ho-tich.yaml": replaceOnce("ten: Thủ tục đăng ký khai tử", `ten: ${NFD}`) });
  made.push(dir);
  return dir;
}

describe("validate options and exit codes", () => {
  it.each([
    [[], 0],
    [["--fail-on", "warning"], 1],
    [["--max-warnings", "0"], 1],
    [["--max-warnings", "1"], 0],
  ])("a warning with %j exits %i", async (args, code) => {
    const { code: got } = await validateJson(warningsOnly(), args);
    expect(got).toBe(code);
  });

  it.each([
    [[], 0, "⚠ Danh mục .: 5 tệp, 2 thủ tục; 1 vấn đề (0 lỗi, 1 cảnh báo)."],
    [["--lang", "en"], 0, "⚠ Catalogue .: 5 files, 2 procedures; 1 problem(s) (0 error(s), 1 warning(s))."],
    [["--fail-on", "warning"], 1, "⚠ Danh mục .: 5 tệp, 2 thủ tục; 1 vấn đề (0 lỗi, 1 cảnh báo)."],
  ])("warnings alone end with a warning sign, not ✖ (%j exits %i)", async (args, code, summary) => {
    const run = await runCli(["validate", "--catalogue", ".", ...args], warningsOnly());
    expect(run.code).toBe(code);
    expect(run.stdout.trimEnd().split("\n").pop()).toBe(summary);
    expect(run.stdout).not.toContain("✖");
  });

  it.each([
    [["--format", "xml"], "xml"],
    [["--fail-on", "info"], "info"],
    [["--max-warnings", "nhiều"], "--max-warnings"],
    [["--khong-co"], "--khong-co"],
  ])("a bad flag %j is exit 2 with a message", async (args, says) => {
    const run = await runCli(["validate", "--catalogue", ".", ...args], warningsOnly());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
    expect(run.stdout).toBe("");
  });

  it("PATHS report only those files, while cross-file rules still see the whole catalogue", async () => {
    const dir = copyBaseCatalogue({
      "linh-vuc/ho-tich.yaml": replaceOnce("      tham_quyen: ubnd-xa-a\n    dia_diem", "      tham_quyen: cong-an-xa-a\n    dia_diem"),
      "co-quan.yaml": replaceOnce("- id: cong-an-xa-a", "- id: ubnd-xa-a"),
    });
    made.push(dir);
    const only = await validateJson(dir, ["linh-vuc/ho-tich.yaml"]);
    expect(only.report.diagnostics.map((d) => `${d.file}:${d.rule}`)).toEqual(["linh-vuc/ho-tich.yaml:unknown-agency"]);
    expect(only.code).toBe(1);
    const other = await validateJson(dir, ["lich"]);
    expect(other.report.diagnostics).toEqual([]);
    expect(other.code).toBe(0);
    const outside = await runCli(["validate", "--catalogue", ".", "/etc/hostname"], dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("không nằm trong danh mục");
  });

  it("--changed-since reports only changed files", async () => {
    const { BASE } = await import("./harness.js");
    const dir = copyBaseCatalogue({
      "co-quan.yaml": replaceOnce("- id: cong-an-xa-a", "- id: ubnd-xa-a"),
    });
    made.push(dir);
    const all = await validateJson(dir);
    expect(all.report.errors).toBe(1);
    // Against itself nothing changed, so nothing is reported.
    const none = await validateJson(dir, ["--changed-since", "."]);
    expect(none.report.diagnostics).toEqual([]);
    const since = await validateJson(dir, ["--changed-since", BASE]);
    expect(since.report.diagnostics.map((d) => d.rule)).toEqual(["duplicate-id"]);
  });

  it("a bumped version passes the version check", async () => {
    const { BASE } = await import("./harness.js");
    const dir = copyBaseCatalogue({
      "linh-vuc/ho-tich.yaml": (t) =>
        replaceOnce('phien_ban: "2026.1"', 'phien_ban: "2026.2"')(replaceOnce("so_ho_so_nam: 1200", "so_ho_so_nam: 1300")(t)),
    });
    made.push(dir);
    const { code, report } = await validateJson(dir, ["--changed-since", BASE]);
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it("the clean summary names files and procedures", async () => {
    const dir = copyBaseCatalogue();
    made.push(dir);
    const run = await runCli(["validate", "--catalogue", "."], dir);
    expect(run.stdout).toBe("✔ Danh mục .: 5 tệp, 2 thủ tục, không có lỗi.\n");
    expect(run.code).toBe(0);
  });
});
