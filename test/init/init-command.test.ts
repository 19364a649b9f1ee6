// tthc init: a new repository that validates clean and is canonical, refused over a non-empty
// folder without touching it, --force writing only what is missing, and --from importing the
// office's procedures exactly as the portal core writes a new catalogue.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { run, type Ask } from "../../src/cli/commands/init.js";
import type { CommandContext } from "../../src/cli/context.js";
import { importSources } from "../../src/init/import-sources.js";
import { renderNewCatalogue } from "../../src/portal/render-new-catalogue.js";
import { readBundledCalendars } from "../../src/source/package-files.js";
import { FIXTURES, runCli } from "../validate/harness.js";

const OFFICE = ["--name", "Ủy ban nhân dân xã Hòa Bình", "--dia-ban", "Xã Hòa Bình, tỉnh Bình An"];
const PORTAL = join(FIXTURES, "portal");
const YEAR = new Date().getFullYear();

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tthc-init-"));
  made.push(dir);
  return dir;
}

/** Every file under `dir` (relative path, "/"-separated), .git included, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/** One hash of every path and its bytes: any change to the tree changes it. */
function treeHash(dir: string): string {
  const hash = createHash("sha256");
  for (const path of listFiles(dir))
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(dir, path)))
      .update("\0");
  return hash.digest("hex");
}

