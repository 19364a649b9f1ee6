// tthc init [DIR] [--name NAME] [--dia-ban LOCALITY] [--force] [--from FILE... [--level L] [--codes FILE]]
//
// A new office's catalogue repository. This file reads the flags (or asks on a terminal),
// checks the folder, reads the package's schemas and calendars and the portal records, and
// writes what src/init/build-repository.ts returns, each file atomically.

import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Level } from "../../model/catalogue.js";
import { pick } from "../../model/lang.js";
import { buildRepository } from "../../init/build-repository.js";
import { importSources, type SourceFile } from "../../init/import-sources.js";
import { readBundledCalendars, readPackageSchemas } from "../../source/package-files.js";
import { writeFileAtomic } from "../../source/write-file-atomic.js";
import { packageVersion } from "../version.js";
import { say, UserError, type CommandContext } from "../context.js";

export interface InitOptions {
  name?: string;
  diaBan?: string;
  force?: boolean;
  from?: string[];
  level?: Level;
  codes?: string;
}

/** Asks one question on the terminal; undefined when the person closes the input (Ctrl-D). */
export type Ask = (question: string) => Promise<string | undefined>;

/** Entries that do not make a folder "not empty": a fresh `git init` or clone may be initialised. */
const IGNORED_ENTRIES = new Set([".git"]);

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  const shown = !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join("/");
}

/**
 * Questions on the terminal when standard input and output are both one; else none. One
 * readline interface serves every question, so answers typed ahead (or pasted together) are
 * kept for the next question instead of being lost with a closed interface.
 */
