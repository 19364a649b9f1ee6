import { describe, expect, it } from "vitest";
import { Command } from "commander";
import { localiseHelp } from "../../src/cli/localise-help.js";
import { buildProgram } from "../../src/cli/program.js";
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

describe("--help speaks the user's language, commander's own words included", () => {
  const program = buildProgram("0.0.0", () => Promise.resolve());
  const names = program.commands.map((c) => c.name());
  const hasCatalogue = (argv: string[]) =>
    (argv.length === 0 ? program : program.commands.find((c) => c.name() === argv[0])!).options.some((o) => o.long === "--catalogue");
  const COMMANDER_ENGLISH = [
    "Usage:",
    "Options:",
    "Commands:",
    "Arguments:",
    "display help",
    "(default",
    "(choices",
    "[options]",
    "[command]",
  ];

  it.each([[[]], ...names.map((name) => [[name]])])("tthc %j --help", async (argv) => {
    const vi = await runCli([...argv, "--help"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Cách dùng: tthc /);
    expect(vi.stdout).toContain("\nTùy chọn:\n");
    expect(vi.stdout).toMatch(/-h, --help +trợ giúp/);
    if (hasCatalogue(argv)) expect(vi.stdout).toContain("thư mục danh mục");
    for (const english of [...COMMANDER_ENGLISH, "catalogue folder", " / "]) expect(vi.stdout).not.toContain(english);

    for (const run of [
      await runCli(["--lang", "en", ...argv, "--help"]),
      await runCli([...argv, "--help"], process.cwd(), { TTHC_LANG: "en" }),
    ]) {
      expect(run.stdout).toMatch(/^Usage: tthc /);
      expect(run.stdout).toContain("\nOptions:\n");
      if (hasCatalogue(argv)) expect(run.stdout).toContain("catalogue folder");
      expect(run.stdout).not.toContain("thư mục danh mục");
      expect(run.stdout).not.toContain(" / ");
    }
  });

  it("the commands' list, the help command and a missing command", async () => {
    const root = await runCli(["--help"]);
    expect(root.stdout).toContain("\nLệnh:\n");
    expect(root.stdout).toMatch(/help \[lệnh\] +trợ giúp cho một lệnh/);
    expect((await runCli(["help", "post"])).stdout).toContain("--procedure <code>   chỉ trang của thủ tục này (lặp lại được)");
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Cách dùng: tthc \[tùy chọn\] \[lệnh\]/);
  });
});

it("a command defined without tthc's own help texts still gets Vietnamese help", () => {
  const program = new Command("tthc").version("1.0.0");
  program.command("khac").description("lệnh khác / another command").option("--out <dir>", "thư mục ghi / output folder", "./ra");
  localiseHelp(program, "vi");
  const vi = program.commands[0]!.helpInformation();
  expect(vi).toContain("lệnh khác");
  expect(vi).toMatch(/-h, --help +trợ giúp\n/);
  expect(vi).toContain('thư mục ghi (mặc định: "./ra")');
  expect(program.helpInformation()).toMatch(/-V, --version +in phiên bản\n/);
  localiseHelp(program, "en");
  expect(program.commands[0]!.helpInformation()).toMatch(/-h, --help +help\n/);
});