describe("tthc init", () => {
  test("a new repository validates clean and is canonical; init over it again exits 2 and changes nothing", async () => {
    const root = tempDir();
    const init = await runCli(["init", "repo", ...OFFICE], root);
    expect(init.code).toBe(0);
    const repo = join(root, "repo");
    execFileSync("git", ["init", "-q", repo]);
    const validate = await runCli(["validate", "--format", "json"], repo);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ errors: 0, warnings: 0, procedures: 1 });
    const fmt = await runCli(["fmt", "--check"], repo);
    expect(fmt.code).toBe(0);

    const before = treeHash(repo);
    const again = await runCli(["init", "repo", "--name", "X", "--dia-ban", "Y"], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/không trống.*--force/s);
    expect(treeHash(repo)).toBe(before);
  });

  test("it writes the files the issue lists, and prints each path", async () => {
    const root = tempDir();
    const { stdout } = await runCli(["init", ...OFFICE], root);
    const expected = [
      ".github/workflows/tthc.yml",
      ".gitignore",
      ".pre-commit-config.yaml",
      ".vscode/extensions.json",
      ".vscode/settings.json",
      "README.md",
      "catalogue/co-quan.yaml",
      `catalogue/lich/${YEAR}.yaml`,
      `catalogue/lich/${YEAR + 1}.yaml`,
      "catalogue/linh-vuc/chung-thuc.yaml",
      "catalogue/tthc.yaml",
      "catalogue/van-ban.yaml",
      ...readdirSync(resolve(import.meta.dirname, "../../schemas")).map((name) => `schemas/${name}`),
    ].sort();
    expect(listFiles(root)).toEqual(expected);
    expect(stdout.trim().split("\n").sort()).toEqual(expected);
    const manifest = readFileSync(join(root, "catalogue/tthc.yaml"), "utf8");
    expect(manifest).toContain("dia_ban: Xã Hòa Bình, tỉnh Bình An");
    expect(manifest).toContain("co_quan_quan_ly: uy-ban-nhan-dan-xa-hoa-binh");
    expect(readFileSync(join(root, "README.md"), "utf8")).toMatch(/^# Danh mục thủ tục hành chính: Ủy ban nhân dân xã Hòa Bình/);
  });

  test("every catalogue file's schema line and every VS Code association resolve to a copied schema", async () => {
    const root = tempDir();
    await runCli(["init", ...OFFICE], root);
    const yamlFiles = listFiles(root).filter((path) => path.startsWith("catalogue/"));
    expect(yamlFiles.length).toBeGreaterThan(5);
    for (const path of yamlFiles) {
      const first = readFileSync(join(root, path), "utf8").split("\n")[0]!;
      const ref = /^# yaml-language-server: \$schema=(\.\.\/.*)$/.exec(first)?.[1];
      expect(ref, path).toBeDefined();
      const target = resolve(dirname(join(root, path)), ref!);
      expect(relative(root, target).startsWith("schemas")).toBe(true);
      expect(existsSync(target), `${path} → ${ref}`).toBe(true);
    }
    const settings = JSON.parse(readFileSync(join(root, ".vscode/settings.json"), "utf8")) as Record<string, Record<string, string[]>>;
    const schemas = Object.keys(settings["yaml.schemas"]!);
    expect(schemas).toHaveLength(5);
    for (const schema of schemas) expect(existsSync(join(root, schema)), schema).toBe(true);
    const extensions = JSON.parse(readFileSync(join(root, ".vscode/extensions.json"), "utf8")) as { recommendations: string[] };
    expect(extensions.recommendations).toContain("redhat.vscode-yaml");
  });

  test("this year's and next year's calendars are the bundled ones where the package has them", async () => {
    const root = tempDir();
    await runCli(["init", ...OFFICE], root);
    const bundled = await readBundledCalendars();
    for (const year of [YEAR, YEAR + 1]) {
      const text = readFileSync(join(root, `catalogue/lich/${year}.yaml`), "utf8");
      expect(text).toMatch(new RegExp(`^nam: ${year}$`, "m"));
      if (bundled.has(year)) expect(text).toBe(bundled.get(year));
    }
  });

  test("--force writes only the missing files and keeps the ones there byte for byte", async () => {
    const root = tempDir();
    writeFileSync(join(root, "README.md"), "của đơn vị\n");
    mkdirSync(join(root, "catalogue"));
    writeFileSync(join(root, "catalogue", "tthc.yaml"), "giữ nguyên\n");
    const refused = await runCli(["init", ...OFFICE], root);
    expect(refused.code).toBe(2);
    expect(listFiles(root)).toEqual(["README.md", "catalogue/tthc.yaml"]);

    const forced = await runCli(["init", "--force", ...OFFICE], root);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(root, "README.md"), "utf8")).toBe("của đơn vị\n");
    expect(readFileSync(join(root, "catalogue", "tthc.yaml"), "utf8")).toBe("giữ nguyên\n");
    expect(forced.stderr).toContain("README.md, catalogue/tthc.yaml");
    expect(existsSync(join(root, ".github/workflows/tthc.yml"))).toBe(true);
    expect(forced.stdout).not.toContain("README.md");
  });

  test("a folder holding only .git counts as empty (a fresh clone)", async () => {
    const root = tempDir();
    execFileSync("git", ["init", "-q", root]);
    expect((await runCli(["init", ...OFFICE], root)).code).toBe(0);
  });

  test.each([
    ["no --name and no terminal", ["init", "repo", "--dia-ban", "Xã A"], /Thiếu --name: không có terminal/],
    ["no --dia-ban and no terminal", ["init", "repo", "--name", "UBND xã A"], /Thiếu --dia-ban/],
    ["an empty --name", ["init", "repo", "--name", " ", "--dia-ban", "Xã A"], /--name không được để trống/],
    ["--level without --from", ["init", "repo", ...OFFICE, "--level", "xa"], /chỉ dùng cùng --from/],
    ["a --from file that is missing", ["init", "repo", ...OFFICE, "--from", "khong-co.jsonl"], /Không đọc được khong-co\.jsonl/],
    [
      "a --from file that is not records",
      ["init", "repo", ...OFFICE, "--from", join(PORTAL, "not-records.jsonl")],
      /không chứa bản ghi thủ tục nào/,
    ],
    ["a list given to --from", ["init", "repo", ...OFFICE, "--from", join(PORTAL, "codes.txt")], /là danh sách mã thủ tục.*--codes/],
    [
      "a level no record has",
      ["init", "repo", ...OFFICE, "--from", join(PORTAL, "records-2.jsonl"), "--level", "bo"],
      /Không có bản ghi nào/,
    ],
  ])("%s: exit 2 with what to do, nothing written", async (_name, argv, message) => {
    const root = tempDir();
    const result = await runCli(argv, root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, "repo"))).toBe(false);
  });

  test("on a terminal, the missing name and locality are asked (an empty answer is asked again)", async () => {
    const root = tempDir();
    const answers = ["", "Ủy ban nhân dân xã Tân Lập", "Xã Tân Lập, tỉnh Bình An"];
    const questions: string[] = [];
    const ask: Ask = (question) => {
      questions.push(question);
      return Promise.resolve(answers.shift());
    };
    const ctx: CommandContext = {
      lang: "vi",
      color: false,
      quiet: true,
      debug: false,
      cwd: root,
      isTTY: true,
      env: {},
      stdout: () => undefined,
      stderr: () => undefined,
      stdoutBytes: () => undefined,
    };
    expect(await run({}, ctx, [], ask)).toBe(0);
    expect(questions).toHaveLength(3);
    const manifest = readFileSync(join(root, "catalogue/tthc.yaml"), "utf8");
    expect(manifest).toContain("dia_ban: Xã Tân Lập, tỉnh Bình An");
    expect(readFileSync(join(root, "catalogue/co-quan.yaml"), "utf8")).toContain("ten: Ủy ban nhân dân xã Tân Lập");
  });

  test("--from imports the office's procedures as import --out writes them: 0 errors, canonical", async () => {
    const root = tempDir();
    const records = join(PORTAL, "records.jsonl");
    const codes = join(PORTAL, "codes.txt");
    const init = await runCli(["init", "repo", ...OFFICE, "--from", records, "--codes", codes], root);
    expect(init.code).toBe(0);
    expect(init.stderr).toContain("9.999999");
    const repo = join(root, "repo");

    const imported = importSources([{ name: records, bytes: readFileSync(records) }], {
      codes: { name: codes, bytes: readFileSync(codes) },
    });
    if (!imported.ok) throw new Error("the fixture imports");
    const expected = renderNewCatalogue(imported.result.catalogue, {
      office: { ten: OFFICE[1]!, dia_ban: OFFICE[3]! },
      year: YEAR,
      calendarTexts: await readBundledCalendars(),
    });
    expect(listFiles(join(repo, "catalogue"))).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(readFileSync(join(repo, "catalogue", path), "utf8"), path).toBe(text);
    expect(listFiles(join(repo, "catalogue/linh-vuc"))).toEqual(["hai-quan.yaml", "ho-tich.yaml"]);

    const validate = await runCli(["validate", "--format", "json"], repo);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ errors: 0, procedures: 2 });
    expect((await runCli(["fmt", "--check"], repo)).code).toBe(0);
  });
});
