import type { Dirent, Stats } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { MAX_FILE_BYTES } from "../parse/decode-text.js";
import { UnreadableFile } from "../model/refusal.js";

/** The few file operations reading a catalogue needs, so that tests can make any of them fail. */
export interface SourceFs {
  readdir(dir: string): Promise<Dirent[]>;
  lstat(path: string): Promise<Pick<Stats, "isFile" | "isDirectory" | "isSymbolicLink" | "size">>;
  readFile(path: string): Promise<Uint8Array>;
}

export const NODE_SOURCE_FS: SourceFs = {
  readdir: (dir) => nodeFs.readdir(dir, { withFileTypes: true }),
  lstat: (path) => nodeFs.lstat(path),
  readFile: (path) => nodeFs.readFile(path),
};

/** A read error of the operating system → why the entry is unreadable; anything else is rethrown. */
export function unreadableFrom(error: unknown, folder = false): UnreadableFile {
  if (error instanceof UnreadableFile) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) throw error;
  const reason = code === "EACCES" || code === "EPERM" ? "no-permission" : "io-error";
  return new UnreadableFile(reason, { code, folder });
}

/**
 * One file's bytes, read only when it is safe to: a regular file (not a link, a FIFO that
 * would block for ever, a device) no larger than MAX_FILE_BYTES, as its size says before any
 * byte is read. Otherwise throws UnreadableFile, which the caller turns into a finding.
 */
export async function readCatalogueFile(path: string, fs: SourceFs = NODE_SOURCE_FS): Promise<Uint8Array> {
  let stats: Awaited<ReturnType<SourceFs["lstat"]>>;
  try {
    stats = await fs.lstat(path);
  } catch (error) {
    throw unreadableFrom(error);
  }
  if (stats.isSymbolicLink()) throw new UnreadableFile("symlink", { folder: false });
  if (stats.isDirectory()) throw new UnreadableFile("not-regular", { folder: true });
  if (!stats.isFile()) throw new UnreadableFile("not-regular");
  if (stats.size > MAX_FILE_BYTES) throw new UnreadableFile("too-large", { size: stats.size });
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    throw unreadableFrom(error);
  }
  // A file that grew between the two calls is held to the same limit.
  if (bytes.length > MAX_FILE_BYTES) throw new UnreadableFile("too-large", { size: bytes.length });
  return bytes;
}
