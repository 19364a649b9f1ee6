// What a GitHub Actions step gives a command: the repository root annotations must be relative
// to, and the job summary file. Outside Actions these fall back to git's top level and nothing.
import { appendFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { findRepositoryRoot } from "../git/git.js";
import { Refusal } from "../model/refusal.js";

/**
 * The folder annotation paths are relative to: $GITHUB_WORKSPACE when the command runs inside
 * it, else the top of the git work tree holding `cwd`, else `cwd` itself.
 */
export async function findAnnotationRoot(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace && isInside(resolve(cwd), resolve(workspace))) return resolve(workspace);
  return (await findRepositoryRoot(cwd).catch(() => undefined)) ?? cwd;
}

function isInside(child: string, folder: string): boolean {
  const path = relative(folder, child);
  return path === "" || (!path.startsWith(`..${sep}`) && path !== ".." && !isAbsolute(path));
}

/** A path as shown relative to the current folder → relative to `root`, with forward slashes. */
export function relativeToRoot(cwd: string, root: string, shown: string): string {
  return relative(root, resolve(cwd, shown)).split(sep).join("/");
}

/** Appends to the job summary file named by $GITHUB_STEP_SUMMARY, when there is one. */
export async function appendStepSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    await appendFile(path, markdown, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Refusal({
      vi: `Không ghi được phần tóm tắt vào GITHUB_STEP_SUMMARY (${path}: ${reason}). Kiểm tra biến môi trường này trong workflow.`,
      en: `Cannot append the summary to GITHUB_STEP_SUMMARY (${path}: ${reason}). Check that variable in the workflow.`,
    });
  }
}
