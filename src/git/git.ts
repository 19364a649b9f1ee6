// Git behind one small module: one function per git command, execFile with an argument array
// (never a shell), an explicit cwd, and error text that says what to check.
import { execFile } from "node:child_process";
import type { Text } from "../model/lang.js";
import { Refusal } from "../model/refusal.js";

/** What git could not do, said as a refusal: the user can fix it (install git, fetch, name another revision). */
export class GitError extends Refusal {
  constructor(text: Text) {
    super(text);
    this.name = "GitError";
  }
}

interface RunResult {
  stdout: Buffer;
  stderr: string;
}

function runGit(cwd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd, encoding: "buffer", maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } },
      (error, stdout, stderr) => {
        const err = stderr.toString("utf8");
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === "ENOENT") {
            reject(
              new GitError({
                vi: "Không tìm thấy lệnh git. Hãy cài git rồi chạy lại.",
                en: "The git command was not found. Install git and run again.",
              }),
            );
            return;
          }
          reject(Object.assign(error as Error, { stderr: err }));
          return;
        }
        resolve({ stdout, stderr: err });
      },
    );
  });
}

/** Refuses a revision that git would read as an option. */
export function verifyRevisionName(rev: string): void {
  if (rev.startsWith("-") || rev.length === 0 || /[\0\n]/.test(rev)) {
    throw new GitError({
      vi: `Phiên bản "${rev}" không hợp lệ: tên phiên bản git không được bắt đầu bằng "-".`,
      en: `Invalid revision "${rev}": a git revision cannot start with "-".`,
    });
  }
}

/** The top folder of the work tree that holds `cwd`, or undefined outside a git repository. */
export async function findRepositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await runGit(cwd, ["rev-parse", "--show-toplevel"]);
    return stdout.toString("utf8").trim();
  } catch (error) {
    if (error instanceof GitError) throw error;
    return undefined;
  }
}

async function isShallow(cwd: string): Promise<boolean> {
  try {
    const { stdout } = await runGit(cwd, ["rev-parse", "--is-shallow-repository"]);
    return stdout.toString("utf8").trim() === "true";
  } catch {
    return false;
  }
}

/** The commit a revision names; a clear error (with the fetch that fixes a shallow clone) if none. */
export async function resolveCommit(cwd: string, rev: string): Promise<string> {
  verifyRevisionName(rev);
  try {
    const { stdout } = await runGit(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
    return stdout.toString("utf8").trim();
  } catch (error) {
    if (error instanceof GitError) throw error;
    if (await isShallow(cwd)) {
      throw new GitError({
        vi: `Không tìm thấy phiên bản git "${rev}": kho này là bản sao nông (shallow clone). Hãy lấy thêm lịch sử: git fetch --unshallow origin (hoặc git fetch origin ${rev}), rồi chạy lại.`,
        en: `Git revision "${rev}" was not found: this is a shallow clone. Fetch more history: git fetch --unshallow origin (or git fetch origin ${rev}), then run again.`,
      });
    }
    throw new GitError({
      vi: `Không tìm thấy phiên bản git "${rev}". Kiểm tra tên nhánh, thẻ hoặc mã commit (git log --oneline).`,
      en: `Git revision "${rev}" was not found. Check the branch, tag or commit name (git log --oneline).`,
    });
  }
}

/** One entry of a tree as `git ls-tree --long` gives it: a file, a link or a submodule. */
export interface TreeEntry {
  path: string;
  /** "100644", "100755" (files), "120000" (a symbolic link), "160000" (a submodule). */
  mode: string;
  /** In bytes; undefined for a submodule. */
  size?: number;
}

/** Every entry under `folder` at `commit`, with its mode and size, read without reading any file. */
export async function listEntriesAt(cwd: string, commit: string, folder: string): Promise<TreeEntry[]> {
  const args = ["ls-tree", "-r", "-z", "--long", "--full-tree", commit, "--", folder === "" ? "." : folder];
  const { stdout } = await runGit(cwd, args);
  return stdout
    .toString("utf8")
    .split("\0")
    .filter((line) => line.length > 0)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [mode = "", , , size = "-"] = line.slice(0, tab).split(/ +/);
      return { path: line.slice(tab + 1), mode, size: size === "-" ? undefined : Number(size) };
    });
}

/** The bytes of one file at `commit` (path relative to the repository root). */
export async function showFileAt(cwd: string, commit: string, path: string): Promise<Uint8Array> {
  const { stdout } = await runGit(cwd, ["show", `${commit}:${path}`]);
  return new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.byteLength);
}

/** Paths (relative to the repository root) that differ between `commit` and the work tree. */
export async function listChangedFiles(cwd: string, commit: string): Promise<string[]> {
  const { stdout } = await runGit(cwd, ["diff", "--name-only", "-z", "--no-renames", commit, "--"]);
  const tracked = stdout.toString("utf8").split("\0").filter(Boolean);
  const { stdout: untracked } = await runGit(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]);
  return [...tracked, ...untracked.toString("utf8").split("\0").filter(Boolean)];
}

/** The committer date of `commit` (a resolved hash), ISO 8601: a fixed date for generated documents. */
export async function readCommitDate(cwd: string, commit: string): Promise<string> {
  const { stdout } = await runGit(cwd, ["log", "-1", "--format=%cI", commit]);
  return stdout.toString("utf8").trim();
}
