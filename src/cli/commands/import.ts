// tthc import FILE... [--level bo|tinh|xa] [--field NAME]... [--codes FILE] (--out DIR | --into)
//                     [--name TEN] [--dia-ban TEXT] [--format text|json]
//
// Catalogue files from the national portal's records: a new catalogue (--out) or additions to
// the current one (--into). Exit 0 when written; 2 (nothing written) for an unreadable or
// unrecognised source, a non-empty --out, a selection that matches nothing or bad options.

import { join, resolve } from "node:path";
import type { Level } from "../../model/catalogue.js";
import { planCatalogueImport, planNewCatalogue, type ImportPlan } from "../../portal/plan-import.js";
import { readCodesSource, readPortalSources, type SourceNote } from "../../portal/read-portal-sources.js";
import type { Selection } from "../../portal/select-records.js";
import { renderImportJson } from "../../render/import/import-json.js";
import { renderImportText } from "../../render/import/import-text.js";
import { loadCatalogueWithFiles } from "../../lint/load-catalogue.js";
import { loadBundledCalendars } from "../../source/load-bundled-calendars.js";
import { readInputFiles, shownPath } from "../../source/read-input-files.js";
import { checkNewFolder, writeCatalogueFiles, writeNewFolder } from "../../source/write-catalogue-files.js";
import { say, UserError, type CommandContext } from "../context.js";

export interface ImportOptions {
  level?: string;
  field?: string[];
  codes?: string;
  out?: string;
  into?: boolean;
  name?: string;
  diaBan?: string;
  format?: string;
}

export async function run(opts: ImportOptions, ctx: CommandContext, args: string[] = []): Promise<number> {
  if (args.length === 0) {
    throw new UserError(
      say(
        ctx,
        "Thiếu tệp dữ liệu: ghi các tệp JSON Lines bản ghi thủ tục của Cổng DVCQG, ví dụ: tthc import bo-tu-phap.jsonl --out catalogue",
        "No source file: name the portal's JSON Lines files of procedure records, e.g. tthc import bo-tu-phap.jsonl --out catalogue",
      ),
    );
  }
  if ((opts.out === undefined) === !opts.into) {
    throw new UserError(
      say(
        ctx,
        "Chọn đúng một trong hai: --out THƯ_MỤC (tạo danh mục mới trong thư mục mới hoặc rỗng) hoặc --into (thêm vào danh mục đang có).",
        "Choose exactly one of --out DIR (a new catalogue in a new or empty folder) or --into (add to the current catalogue).",
      ),
    );
  }
  if (opts.into && (opts.name !== undefined || opts.diaBan !== undefined)) {
    throw new UserError(
      say(
        ctx,
        "--name và --dia-ban chỉ dùng với --out: danh mục đang có đã ghi đơn vị trong tthc.yaml.",
        "--name and --dia-ban go with --out only: the current catalogue names its office in tthc.yaml.",
      ),
    );
  }
  const outDir = opts.out === undefined ? undefined : resolve(ctx.cwd, opts.out);
  // Refuse early what would be refused anyway, before reading sources.
  if (outDir !== undefined) await checkNewFolder(outDir, shownPath(ctx.cwd, outDir));
  const loaded = opts.into ? await loadCatalogueWithFiles(ctx) : undefined;

  const sources = readPortalSources(await readInputFiles(ctx.cwd, args));
  const notes: SourceNote[] = [...sources.notes];
  const selection: Selection = { fields: opts.field ?? [] };
  if (opts.level !== undefined) selection.level = opts.level as Level;
  if (opts.codes !== undefined) {
    const [file] = await readInputFiles(ctx.cwd, [opts.codes]);
    const list = readCodesSource(file!);
    selection.codes = list.codes;
    notes.push(...list.notes);
  }
  const year = currentYear(ctx.env);

  let plan: ImportPlan;
  let dir: string;
  if (outDir !== undefined) {
    const office = {
      ...(opts.name !== undefined ? { ten: opts.name } : {}),
      ...(opts.diaBan !== undefined ? { dia_ban: opts.diaBan } : {}),
    };
    plan = planNewCatalogue(sources.records, selection, { office, year, calendarTexts: await loadBundledCalendars([year, year + 1]) });
    dir = outDir;
    await writeNewFolder(dir, shownPath(ctx.cwd, dir), plan.files);
  } else {
    const texts = new Map(loaded!.files.flatMap((f) => (f.text === undefined ? [] : [[f.relative, f.text] as const])));
    plan = planCatalogueImport(sources.records, selection, { catalogue: loaded!.catalogue, texts }, { year });
    dir = loaded!.dir!;
    await writeCatalogueFiles(dir, shownPath(ctx.cwd, dir), plan.files);
  }

  const report = {
    sources: sources.sources,
    target: shownPath(ctx.cwd, dir),
    mode: outDir !== undefined ? ("out" as const) : ("into" as const),
    plan,
    files: [...plan.files.keys()].map((rel) => shownPath(ctx.cwd, join(dir, rel))),
    notes,
  };
  if (opts.format === "json") ctx.stdout(renderImportJson(report, { lang: ctx.lang }));
  else if (!ctx.quiet) ctx.stderr(renderImportText(report, { lang: ctx.lang }));
  return 0;
}

/** This year, for the calendars and field versions: SOURCE_DATE_EPOCH when set (reproducible runs), else the clock. */
function currentYear(env: NodeJS.ProcessEnv): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== undefined && /^\d+$/u.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.getUTCFullYear();
}
