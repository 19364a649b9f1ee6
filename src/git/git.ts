// Git behind one small module: one function per git command, execFile with an argument array
// (never a shell), an explicit cwd, and error text that says what to check.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, openSync, read, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/** The names of the repository's remotes (origin, upstream…), in git's order. */
async function listRemotes(cwd: string): Promise<string[]> {
  try {
    const { stdout } = await runGit(cwd, ["remote"]);
    return stdout
      .toString("utf8")
      .split("\n")
      .map((name) => name.trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * The fetch that brings `rev` into a shallow clone. A remote-tracking branch (origin/main) is
 * fetched into its own ref, so the same name then resolves; `git fetch origin origin/main` would
 * ask the remote for a branch named "origin/main". A revision counted back from another
 * (HEAD~1, main^) needs the history itself; a commit hash is fetched as it is.
 */
export function shallowFetchCommand(rev: string, remotes: string[]): string {
  const remote = remotes.find((name) => rev.startsWith(`${name}/`));
  if (remote !== undefined) {
    const branch = rev.slice(remote.length + 1);
    return `git fetch --depth=1 ${remote} ${branch}:refs/remotes/${remote}/${branch}`;
  }
  const from = remotes.includes("origin") ? "origin" : (remotes[0] ?? "origin");
  if (/[~^@:]/.test(rev)) return `git fetch --unshallow ${from}`;
  if (/^[0-9a-f]{7,64}$/i.test(rev)) return `git fetch --depth=1 ${from} ${rev}`;
  return `git fetch --depth=1 ${from} ${rev}:${rev}`;
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
      const fetch = shallowFetchCommand(rev, await listRemotes(cwd));
      throw new GitError({
        vi: `Không tìm thấy phiên bản git "${rev}": kho này là bản sao nông (shallow clone) nên chưa có phiên bản đó. Hãy lấy nó về: ${fetch}, rồi chạy lại.`,
        en: `Git revision "${rev}" was not found: this is a shallow clone, so it does not have that revision yet. Fetch it: ${fetch}, then run again.`,
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
  /** The object's id: two entries with the same id hold the same bytes. */
  object: string;
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
      const [mode = "", , object = "", size = "-"] = line.slice(0, tab).split(/ +/);
      return { path: line.slice(tab + 1), mode, object, size: size === "-" ? undefined : Number(size) };
    });
}

/** The bytes of one file at `commit` (path relative to the repository root). */
export async function showFileAt(cwd: string, commit: string, path: string): Promise<Uint8Array> {
  const { stdout } = await runGit(cwd, ["show", `${commit}:${path}`]);
  return new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.byteLength);
}

/**
 * The bytes of many files at `commit` (paths relative to the repository root) with one git
 * process, where one `git show` each would start thousands. A path the commit lacks is left out.
 */
export async function readFilesAt(cwd: string, commit: string, paths: readonly string[]): Promise<Map<string, Uint8Array>> {
  const found = await showFilesAt(
    cwd,
    paths.map((p) => `${commit}:${p}`),
  );
  return new Map(paths.flatMap((p, i) => (found[i] === undefined ? [] : [[p, found[i]] as const])));
}

/**
 * The bytes of many files at `commit`, each as soon as git has given it, with one git process
 * that never waits for us: git writes into a nameless temporary file, which is read as it
 * grows, so git unpacks the later files while the caller works on the first. Each promise is
 * undefined for a path the commit lacks. Where no such file can be had, readFilesAt does the work.
 */
export function streamFilesAt(cwd: string, commit: string, paths: readonly string[]): Promise<Uint8Array | undefined>[] {
  const out = paths.length === 0 ? undefined : openScratchFile();
  if (out === undefined) {
    const all = readFilesAt(cwd, commit, paths);
    return paths.map((p) => quiet(all.then((found) => found.get(p))));
  }
  const specs = paths.map((p) => `${commit}:${p}`);
  const asked = specs.filter((spec) => !/[\r\n]/.test(spec));
  const answers = asked.map(() => deferred<Uint8Array | undefined>());
  const byName = new Map(asked.map((spec, i) => [spec, answers[i]!.promise]));
  const child = spawn("git", ["cat-file", "--batch"], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
    stdio: ["pipe", out, "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => {
    child.on("error", (error: NodeJS.ErrnoException) => {
      const failure =
        error.code === "ENOENT"
          ? new GitError({
              vi: "Không tìm thấy lệnh git. Hãy cài git rồi chạy lại.",
              en: "The git command was not found. Install git and run again.",
            })
          : error;
      for (const answer of answers) answer.reject(failure);
      resolve(-1);
    });
    child.on("close", (code) => resolve(code));
  });
  // git may end before it has read every name (a bad revision): its exit code says so, not EPIPE.
  child.stdin?.on("error", () => undefined);
  child.stdin?.end(asked.map((spec) => `${spec}\n`).join(""));
  void followBatch(out, answers, exited).then(
    (code) => {
      // What git did not give (it ended early) is not there; after a failure, nothing is.
      const failure = Object.assign(new Error(`git cat-file exited with ${code}`), { stderr });
      for (const answer of answers) {
        if (code === 0) answer.resolve(undefined);
        else answer.reject(failure);
      }
    },
    (error: unknown) => {
      for (const answer of answers) answer.reject(error);
    },
  );
  return specs.map((spec) => quiet(byName.get(spec) ?? Promise.resolve(undefined)));
}

/** A promise that may be left unawaited (the caller stopped early) without an unhandled rejection. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/**
 * Reads `git cat-file --batch` answers from the file git writes, in order, as it grows: what is
 * not there yet is waited for until git has ended. Settles each answer it reads (undefined for a
 * missing path or what is not a file); returns git's exit code once it has ended and every
 * answer there is has been read. Closes the file.
 */
async function followBatch(
  fd: number,
  answers: Deferred<Uint8Array | undefined>[],
  exited: Promise<number | null>,
): Promise<number | null> {
  let code: number | null | undefined;
  void exited.then((c) => (code = c));
  let at = 0;
  /** Fills `into` from `at`; false if git ended before it was full. */
  const fill = async (into: Uint8Array, from: number): Promise<boolean> => {
    let done = 0;
    while (done < into.length) {
      const { bytesRead } = await readAt(fd, into, done, into.length - done, from + done);
      done += bytesRead;
      if (bytesRead > 0) continue;
      if (code !== undefined) {
        // Ended: one more read, for what it wrote just before.
        const last = await readAt(fd, into, done, into.length - done, from + done);
        if (last.bytesRead === 0) return false;
        done += last.bytesRead;
        continue;
      }
      await Promise.race([exited, new Promise((wait) => setTimeout(wait, 2))]);
    }
    return true;
  };
  try {
    let line = new Uint8Array(512);
    for (const [index, answer] of answers.entries()) {
      // Once git has ended, what is left is read in one go and shared out without a copy: one
      // read runs beside the caller's work, where one per file would wait for the caller's turns.
      if (code !== undefined) return await settleInChunks(fd, at, answers.slice(index), code);
      // The header line: "<object> blob <size>", "<name> missing", or another type with a size.
      let header: string | undefined;
      while (header === undefined) {
        const { bytesRead } = await readAt(fd, line, 0, line.length, at);
        const end = line.subarray(0, bytesRead).indexOf(10);
        if (end >= 0) {
          header = Buffer.from(line.buffer, line.byteOffset, end).toString("utf8");
          at += end + 1;
        } else if (bytesRead === line.length) {
          line = new Uint8Array(line.length * 2); // a long name
        } else if (code !== undefined) {
          // Ended: one more look, for what it wrote just before; then it is cut short.
          if ((await readAt(fd, line, 0, line.length, at)).bytesRead === bytesRead) return code;
        } else {
          await Promise.race([exited, new Promise((wait) => setTimeout(wait, 2))]);
        }
      }
      const size = /^\S+ (\S+) (\d+)$/.exec(header);
      if (size === null) {
        answer.resolve(undefined);
        continue;
      }
      const bytes = new Uint8Array(Number(size[2]));
      if (!(await fill(bytes, at))) return code ?? null;
      at += bytes.length + 1;
      answer.resolve(size[1] === "blob" ? bytes : undefined);
    }
    return await exited;
  } finally {
    closeSync(fd);
  }
}

/** How much of git's output is read at once once git has ended: several files of a catalogue. */
const CHUNK = 8 * 1024 * 1024;

/**
 * Settles `answers` from git's output from `from` on, read a large piece at a time, each file
 * a view into its piece (no copy); the next piece is asked for before the files of this one are
 * handed out, so that it is read while the caller works on them. Returns `code`.
 */
async function settleInChunks(
  fd: number,
  from: number,
  answers: Deferred<Uint8Array | undefined>[],
  code: number | null,
): Promise<number | null> {
  let at = from;
  let index = 0;
  let asked = CHUNK;
  let piece = readPiece(fd, at, asked);
  while (index < answers.length) {
    const bytes = await piece;
    let used = 0;
    let want = CHUNK;
    const ready: [Deferred<Uint8Array | undefined>, Uint8Array | undefined][] = [];
    while (index < answers.length) {
      const end = bytes.indexOf(10, used);
      if (end < 0) break;
      const size = /^\S+ (\S+) (\d+)$/.exec(Buffer.from(bytes.buffer, bytes.byteOffset + used, end - used).toString("utf8"));
      const length = size === null ? 0 : Number(size[2]);
      if (end + 1 + length > bytes.length) {
        // A file larger than what is left of this piece: the next piece starts with it, whole.
        want = Math.max(CHUNK, end + 1 - used + length + 1);
        break;
      }
      ready.push([answers[index]!, size?.[1] === "blob" ? bytes.subarray(end + 1, end + 1 + length) : undefined]);
      index += 1;
      used = size === null ? end + 1 : end + 1 + length + 1;
    }
    const more = index < answers.length;
    // Nothing whole in a piece that git's output did not fill, or could not grow: cut short.
    if (more && ready.length === 0 && (bytes.length < asked || want === asked)) return code;
    at += used;
    asked = want;
    if (more) piece = readPiece(fd, at, asked);
    for (const [answer, file] of ready) answer.resolve(file);
  }
  return code;
}

/** Up to `length` bytes from `from` (fewer at the end of the file). */
async function readPiece(fd: number, from: number, length: number): Promise<Uint8Array> {
  const piece = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await readAt(fd, piece, done, length - done, from + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return piece.subarray(0, done);
}

function readAt(fd: number, into: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }> {
  return new Promise((resolve, reject) =>
    read(fd, into, offset, length, position, (error, bytesRead) => (error ? reject(error) : resolve({ bytesRead }))),
  );
}

/**
 * A file open for reading and writing with no name (removed as soon as opened, so nothing is
 * left behind, whatever happens); undefined where the temporary folder cannot hold one.
 */
function openScratchFile(): number | undefined {
  const path = join(tmpdir(), `tthc-git-${process.pid}-${randomBytes(6).toString("hex")}`);
  let fd: number;
  try {
    fd = openSync(path, "wx+", 0o600);
  } catch {
    return undefined;
  }
  try {
    unlinkSync(path);
  } catch {
    // Where an open file cannot be removed (Windows), the pipe does the work.
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      // Left in the temporary folder, which the system empties.
    }
    return undefined;
  }
  return fd;
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

/** Whether the repository is a shallow clone (its history cut short). */
export function isShallowRepository(cwd: string): Promise<boolean> {
  return isShallow(cwd);
}

/**
 * The commits of HEAD's first-parent history that changed one of `paths` (relative to the
 * repository root), newest first, each with those of the paths it changed. Undefined when git
 * cannot tell (no commit yet).
 */
export async function listCommitsChanging(cwd: string, paths: string[]): Promise<{ commit: string; paths: string[] }[] | undefined> {
  if (paths.length === 0) return [];
  let stdout: Buffer;
  try {
    ({ stdout } = await runGit(cwd, ["log", "--first-parent", "--format=%x01%H", "--name-only", "-z", "HEAD", "--", ...paths]));
  } catch (error) {
    if (error instanceof GitError) throw error;
    return undefined;
  }
  return stdout
    .toString("utf8")
    .split("\x01")
    .filter(Boolean)
    .map((chunk) => {
      const [commit = "", ...paths] = chunk.split("\0").map((part) => part.replace(/^\n/, ""));
      return { commit, paths: paths.filter(Boolean) };
    });
}

/**
 * The bytes of many files at once (`commit:path`, path relative to the repository root), read by
 * one `git cat-file --batch`; undefined for one that does not exist there.
 */
export async function showFilesAt(cwd: string, specs: string[]): Promise<(Uint8Array | undefined)[]> {
  // cat-file reads one name a line: a name with a line break cannot be asked, and is not there.
  const asked = specs.filter((spec) => !/[\r\n]/.test(spec));
  const answers = await catFileBatch(cwd, asked);
  const bySpec = new Map(asked.map((spec, i) => [spec, answers[i]]));
  return specs.map((spec) => bySpec.get(spec));
}

function catFileBatch(cwd: string, specs: string[]): Promise<(Uint8Array | undefined)[]> {
  if (specs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
    const reader = new BatchReader(specs.length);
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => reader.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new GitError({
              vi: "Không tìm thấy lệnh git. Hãy cài git rồi chạy lại.",
              en: "The git command was not found. Install git and run again.",
            })
          : error,
      ),
    );
    child.on("close", (code) => {
      if (code !== 0) {
        reject(Object.assign(new Error(`git cat-file exited with ${code}`), { stderr }));
        return;
      }
      resolve(reader.finish());
    });
    // git may end before it has read every name (a bad revision): its exit code says so, not EPIPE.
    child.stdin.on("error", () => undefined);
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(""));
  });
}