function terminalAsk(ctx: CommandContext): { ask: Ask; close: () => void } | undefined {
  if (!ctx.isTTY || !process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let closed = false;
  rl.on("line", (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  rl.on("close", () => {
    closed = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  const ask: Ask = (question) => {
    process.stdout.write(question);
    if (lines.length > 0) return Promise.resolve(lines.shift());
    if (closed) return Promise.resolve(undefined);
    return new Promise((done) => waiting.push(done));
  };
  return { ask, close: () => rl.close() };
}

export async function run(opts: InitOptions, ctx: CommandContext, args: string[] = [], ask?: Ask): Promise<number> {
  const dir = resolve(ctx.cwd, args[0] ?? ".");
  const shownDir = displayPath(ctx.cwd, dir);
  if (!opts.from && (opts.level !== undefined || opts.codes !== undefined)) {
    throw new UserError(
      say(
        ctx,
        "--level và --codes chỉ dùng cùng --from (chọn bản ghi để nhập). Thêm --from TỆP hoặc bỏ hai tùy chọn này.",
        "--level and --codes only go with --from (they select the records to import). Add --from FILE or leave them out.",
      ),
    );
  }
  await checkFolder(ctx, dir, shownDir, Boolean(opts.force));

  const terminal = ask || (opts.name !== undefined && opts.diaBan !== undefined) ? undefined : terminalAsk(ctx);
  let ten: string;
  let dia_ban: string;
  try {
    const asker = ask ?? terminal?.ask;
    ten = await officeValue(
      ctx,
      opts.name,
      "--name",
      asker,
      say(
        ctx,
        "Tên cơ quan quản lý danh mục (vd. Ủy ban nhân dân xã A): ",
        "Name of the office that keeps the catalogue (e.g. Ủy ban nhân dân xã A): ",
      ),
    );
    dia_ban = await officeValue(
      ctx,
      opts.diaBan,
      "--dia-ban",
      asker,
      say(ctx, "Địa bàn (vd. Xã A, tỉnh B): ", "Locality (e.g. Xã A, tỉnh B): "),
    );
  } finally {
    terminal?.close();
  }

  let imported;
  if (opts.from) {
    const sources = await Promise.all(opts.from.map((name) => readSource(ctx, name)));
    const codes = opts.codes === undefined ? undefined : await readSource(ctx, opts.codes);
    const outcome = importSources(sources, { ...(opts.level ? { level: opts.level } : {}), ...(codes ? { codes } : {}) });
    if (!outcome.ok) throw new UserError(`${pick(ctx.lang, outcome.message)} ${say(ctx, "Chưa ghi tệp nào.", "Nothing was written.")}`);
    for (const warning of outcome.warnings) ctx.stderr(`${pick(ctx.lang, warning)}\n`);
    imported = outcome.result;
  }

  const [schemas, calendarTexts] = await Promise.all([readPackageSchemas(), readBundledCalendars()]);
  const files = buildRepository({
    office: { ten, dia_ban },
    year: new Date().getFullYear(),
    version: packageVersion(),
    schemas,
    calendarTexts,
    ...(imported ? { imported: imported.catalogue } : {}),
  });

  const written: string[] = [];
  const kept: string[] = [];
  for (const [path, text] of files) {
    const target = join(dir, ...path.split("/"));
    if (await exists(target)) {
      kept.push(path);
      continue;
    }
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFileAtomic(target, text);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      throw new UserError(
        say(
          ctx,
          `Không ghi được ${displayPath(ctx.cwd, target)} (${reason}). Đã ghi ${written.length} tệp trước đó. Kiểm tra quyền ghi và dung lượng đĩa rồi chạy lại với --force (chỉ ghi các tệp còn thiếu).`,
          `Could not write ${displayPath(ctx.cwd, target)} (${reason}). ${written.length} file(s) were written before it. Check write permission and disk space, then run again with --force (it writes only the missing files).`,
        ),
      );
    }
    written.push(path);
  }

  for (const path of written) ctx.stdout(`${displayPath(ctx.cwd, join(dir, ...path.split("/")))}\n`);
  if (kept.length > 0) {
    ctx.stderr(
      say(
        ctx,
        `Giữ nguyên ${kept.length} tệp đã có (--force không ghi đè): ${kept.join(", ")}.\n`,
        `Kept ${kept.length} existing file(s) (--force overwrites nothing): ${kept.join(", ")}.\n`,
      ),
    );
  }
  if (!ctx.quiet) ctx.stderr(nextSteps(ctx, shownDir, written.length, imported?.imported));
  return 0;
}

/** The folder must not exist, be empty (a .git folder aside), or be accepted with --force. */
async function checkFolder(ctx: CommandContext, dir: string, shown: string, force: boolean): Promise<void> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new UserError(
        say(
          ctx,
          `${shown} là một tệp, không phải thư mục. Hãy chọn thư mục khác.`,
          `${shown} is a file, not a folder. Choose another folder.`,
        ),
      );
    }
    entries = (await readdir(dir)).filter((entry) => !IGNORED_ENTRIES.has(entry)).sort();
  } catch (error) {
    if (error instanceof UserError) throw error;
    return; // Absent: created when the first file is written.
  }
  if (entries.length === 0 || force) return;
  const some = entries.slice(0, 5).join(", ") + (entries.length > 5 ? ", …" : "");
  throw new UserError(
    say(
      ctx,
      `Thư mục ${shown} không trống (${some}), nên tthc init không ghi gì. Hãy chọn một thư mục trống hoặc chưa có (tthc init TÊN-THƯ-MỤC), hoặc thêm --force để chỉ ghi những tệp còn thiếu (không ghi đè tệp nào).`,
      `The folder ${shown} is not empty (${some}), so tthc init wrote nothing. Choose an empty or new folder (tthc init FOLDER), or add --force to write only the missing files (nothing is overwritten).`,
    ),
  );
}

/** --name or --dia-ban: given, or asked on a terminal; without either, what to type instead. */
async function officeValue(
  ctx: CommandContext,
  given: string | undefined,
  flag: string,
  ask: Ask | undefined,
  question: string,
): Promise<string> {
  const example = `tthc init --name "Ủy ban nhân dân xã A" --dia-ban "Xã A, tỉnh B"`;
  if (given !== undefined) {
    if (given.trim() !== "") return given.trim().normalize("NFC");
    throw new UserError(say(ctx, `${flag} không được để trống. Ví dụ: ${example}`, `${flag} must not be empty. For example: ${example}`));
  }
  if (!ask) {
    throw new UserError(
      say(
        ctx,
        `Thiếu ${flag}: không có terminal để hỏi. Ghi tên cơ quan và địa bàn trên dòng lệnh, ví dụ: ${example}`,
        `Missing ${flag}, and there is no terminal to ask on. Give the office's name and locality on the command line, for example: ${example}`,
      ),
    );
  }
  for (;;) {
    const answer = await ask(question);
    if (answer === undefined) {
      throw new UserError(
        say(
          ctx,
          `Chưa có ${flag} nên chưa ghi tệp nào. Chạy lại, hoặc: ${example}`,
          `No ${flag} given, so nothing was written. Run again, or: ${example}`,
        ),
      );
    }
    if (answer.trim() !== "") return answer.trim().normalize("NFC");
  }
}

async function readSource(ctx: CommandContext, name: string): Promise<SourceFile> {
  try {
    return { name, bytes: await readFile(resolve(ctx.cwd, name)) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(
      say(
        ctx,
        `Không đọc được ${name} (${reason}). Kiểm tra đường dẫn tệp. Chưa ghi tệp nào.`,
        `Cannot read ${name} (${reason}). Check the file's path. Nothing was written.`,
      ),
    );
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function nextSteps(ctx: CommandContext, dir: string, count: number, procedures: number | undefined): string {
  const cd = dir === "." ? "" : `cd ${dir} && `;
  const what =
    procedures === undefined
      ? say(ctx, "một lĩnh vực mẫu", "one example field")
      : say(ctx, `${procedures} thủ tục nhập từ Cổng`, `${procedures} procedures imported from the portal`);
  return say(
    ctx,
    `Đã ghi ${count} tệp vào ${dir}, danh mục có ${what}. Tiếp theo:\n  ${cd}git init && git add . && git commit -m "Danh mục ban đầu"\n  pre-commit install    (kiểm tra trước mỗi lần commit)\n  code .                (mở bằng VS Code, cài tiện ích YAML khi được gợi ý)\n  tthc validate\n`,
    `Wrote ${count} files to ${dir}; the catalogue holds ${what}. Next:\n  ${cd}git init && git add . && git commit -m "Initial catalogue"\n  pre-commit install    (checks before each commit)\n  code .                (open in VS Code, install the YAML extension when offered)\n  tthc validate\n`,
  );
}
