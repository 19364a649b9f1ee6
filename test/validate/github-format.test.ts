// --format github as a workflow runs it: from any folder of the repository, paths relative to
// the repository root (so annotations attach to the pull request's files), and every finding in
// the job summary when $GITHUB_STEP_SUMMARY names a file.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { copyBaseCatalogue, replaceOnce, runCli } from "./harness.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A git repository holding the base catalogue (with a duplicate agency id) under catalogue/. */
function repository(): string {
  const catalogue = copyBaseCatalogue({ "co-quan.yaml": replaceOnce("id: cong-an-xa-a", "id: ubnd-xa-a") });
  const root = mkdtempSync(join(tmpdir(), "tthc-gh-"));
  made.push(root, catalogue);
  renameSync(catalogue, join(root, "catalogue"));
  execFileSync("git", ["init", "-q", root]);
  return root;
}

describe("validate --format github in a repository", () => {
  test("run from a subfolder, file= is relative to the repository root", async () => {
    const root = repository();
    const { code, stdout } = await runCli(["validate", "--format", "github"], join(root, "catalogue", "linh-vuc"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=catalogue\/co-quan\.yaml,line=\d+,/m);
    expect(stdout).not.toContain("file=..");
  });

  test("GITHUB_WORKSPACE is the root when the command runs inside it", async () => {
    const root = repository();
    mkdirSync(join(root, "tools"));
    const { stdout } = await runCli(["validate", "--format", "github", "--catalogue", "../catalogue"], join(root, "tools"), {
      GITHUB_WORKSPACE: root,
    });
    expect(stdout).toMatch(/^::error file=catalogue\/co-quan\.yaml,/m);
  });

  test("every finding is appended to $GITHUB_STEP_SUMMARY as a Markdown table", async () => {
    const root = repository();
    const summary = join(root, "summary.md");
    const env = { GITHUB_STEP_SUMMARY: summary };
    await runCli(["validate", "--format", "github"], root, env);
    await runCli(["validate", "--format", "github"], root, env);
    const text = readFileSync(summary, "utf8");
    expect(text.match(/^### tthc validate/gm)).toHaveLength(2);
    expect(text).toMatch(/^\| catalogue\/co-quan\.yaml:\d+:\d+ \| lỗi \| tthc duplicate-id \| /m);
  });

  test("a summary file that cannot be written is exit 2 with what to check", async () => {
    const root = repository();
    const { code, stderr } = await runCli(["validate", "--format", "github"], root, {
      GITHUB_STEP_SUMMARY: join(root, "no", "such", "file.md"),
    });
    expect(code).toBe(2);
    expect(stderr).toContain("GITHUB_STEP_SUMMARY");
  });
});
