// tthc diff BASE [HEAD] [--format text|md|html|json|docx] [--out FILE] [--exit-code] [--check]
//
// An amendment proposal: what HEAD (default the working tree) changes compared with BASE,
// procedure by procedure, in the shape of the annex of the Quyết định công bố.

import { isAbsolute, relative, resolve, sep } from "node:path";
import type { CatalogueDiff } from "../../amend/catalogue-diff.js";
import { buildAnnex } from "../../amend/build-annex.js";
import { checkProvenance } from "../../amend/check-provenance.js";
import { diffCatalogues } from "../../amend/diff-catalogues.js";
import { hasDifferences } from "../../amend/has-differences.js";
import type { Catalogue } from "../../model/catalogue.js";
import { Refusal } from "../../model/refusal.js";
import { writeFileAtomic } from "../../source/write-file-atomic.js";
import { renderDiffCheckJson, renderDiffCheckText } from "../../render/diff/diff-check.js";
import { renderDiffHtml } from "../../render/diff/diff-html.js";
import { renderDiffJson } from "../../render/diff/diff-json.js";
import { renderDiffMd } from "../../render/diff/diff-md.js";
import { renderDiffText } from "../../render/diff/diff-text.js";
import { readRevisionDate } from "../../source/revision-date.js";
import { type CommandContext, say, UserError } from "../context.js";
import { loadCataloguePair } from "../../lint/load-catalogue.js";

export interface DiffOptions {
  format?: string;
  out?: string;
  exitCode?: boolean;
  check?: boolean;
}

const FORMATS = ["text", "md", "html", "json", "docx"] as const;
type Format = (typeof FORMATS)[number];

/** How the working tree is named in the output (the JSON example of docs/cli.md). */
const WORKING_TREE = "working tree";

/**
 * Exit 0 when the diff is written; 1 with --exit-code when HEAD differs from BASE, or with
 * --check when a changed procedure does not cite its decision and legal basis; 2 (UserError)
 * when a revision or a catalogue cannot be read or the options do not fit.
 * With --check the check's report goes to standard output, and the diff only to --out.
 */
export async function run(opts: DiffOptions, ctx: CommandContext, args: string[] = []): Promise<number> {
  const [baseRev, headRev] = args;
  if (baseRev === undefined || baseRev === "") {
    throw new UserError(
      say(
        ctx,
        "Thiếu BASE: cho biết phiên bản gốc để so sánh (nhánh, thẻ, mã commit hoặc thư mục), ví dụ: tthc diff main.",
        "Missing BASE: name the version to compare with (a branch, tag, commit or folder), e.g. tthc diff main.",
      ),
    );
  }
  const format = (opts.format ?? "text") as Format;
  if (!FORMATS.includes(format)) {
    throw new UserError(
      say(
        ctx,
        `Định dạng "${format}" không hỗ trợ. Chọn một trong: ${FORMATS.join(", ")}.`,
        `Unknown format "${format}". Use one of: ${FORMATS.join(", ")}.`,
      ),
    );
  }
  if (format === "docx" && opts.out === undefined && ctx.isTTY && !opts.check) {
    throw new UserError(
      say(
        ctx,
        "Tệp DOCX là dữ liệu nhị phân, không in ra màn hình được. Hãy ghi vào tệp: tthc diff " +
          baseRev +
          " --format docx --out phu-luc.docx",
        "A DOCX file is binary and cannot be shown in a terminal. Write it to a file: tthc diff " +
          baseRev +
          " --format docx --out annex.docx",
      ),
    );
  }

  const { base, head } = await loadCataloguePair(ctx, baseRev, headRev);
  const diff = diffCatalogues(base, head, { base: baseRev, head: headRev ?? WORKING_TREE });

  if (opts.check) {
    if (opts.out !== undefined) await writeOutput(ctx, opts.out, await render(ctx, diff, format, false, base, head, headRev));
    const problems = checkProvenance(diff, base, head);
    const options = { lang: ctx.lang, base: diff.base, head: diff.head };
    ctx.stdout(format === "json" ? renderDiffCheckJson(problems, options) : renderDiffCheckText(problems, options));
    if (problems.length > 0) return 1;
    return opts.exitCode && hasDifferences(diff) ? 1 : 0;
  }

  const output = await render(ctx, diff, format, opts.out === undefined && ctx.color, base, head, headRev);
  if (opts.out !== undefined) await writeOutput(ctx, opts.out, output);
  else if (typeof output === "string") ctx.stdout(output);
  else ctx.stdoutBytes(output);
  return opts.exitCode && hasDifferences(diff) ? 1 : 0;
}

async function render(
  ctx: CommandContext,
  diff: CatalogueDiff,
  format: Format,
  color: boolean,
  base: Catalogue,
  head: Catalogue,
  headRev: string | undefined,
): Promise<string | Uint8Array> {
  const options = { lang: ctx.lang, color };
  switch (format) {
    case "text":
      return renderDiffText(diff, ctx.columns === undefined ? options : { ...options, width: ctx.columns });
    case "md":
      return renderDiffMd(diff, options);
    case "html":
      return renderDiffHtml(diff, options);
    case "json":
      return renderDiffJson(diff);
    case "docx": {
      const { renderDiffDocx } = await import("../../render/diff/diff-docx.js");
      return renderDiffDocx(buildAnnex(diff, base, head), { created: await creationDate(ctx, headRev) });
    }
  }
}

/**
 * The date written into a DOCX, so the same input gives the same bytes: SOURCE_DATE_EPOCH when
 * set (the reproducible-builds convention), else the date of HEAD's commit (of the current
 * commit for the working tree), else, outside git, the clock.
 */
async function creationDate(ctx: CommandContext, headRev: string | undefined): Promise<string> {
  const epoch = ctx.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/u.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  const date = await readRevisionDate(ctx.cwd, headRev);
  if (date !== undefined) return new Date(date).toISOString();
  return new Date().toISOString();
}

/** Writes atomically (a temporary file in the same folder, then a rename). */
async function writeOutput(ctx: CommandContext, out: string, data: string | Uint8Array): Promise<void> {
  const path = resolve(ctx.cwd, out);
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    const shown = shownPath(ctx.cwd, path);
    throw new UserError(
      say(
        ctx,
        `Không ghi được tệp ${shown} (${reason}). Kiểm tra thư mục có tồn tại và có quyền ghi, rồi chạy lại.`,
        `Could not write ${shown} (${reason}). Check that the folder exists and is writable, then run again.`,
      ),
    );
  }
}

function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path).split(sep).join("/");
}
