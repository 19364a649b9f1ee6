// tthc post [--field CODE]... [--level L] [--agency ID] [--format html|pdf] [--out DIR] [--date D]
//
// Public posting sheets (niêm yết công khai) for the one-stop notice board: one file per field,
// named by the field code (niem-yet/ho-tich.pdf), holding the field's list sheet then the full
// sheet of each procedure in force on the date. pdfkit and the fonts are loaded only for PDF.

import { mkdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Level } from "../../model/catalogue.js";
import { isIsoDate } from "../../model/date.js";
import { buildPostingFiles } from "../../post/build-posting-files.js";
import { isInsideFolder } from "../../source/is-inside-folder.js";
import { selectPostedProcedures } from "../../post/select-posted-procedures.js";
import { Refusal } from "../../model/refusal.js";
import { checkWriteFolder, writeFileAtomic } from "../../source/write-file-atomic.js";
import { findWorkingCatalogue } from "../../source/open-source.js";
import { type CommandContext, UserError, say } from "../context.js";
import { loadCatalogue } from "../../lint/load-catalogue.js";

export interface PostOptions {
  field?: string[];
  level?: string;
  agency?: string;
  format?: string;
  out?: string;
  date?: string;
}

const LEVELS: readonly Level[] = ["bo", "tinh", "huyen", "xa"];
const FORMATS = ["pdf", "html"] as const;

/** Today on the machine's clock, as YYYY-MM-DD in local time (the office's day). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** --date: YYYY-MM-DD and a day that exists (2026-02-30 is refused). */
export function parsePostDate(ctx: Pick<CommandContext, "lang">, text: string): string {
  const date = text.trim();
  if (!isIsoDate(date)) {
    throw new UserError(
      say(
        ctx,
        `--date "${text}" không phải ngày hợp lệ. Hãy ghi một ngày có thật theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-03-02.`,
        `--date "${text}" is not a valid date. Give a real date as YEAR-MONTH-DAY, for example 2026-03-02.`,
      ),
    );
  }
  return date;
}

/** A field code as a file name: codes are kebab-case, but a stray "/" must not leave --out. */
function fileNameOf(code: string): string {
  return code.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "linh-vuc";
}

/** How a written path is shown: relative to the current folder when under it. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join("/");
}

export async function run(opts: PostOptions, ctx: CommandContext): Promise<number> {
  const format = opts.format ?? "pdf";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(
      say(ctx, `--format "${format}" không hợp lệ. Hãy chọn pdf hoặc html.`, `--format "${format}" is not valid. Choose pdf or html.`),
    );
  }
  if (opts.level !== undefined && !(LEVELS as readonly string[]).includes(opts.level)) {
    throw new UserError(
      say(
        ctx,
        `--level "${opts.level}" không hợp lệ. Hãy chọn một trong: ${LEVELS.join(", ")}.`,
        `--level "${opts.level}" is not valid. Choose one of: ${LEVELS.join(", ")}.`,
      ),
    );
  }
  const date = opts.date === undefined ? today() : parsePostDate(ctx, opts.date);

  const catalogue = await loadCatalogue(ctx);

  const fieldCodes = catalogue.fields.map(({ field }) => field.ma);
  const unknownFields = (opts.field ?? []).filter((code) => !fieldCodes.includes(code));
  if (unknownFields.length > 0) {
    throw new UserError(
      say(
        ctx,
        `Không có lĩnh vực ${unknownFields.join(", ")} trong danh mục. Các mã lĩnh vực có: ${fieldCodes.join(", ") || "(không có)"}. Hãy dùng một trong các mã đó với --field.`,
        `There is no field ${unknownFields.join(", ")} in the catalogue. The field codes are: ${fieldCodes.join(", ") || "(none)"}. Use one of them with --field.`,
      ),
    );
  }
  if (opts.agency !== undefined) {
    const agencyIds = catalogue.agencies.map((agency) => agency.id);
    if (!agencyIds.includes(opts.agency)) {
      throw new UserError(
        say(
          ctx,
          `Không có cơ quan "${opts.agency}" trong co-quan.yaml. Các mã cơ quan có: ${agencyIds.join(", ") || "(không có)"}. Hãy dùng một trong các mã đó với --agency.`,
          `There is no agency "${opts.agency}" in co-quan.yaml. The agency ids are: ${agencyIds.join(", ") || "(none)"}. Use one of them with --agency.`,
        ),
      );
    }
  }

  const posted = selectPostedProcedures(catalogue, {
    fields: opts.field,
    level: opts.level as Level | undefined,
    agency: opts.agency,
    date,
  });
  if (posted.length === 0) {
    throw new UserError(
      say(
        ctx,
        `Không có thủ tục nào còn hiệu lực ngày ${date} khớp với bộ lọc (--field, --level, --agency) nên không có gì để niêm yết. Hãy bỏ bớt bộ lọc hoặc kiểm tra trạng thái, ngày hiệu lực của các thủ tục.`,
        `No procedure in force on ${date} matches the filters (--field, --level, --agency), so there is nothing to post. Loosen the filters or check the procedures' status and effective dates.`,
      ),
    );
  }

  const outDir = resolve(ctx.cwd, opts.out ?? "./niem-yet");
  const catalogueDir = findWorkingCatalogue(ctx);
  if (await isInsideFolder(outDir, catalogueDir)) {
    throw new UserError(
      say(
        ctx,
        `Thư mục ghi ${displayPath(ctx.cwd, outDir)} nằm trong thư mục danh mục ${displayPath(ctx.cwd, catalogueDir)}: bản niêm yết sẽ lẫn vào danh mục. Hãy chọn thư mục khác với --out.`,
        `The output folder ${displayPath(ctx.cwd, outDir)} is inside the catalogue folder ${displayPath(ctx.cwd, catalogueDir)}: the sheets would mix with the catalogue. Choose another folder with --out.`,
      ),
    );
  }
  await checkWriteFolder(outDir);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new UserError(
      say(
        ctx,
        `Không tạo được thư mục ${displayPath(ctx.cwd, outDir)} (${(error as Error).message}). Hãy kiểm tra đường dẫn và quyền ghi, hoặc chọn thư mục khác với --out.`,
        `Cannot create the folder ${displayPath(ctx.cwd, outDir)} (${(error as Error).message}). Check the path and permissions, or choose another folder with --out.`,
      ),
    );
  }

  const files = buildPostingFiles(catalogue, posted, { date });
  let render: (file: (typeof files)[number]) => Promise<Uint8Array | string>;
  if (format === "pdf") {
    const [{ renderPostPdf }, { loadPostFonts }] = await Promise.all([
      import("../../render/post/post-pdf.js"),
      import("../../source/load-post-fonts.js"),
    ]);
    const fonts = await loadPostFonts();
    render = (file) => renderPostPdf(file, { fonts });
  } else {
    const { renderPostHtml } = await import("../../render/post/post-html.js");
    render = (file) => Promise.resolve(renderPostHtml(file));
  }

  for (const file of files) {
    const path = join(outDir, `${fileNameOf(file.fieldCode)}.${format}`);
    const content = await render(file);
    try {
      await writeFileAtomic(path, content);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      throw new UserError(
        say(
          ctx,
          `Không ghi được ${displayPath(ctx.cwd, path)} (${(error as Error).message}). Hãy kiểm tra quyền ghi và chỗ trống trên đĩa rồi chạy lại.`,
          `Cannot write ${displayPath(ctx.cwd, path)} (${(error as Error).message}). Check permissions and free disk space, then run again.`,
        ),
      );
    }
    ctx.stdout(`${displayPath(ctx.cwd, path)}\n`);
  }
  return 0;
}
