import { describe, expect, it } from "vitest";
import { runCli } from "../validate/harness.js";

describe("mistakes on the command line: a Vietnamese message, exit 2, nothing on stdout", () => {
  it.each([
    [["effects"], "Thiếu tùy chọn bắt buộc --base <rev>. Xem tthc --help."],
    [
      ["effects", "--base", "HEAD", "--format", "xml"],
      'Giá trị "xml" không hợp lệ cho --format <format>. Chọn một trong: table, json, md, csv. Xem tthc --help.',
    ],
    [["stats", "--formt", "md"], "Không có tùy chọn --formt. Có phải ý bạn là --format? Xem tthc --help."],
    [["diff"], "Thiếu tham số base. Xem tthc --help."],
    [["validte"], 'Không có lệnh "validte". Có phải ý bạn là validate? Xem tthc --help.'],
    [["stats", "thua"], "Thừa tham số cho lệnh stats. Xem tthc --help."],
    [["post", "--out"], "Tùy chọn --out <dir> cần một giá trị. Xem tthc --help."],
    [["--lang", "en", "effects"], "Required option '--base <rev>' not specified. See tthc --help."],
  ])("%j", async (argv, message) => {
    const run = await runCli(argv);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe("");
    expect(run.code).toBe(2);
  });

  it("--help and --version exit 0", async () => {
    expect((await runCli(["--help"])).code).toBe(0);
    expect((await runCli(["validate", "--help"])).stdout).toContain("--changed-since");
    expect((await runCli(["--version"])).code).toBe(0);
  });
});
