// The pre-commit framework (Debian's pre-commit, installed by .ci/run) on what tthc init writes:
// the repository passes, a staged bad file fails naming it; and this repository's own
// .pre-commit-hooks.yaml is a valid hooks manifest.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { makeProcedure } from "../support/builders.js";
import { fieldText, git, initRepository, OFFICE_ID, pathWithTthc } from "./repository.js";

const ROOT = resolve(import.meta.dirname, "../..");
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function preCommit(cwd: string, ...args: string[]): { status: number | null; output: string } {
  const home = mkdtempSync(join(tmpdir(), "tthc-pre-commit-"));
  made.push(home);
  const result = spawnSync("pre-commit", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PATH: pathWithTthc(made), PRE_COMMIT_HOME: home, NO_COLOR: "1" },
  });
  if (result.error) throw new Error(`pre-commit is not installed (apt-get install -y pre-commit): ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe(".pre-commit-hooks.yaml of this repository", () => {
  test("is a valid hooks manifest with tthc-validate and tthc-fmt", () => {
    expect(preCommit(ROOT, "validate-manifest", ".pre-commit-hooks.yaml").status).toBe(0);
    const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as { id: string; entry: string }[];
    expect(hooks.map((h) => [h.id, h.entry])).toEqual([
      ["tthc-validate", "tthc validate"],
      ["tthc-fmt", "tthc fmt"],
    ]);
  });

  test("the validator does reject a broken manifest", () => {
    const dir = mkdtempSync(join(tmpdir(), "tthc-hooks-"));
    made.push(dir);
    writeFileSync(join(dir, "hooks.yaml"), "- id: tthc-validate\n  name: tthc validate\n  language: node\n");
    expect(preCommit(dir, "validate-manifest", "hooks.yaml").status).not.toBe(0);
  });
});

describe("pre-commit in a repository tthc init wrote", () => {
  test("the configuration is valid and every hook passes on the new repository", async () => {
    const repo = await initRepository(made);
    expect(preCommit(repo, "validate-config", ".pre-commit-config.yaml").status).toBe(0);
    const { status, output } = preCommit(repo, "run", "--all-files");
    expect(output).toMatch(/tthc fmt.*Passed/);
    expect(output).toMatch(/tthc validate.*Passed/);
    expect(status).toBe(0);
  }, 60_000);

  const bad = fieldText("sai", "Sai", [
    makeProcedure({ ma: "DP.000001", co_quan: { tham_quyen: "khong-co" }, can_cu_phap_ly: ["23/2015/ND-CP"] }),
  ]);
  const unformatted = fieldText("chua-chuan", "Chưa chuẩn", [
    makeProcedure({ ma: "DP.000002", co_quan: { tham_quyen: OFFICE_ID }, can_cu_phap_ly: ["23/2015/ND-CP"] }),
  ]);
  test.each([
    ["an agency that does not exist", "catalogue/linh-vuc/sai.yaml", bad, /tthc validate.*Failed/],
    [
      "a file not in canonical form",
      "catalogue/linh-vuc/chua-chuan.yaml",
      unformatted.replace(/^ten: Chưa chuẩn$/m, "ten:   Chưa chuẩn"),
      /tthc fmt.*Failed/,
    ],
  ])(
    "a staged file with %s fails the commit, naming the file",
    async (_name, path, text, hook) => {
      const repo = await initRepository(made);
      writeFileSync(join(repo, path), text);
      git(repo, "add", path);
      const { status, output } = preCommit(repo, "run");
      expect(status).toBe(1);
      expect(output).toMatch(hook);
      expect(output).toContain(path);
    },
    60_000,
  );
});
