// A repository as `tthc init` writes it, committed on main in a real git repository, and the
// built tthc on PATH (as an office installs it), for the tests that run the workflow's command
// lines and the pre-commit framework. Needs `npm run build` first (they run dist/).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { stringify } from "yaml";
import { runCli } from "../validate/harness.js";

export const OFFICE = ["--name", "Ủy ban nhân dân xã Hòa Bình", "--dia-ban", "Xã Hòa Bình, tỉnh Bình An"];
/** The agency id init gives that office. */
export const OFFICE_ID = "uy-ban-nhan-dan-xa-hoa-binh";

const CLI = resolve(import.meta.dirname, "../../bin/tthc.js");

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
  });
}

/** `tthc init` into a new folder, then git init and a first commit on main. */
export async function initRepository(made: string[]): Promise<string> {
  const repo = mkdtempSync(join(tmpdir(), "tthc-repo-"));
  made.push(repo);
  const { code, stderr } = await runCli(["init", ...OFFICE], repo);
  if (code !== 0) throw new Error(`tthc init failed: ${stderr}`);
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "Danh mục ban đầu");
  return repo;
}

/** A folder with a `tthc` that runs the built bin/tthc.js, and PATH with it first. */
export function pathWithTthc(made: string[]): string {
  if (!existsSync(resolve(import.meta.dirname, "../../dist/cli/main.js"))) throw new Error("run npm run build first");
  const bin = mkdtempSync(join(tmpdir(), "tthc-bin-"));
  made.push(bin);
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, "tthc"), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, "tthc"), 0o755);
  return [bin, process.env.PATH ?? ""].join(delimiter);
}

/** A field file's text, as an office writes one: the schema line, then the field. */
export function fieldText(ma: string, ten: string, procedures: readonly object[]): string {
  return `# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json\n${stringify({ ma, ten, phien_ban: "2026.1", thu_tuc: procedures })}`;
}
