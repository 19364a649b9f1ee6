// tthc reconcile FILE... [--level bo|tinh|xa] [--field NAME]... [--code CODE]...
//                        [--format text|md|json|github]
//
// The catalogue held against the national database's records (NĐ 63/2010 Art. 26(2)).
// Exit 0 when everything matches, 1 when a procedure differs, is missing or is not national,
// 2 when it cannot run.

import type { Level } from "../../model/catalogue.js";
import { LEVEL_WORDS } from "../../words/enum-words.js";
import { pick } from "../../model/lang.js";
import { locateProcedures } from "../../lint/locate-procedures.js";
import { loadCatalogueWithFiles } from "../../lint/load-catalogue.js";
import { readPortalSources } from "../../portal/read-portal-sources.js";
import { defaultReconcileLevel, reconcileCatalogue } from "../../portal/reconcile-catalogue.js";
import { renderReconcileGithub } from "../../render/reconcile/reconcile-github.js";
import { renderReconcileJson } from "../../render/reconcile/reconcile-json.js";
import { renderReconcileMd } from "../../render/reconcile/reconcile-md.js";
import { renderReconcileText } from "../../render/reconcile/reconcile-text.js";
import { hasFindings, type ReconcileOutput } from "../../render/reconcile/reconcile-wording.js";
import { appendStepSummary, findAnnotationRoot, relativeToRoot } from "../../source/github-environment.js";
import { readInputFiles } from "../../source/read-input-files.js";
import { say, UserError, type CommandContext } from "../context.js";

export interface ReconcileOptions {
  level?: string;
  field?: string[];
  code?: string[];
  format?: string;
}

export async function run(opts: ReconcileOptions, ctx: CommandContext, args: string[] = []): Promise<number> {
  if (args.length === 0) {
    throw new UserError(
      say(
        ctx,
        "Thiếu tệp dữ liệu: ghi các tệp JSON Lines bản ghi thủ tục của Cổng DVCQG, ví dụ: tthc reconcile bo-tu-phap.jsonl",
        "No source file: name the portal's JSON Lines files of procedure records, e.g. tthc reconcile bo-tu-phap.jsonl",
      ),
    );
  }
  const loaded = await loadCatalogueWithFiles(ctx);
  const level = (opts.level as Level | undefined) ?? defaultReconcileLevel(loaded.catalogue);
  if (level === undefined) {
    const choices = (["xa", "tinh", "bo"] as const).map((l) => `--level ${l} (${pick(ctx.lang, LEVEL_WORDS[l].phrase)})`).join(", ");
    throw new UserError(
      say(
        ctx,
        `Các thủ tục của danh mục không cùng một cấp thực hiện nên không biết đối chiếu với các bản ghi của cấp nào. Hãy chọn cấp: ${choices}.`,
        `The catalogue's procedures share no level, so the records' level to hold them against is unknown. Choose one: ${choices}.`,
      ),
    );
  }
  const sources = readPortalSources(await readInputFiles(ctx.cwd, args));
  const result = reconcileCatalogue(loaded.catalogue, sources.records, { level, fields: opts.field, codes: opts.code });
  const report: ReconcileOutput = { sources: sources.sources, ...result };

  if (!ctx.quiet && opts.format !== "json") {
    for (const note of sources.notes) ctx.stderr(`${note.source}:${note.line}: ${pick(ctx.lang, note.message)}\n`);
  }
  switch (opts.format ?? "text") {
    case "json":
      ctx.stdout(renderReconcileJson(report));
      break;
    case "md":
      ctx.stdout(renderReconcileMd(report, { lang: ctx.lang }));
      break;
    case "github": {
      const root = await findAnnotationRoot(ctx.cwd, ctx.env);
      const rooted = (shown: string) => relativeToRoot(ctx.cwd, root, shown);
      const codes = new Set([...report.differ, ...report.not_national].map((p) => p.code));
      const places = new Map([...locateProcedures(loaded, codes)].map(([code, place]) => [code, { ...place, file: rooted(place.file) }]));
      const fallback = { file: rooted(loaded.displayPath("tthc.yaml")), line: 1, column: 1, endLine: 1, endColumn: 1 };
      await appendStepSummary(ctx.env, renderReconcileMd(report, { lang: ctx.lang }));
      ctx.stdout(renderReconcileGithub(report, { lang: ctx.lang, places, fallback }));
      break;
    }
    default:
      ctx.stdout(renderReconcileText(report, { lang: ctx.lang }));
  }
  return hasFindings(report) ? 1 : 0;
}
