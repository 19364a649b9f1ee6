import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs/promises";
import { basename, dirname, join } from "node:path";

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
}

export const NODE_FS: AtomicFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: nodeFs.rename,
  rm: nodeFs.rm,
  stat: nodeFs.stat,
};

/**
 * Replaces a file so that it holds the old content or the new, never half of either: the bytes
 * go to a temporary file in the same folder (same file system, so the rename is atomic), are
 * flushed to disk, then renamed over the target. On any failure the temporary file is removed
 * and the original is left as it was; the error is rethrown for the caller to report.
 * The file keeps its permission bits.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, fs: AtomicFs = NODE_FS): Promise<void> {
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
