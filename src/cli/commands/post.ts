// tthc post [--field CODE]... [--procedure CODE]... [--level L] [--agency ID] [--format html|pdf]
//           [--out DIR] [--date D] [--upcoming]
//
// Public posting sheets (niêm yết công khai) for the one-stop notice board: one file per field,
// named by the field code (niem-yet/ho-tich.pdf), holding the field's list sheet then the full
// sheet of each procedure in the version in force on the date (read from the git history when
// the working tree holds a later one). With --procedure, one file per procedure holding its own
// sheet only (niem-yet/1.000894.pdf). pdfkit and the fonts are loaded only for PDF.

import { mkdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Catalogue, Level } from "../../model/catalogue.js";
import { isIsoDate } from "../../model/date.js";
import { buildPostingFiles } from "../../post/build-posting-files.js";
import { isInsideFolder } from "../../source/is-inside-folder.js";
import {
  codesWantingHistory,
  selectPostedProcedures,
  settlesDate,
  type EarlierVersions,
  type PostedField,
} from "../../post/select-posted-procedures.js";
import { readEarlierVersions } from "../../source/earlier-versions.js";
import { listProcedures } from "../../model/procedure.js";
import { wordDate } from "../../words/dates.js";
import { checkWriteFolder, writeFileAtomic } from "../../source/write-file-atomic.js";
import { Refusal } from "../../model/refusal.js";
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
  procedure?: string[];
  upcoming?: boolean;
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

  const knownCodes = new Set(listProcedures(catalogue).map((placed) => placed.procedure.ma));
  const unknownCodes = (opts.procedure ?? []).filter((code) => !knownCodes.has(code));
  if (unknownCodes.length > 0) {
    throw new UserError(
      say(
        ctx,
        `Không có thủ tục mã ${unknownCodes.join(", ")} trong danh mục. Hãy kiểm tra mã thủ tục (tthc browse để tìm) rồi dùng lại --procedure.`,
        `There is no procedure with code ${unknownCodes.join(", ")} in the catalogue. Check the code (tthc browse finds it) and use --procedure again.`,
      ),
    );
  }

  const catalogueDir = findWorkingCatalogue(ctx);
  const history = await readHistoryFor(catalogueDir, catalogue, date);
  const posted = selectPostedProcedures(
    catalogue,
    {
      fields: opts.field,
      procedures: opts.procedure,
      level: opts.level as Level | undefined,
      agency: opts.agency,
      date,
      upcoming: opts.upcoming === true,
    },
    history,
  );
  if (posted.length === 0) {
    throw new UserError(
      say(
        ctx,
        `Không có thủ tục nào còn hiệu lực ngày ${date} khớp với bộ lọc (--field, --procedure, --level, --agency) nên không có gì để niêm yết. Hãy bỏ bớt bộ lọc, chọn ngày khác với --date (--upcoming để niêm yết cả phiên bản sắp áp dụng) hoặc kiểm tra trạng thái, ngày hiệu lực của các thủ tục.`,
        `No procedure in force on ${date} matches the filters (--field, --procedure, --level, --agency), so there is nothing to post. Loosen the filters, choose another day with --date (--upcoming posts versions that apply later too) or check the procedures' status and effective dates.`,
      ),
    );
  }
  warnDating(ctx, posted, date);

  const outDir = resolve(ctx.cwd, opts.out ?? "./niem-yet");
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

  // --procedure: one file per procedure, its own sheets (all its posted versions) without a list.
  const byProcedure = opts.procedure !== undefined && opts.procedure.length > 0;
  const files = byProcedure
    ? posted.flatMap((entry) =>
        [...new Set(entry.procedures.map((procedure) => procedure.ma))].map((code) => ({
          name: code,
          file: buildPostingFiles(catalogue, [{ ...entry, procedures: entry.procedures.filter((p) => p.ma === code) }], {
            date,
            detailsOnly: true,
          })[0]!,
        })),
      )
    : buildPostingFiles(catalogue, posted, { date }).map((file) => ({ name: file.fieldCode, file }));
  let render: (file: (typeof files)[number]["file"]) => Promise<Uint8Array | string>;
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

  for (const { name, file } of files) {
    const path = join(outDir, `${fileNameOf(name)}.${format}`);
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

/**
 * What the catalogue's git history says of the procedures whose working-tree version takes effect
 * after `date`: the version in force on the date may be an older one. With `unknownAsNone`, a
 * history that cannot be read counts as having no earlier version (the site, which has no note
 * to say otherwise, shows only what it knows to be in force).
 */
export async function readHistoryFor(
  catalogueDir: string,
  catalogue: Catalogue,
  date: string,
  unknownAsNone = false,
): Promise<EarlierVersions> {
  const wanted = codesWantingHistory(catalogue, date);
  const versions = await readEarlierVersions(catalogueDir, wanted, (version) => settlesDate(version, date));
  return { of: (code) => (versions.has(code) ? (versions.get(code) ?? (unknownAsNone ? [] : undefined)) : []) };
}

/** On stderr, what the sheets say of dates: a later version posted for want of the one in force, versions yet to apply. */
function warnDating(ctx: CommandContext, posted: PostedField[], date: string): void {
  for (const { unconfirmed, upcoming } of posted) {
    for (const procedure of unconfirmed) {
      ctx.stderr(
        say(
          ctx,
          `Cảnh báo: thủ tục ${procedure.ma} chỉ có phiên bản áp dụng từ ngày ${wordDate(procedure.hieu_luc_tu)} trong danh mục; không tìm được phiên bản áp dụng ngày ${wordDate(date)} trong lịch sử git nên bản niêm yết in phiên bản này kèm ngày áp dụng của nó. Hãy lấy đủ lịch sử (git fetch --unshallow) hoặc kiểm tra hieu_luc_tu.\n`,
          `Warning: procedure ${procedure.ma} only has a version that applies from ${procedure.hieu_luc_tu} in the catalogue; the version in force on ${date} is not in the git history, so the sheets show this version with its own date. Fetch the full history (git fetch --unshallow) or check hieu_luc_tu.\n`,
        ),
      );
    }
    if (!ctx.quiet) {
      for (const procedure of upcoming) {
        ctx.stderr(
          say(
            ctx,
            `Ghi chú: thủ tục ${procedure.ma} có phiên bản áp dụng từ ngày ${wordDate(procedure.hieu_luc_tu)}, chưa niêm yết ngày ${wordDate(date)} (ghi trong chú thích của danh mục; --upcoming để niêm yết cả phiên bản đó).\n`,
            `Note: procedure ${procedure.ma} has a version that applies from ${procedure.hieu_luc_tu}, not posted on ${date} (named in the list's note; --upcoming posts it too).\n`,
          ),
        );
      }
    }
  }
}
