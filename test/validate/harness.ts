import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
export const BASE = join(FIXTURES, "base");

export type Edit = string | Uint8Array | null | ((text: string) => string);

/**
 * A copy of the base catalogue in a temp folder, with some files replaced, edited or removed.
 * Copied as text, not built from test/support/builders.ts: validate reports lines and columns,
 * the cases pin them to test/fixtures/base as written, and many edits are bytes and spellings
 * (a BOM, a tab, an unquoted code, a duplicate key) that no object can carry.
 */
export function copyBaseCatalogue(edits: Record<string, Edit> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "tthc-validate-"));
  cpSync(BASE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    if (edit === null) rmSync(path);
    else if (typeof edit === "function") writeFileSync(path, edit(readFileSync(path, "utf8")));
    else writeFileSync(path, edit);
  }
  return dir;
}

/** Replaces exactly one occurrence (so a case breaks loudly when the base fixture changes). */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
  return (text) => {
    const at = text.indexOf(search);
    if (at < 0 || text.indexOf(search, at + 1) >= 0) throw new Error(`fixture edit: "${search}" must occur exactly once`);
    return text.slice(0, at) + replacement + text.slice(at + search.length);
  };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    cwd,
    env,
    isTTY: false,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutBytes: (b) => void (stdout += Buffer.from(b).toString("utf8")),
  });
  return { code, stdout, stderr };
}

export interface JsonReport {
  catalogue: string;
  files: number;
  procedures: number;
  errors: number;
  warnings: number;
  diagnostics: {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: string;
    rule: string;
    message: string;
    path: (string | number)[];
  }[];
}

/** `tthc validate --format json` on a folder, run from that folder (so file paths are relative to it). */
export async function validateJson(dir: string, extra: string[] = []): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await runCli(["validate", "--catalogue", ".", "--format", "json", ...extra], dir);
  if (run.stdout === "") throw new Error(`no output (exit ${run.code}): ${run.stderr}`);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