/**
 * Reads `git cat-file --batch` answers as they come: "<object> blob <size>\n<bytes>\n", or
 * "<name> missing\n". Each file's bytes are copied once, from git's chunks straight into a buffer
 * of the size its header gives, so that the whole output is never gathered and copied again.
 * An answer that is not a file (a tree), missing or cut short is undefined.
 */
class BatchReader {
  private readonly files: (Uint8Array | undefined)[] = [];
  /** The header read so far, when a chunk ended inside it. */
  private header: Buffer[] = [];
  /** The file being filled, and how much of it is. */
  private target: Uint8Array | undefined;
  private filled = 0;
  /** Bytes to pass over: the line feed after a file, or an answer that is not a file. */
  private skip = 0;

  constructor(private readonly expected: number) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.target !== undefined) {
        const take = Math.min(this.target.length - this.filled, chunk.length - at);
        this.target.set(chunk.subarray(at, at + take), this.filled);
        this.filled += take;
        at += take;
        if (this.filled === this.target.length) this.done(this.target);
        continue;
      }
      if (this.skip > 0) {
        const take = Math.min(this.skip, chunk.length - at);
        this.skip -= take;
        at += take;
        continue;
      }
      if (this.files.length >= this.expected) return;
      const end = chunk.indexOf(10, at);
      if (end < 0) {
        this.header.push(chunk.subarray(at));
        return;
      }
      this.header.push(chunk.subarray(at, end));
      at = end + 1;
      const header = Buffer.concat(this.header).toString("utf8");
      this.header = [];
      this.startAnswer(header);
    }
  }

  private startAnswer(header: string): void {
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size !== undefined) {
      const bytes = new Uint8Array(Number(size));
      if (bytes.length === 0) this.done(bytes);
      else {
        this.target = bytes;
        this.filled = 0;
      }
      return;
    }
    this.files.push(undefined); // "<spec> missing", or not a file
    const other = /^\S+ \S+ (\d+)$/.exec(header)?.[1];
    if (other !== undefined) this.skip = Number(other) + 1;
  }

  /** A file read in full; the line feed after it is passed over. */
  private done(bytes: Uint8Array): void {
    this.files.push(bytes);
    this.target = undefined;
    this.skip = 1;
  }

  /** Every answer in order; those git did not give in full are undefined. */
  finish(): (Uint8Array | undefined)[] {
    return Array.from({ length: this.expected }, (_, i) => this.files[i]);
  }
}
