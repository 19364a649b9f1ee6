import { jsonChange, type ReconcileOutput } from "./reconcile-wording.js";

/** docs/cli.md's JSON: sources, records, level, compared, same, differ, missing, not_national, local. */
export function renderReconcileJson(report: ReconcileOutput): string {
  const json = {
    sources: report.sources,
    records: report.records,
    level: report.level ?? null,
    compared: report.compared,
    same: report.same,
    differ: report.differ.map((d) => ({
      code: d.code,
      name: d.name,
      field: d.field,
      elements: d.elements,
      changes: d.changes.map(jsonChange),
    })),
    missing: report.missing,
    not_national: report.not_national,
    local: report.local,
  };
  return JSON.stringify(json, null, 2) + "\n";
}
