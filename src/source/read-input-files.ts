import { readFile, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { Refusal } from "../model/refusal.js";

/** A file named on the command line, read whole. */
export interface InputFile {
  /** As shown to people: relative to the current folder when inside it, forward slashes. */
  name: string;
  path: string;
  bytes: Uint8Array;
}

/** How a path is shown: relative to `cwd` when it is inside it, else absolute; forward slashes. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path).split(sep).join("/");
}

/**
 * The files named on the command line (import's and reconcile's sources, --codes), in the order
 * given. A path that does not exist, is a folder or cannot be read is refused (exit 2) before
 * anything is done, with what to check.
 */
export async function readInputFiles(cwd: string, paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    const name = shownPath(cwd, path);
    let bytes: Uint8Array;
    try {
      if ((await stat(path)).isDirectory()) {
        throw new Refusal({
          vi: `${name} là một thư mục, không phải tệp. Hãy ghi tên các tệp, ví dụ ${name}/*.jsonl.`,
          en: `${name} is a folder, not a file. Name the files, e.g. ${name}/*.jsonl.`,
        });
      }
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new Refusal(
        code === "ENOENT"
          ? { vi: `Không có tệp ${name}. Kiểm tra lại đường dẫn.`, en: `There is no file ${name}. Check the path.` }
          : {
              vi: `Không đọc được tệp ${name} (${code ?? String(error)}). Kiểm tra quyền đọc rồi chạy lại.`,
              en: `Cannot read ${name} (${code ?? String(error)}). Check the read permission and run again.`,
            },
      );
    }
    out.push({ name, path, bytes });
  }
  return out;
}
