import { pick } from "../../model/lang.js";
import type { ImportRenderOptions, ImportReport } from "./import-report.js";

/**
 * The report as docs/cli.md's JSON (sources, records, selected, imported, clean, review, skipped,
 * files), with a few more keys: unmatched_codes (codes of --codes no source holds), present
 * (--into: procedures the catalogue already has, untouched), notes (lines read past). Reasons
 * and notes are in the reader's language.
 */
export function renderImportJson(report: ImportReport, options: ImportRenderOptions): string {
  const { plan } = report;
  const json = {
    sources: report.sources,
    records: plan.records,
    selected: plan.selected,
    imported: plan.imported,
    clean: plan.clean,
    review: plan.review,
    skipped: plan.skipped.map((s) => ({ code: s.code, reason: pick(options.lang, s.reason), source: s.source, line: s.line })),
    files: report.files,
    unmatched_codes: plan.unmatchedCodes,
    present: plan.present,
    notes: report.notes.map((n) => ({ source: n.source, line: n.line, message: pick(options.lang, n.message) })),
  };
  return JSON.stringify(json, null, 2) + "\n";
}
