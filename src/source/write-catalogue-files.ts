import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Refusal } from "../model/refusal.js";
import { writeFileAtomic } from "./write-file-atomic.js";

/**
 * Refuses a folder that a new catalogue cannot be written to: one that exists and holds
 * anything, or a path that is a file. `shown` names it to people.
 */
export async function checkNewFolder(dir: string, shown: string): Promise<void> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new Refusal({
        vi: `${shown} là một tệp, không phải thư mục. Hãy chọn một thư mục mới hoặc rỗng cho --out.`,
        en: `${shown} is a file, not a folder. Choose a new or empty folder for --out.`,
      });
    }
    entries = await readdir(dir);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw cannotWrite(shown, error);
  }
  if (entries.length > 0) {
    throw new Refusal({
      vi: `Thư mục ${shown} đã có ${entries.length} mục nên không ghi danh mục mới vào đó (để không đè mất dữ liệu). Hãy chọn một thư mục mới hoặc rỗng cho --out, hoặc dùng --into để thêm vào danh mục đang có.`,
      en: `Folder ${shown} is not empty (${entries.length} entries), so no new catalogue is written there (nothing is overwritten). Choose a new or empty folder for --out, or use --into to add to the current catalogue.`,
    });
  }
}

/**
 * A new catalogue folder, all of it or nothing: the files (relative path → text) are written
 * into a hidden folder beside `dir`, which is then renamed to `dir` (an empty `dir` is replaced).
 * On any failure the hidden folder is removed and `dir` is as it was.
 */
export async function writeNewFolder(dir: string, shown: string, files: ReadonlyMap<string, string>): Promise<void> {
  await checkNewFolder(dir, shown);
  const staging = join(dirname(dir), `.${basename(dir)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(staging, { recursive: true });
    for (const [rel, text] of files) {
      const path = join(staging, rel);
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, text);
    }
    await rmdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw cannotWrite(shown, error);
  }
}

/**
 * Files added to or changed in an existing catalogue folder, each written atomically; the
 * shared files (agencies, legal documents) first, so that a field file never names an agency
 * that is not written yet.
 */
export async function writeCatalogueFiles(dir: string, shown: string, files: ReadonlyMap<string, string>): Promise<void> {
  const order = (rel: string) => (rel === "co-quan.yaml" || rel === "van-ban.yaml" ? 0 : 1);
  const sorted = [...files].sort(([a], [b]) => order(a) - order(b));
  for (const [rel, text] of sorted) {
    const path = join(dir, rel);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, text);
    } catch (error) {
      throw cannotWrite(`${shown}/${rel}`, error);
    }
  }
}

function cannotWrite(shown: string, error: unknown): Refusal {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return new Refusal({
    vi: `Không ghi được ${shown} (${reason}). Kiểm tra quyền ghi và dung lượng đĩa rồi chạy lại.`,
    en: `Could not write ${shown} (${reason}). Check write permission and disk space, then run again.`,
  });
}
