import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { Refusal } from "../model/refusal.js";

/** The few file operations an atomic write needs, so that tests can make any of them fail. */
export interface AtomicFs {
  open(
    path: string,
    flags: string,
    mode?: number,
  ): Promise<{
    writeFile(data: Uint8Array | string): Promise<void>;
    sync(): Promise<void>;
    close(): Promise<void>;
  }>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
  /** What the path itself is, a link not followed (node's fs when left out). */
  lstat?(path: string): Promise<{ isSymbolicLink(): boolean; isFile(): boolean }>;
  /** The real folder a path stands in, links resolved (node's fs when left out). */
  realpath?(path: string): Promise<string>;
}

export const NODE_FS: AtomicFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: nodeFs.rename,
  rm: nodeFs.rm,
  stat: nodeFs.stat,
  lstat: nodeFs.lstat,
  realpath: nodeFs.realpath,
};

const insideGit = (path: string) => path.split(/[\\/]/).some((segment) => segment.toLowerCase() === ".git");

/** The real path of a folder that may not exist yet: its nearest existing ancestor's, resolved. */
async function realFolderOf(dir: string, fs: AtomicFs): Promise<string> {
  const realpath = (path: string) => (fs.realpath ? fs.realpath(path) : nodeFs.realpath(path));
  let rest = "";
  for (let d = resolve(dir); ; d = dirname(d)) {
    const found = await realpath(d).catch(() => undefined);
    if (found !== undefined) return join(found, rest);
    if (dirname(d) === d) return resolve(dir);
    rest = join(basename(d), rest);
  }
}

function gitRefusal(path: string): Refusal {
  return new Refusal({
    vi: `Không ghi vào ${path}: chỗ này nằm trong thư mục .git, nơi git giữ dữ liệu của mình. Hãy chọn một chỗ ghi khác.`,
    en: `Will not write ${path}: it is inside a .git folder, which belongs to git. Choose another place to write.`,
  });
}

/** Refuses an output folder inside .git (links resolved), before anything is created there. */
export async function checkWriteFolder(dir: string, fs: AtomicFs = NODE_FS): Promise<void> {
  if (insideGit(resolve(dir)) || insideGit(await realFolderOf(dir, fs))) throw gitRefusal(dir);
}

/**
 * Refuses a write that would replace a symbolic link (with a copy of what it pointed to), a
 * FIFO, device or folder, or land inside a .git folder (git's own files are never ours to
 * write). Throws a Refusal that says why and what to do; a missing target is fine.
 */
export async function checkWriteTarget(path: string, fs: AtomicFs = NODE_FS): Promise<void> {
  const absolute = resolve(path);
  if (insideGit(absolute) || insideGit(await realFolderOf(dirname(absolute), fs))) throw gitRefusal(path);
  const found = await (fs.lstat ? fs.lstat(absolute) : nodeFs.lstat(absolute)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (found?.isSymbolicLink()) {
    throw new Refusal({
      vi: `Không ghi vào ${path}: đây là liên kết tượng trưng (symlink); ghi đè sẽ thay liên kết bằng một bản sao. Hãy ghi vào chính tệp đích hoặc xóa liên kết.`,
      en: `Will not write ${path}: it is a symbolic link, and writing would replace the link with a copy. Write to the target itself or remove the link.`,
    });
  }
  if (found && !found.isFile()) {
    throw new Refusal({
      vi: `Không ghi vào ${path}: đây không phải tệp thông thường (thư mục, FIFO hoặc thiết bị). Hãy chọn tên tệp khác.`,
      en: `Will not write ${path}: it is not a regular file (a folder, FIFO or device). Choose another file name.`,
    });
  }
}

/**
 * Replaces a file so that it holds the old content or the new, never half of either: the bytes
 * go to a temporary file in the same folder (same file system, so the rename is atomic), are
 * flushed to disk, then renamed over the target. On any failure the temporary file is removed
 * and the original is left as it was; the error is rethrown for the caller to report.
 * The file keeps its permission bits. A symbolic link, a special file or a path inside .git is
 * refused first (checkWriteTarget), with nothing written.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, fs: AtomicFs = NODE_FS): Promise<void> {
  await checkWriteTarget(path, fs);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const mode = await fs.stat(path).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  let handle: Awaited<ReturnType<AtomicFs["open"]>> | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, "wx", mode);
    created = true;
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
