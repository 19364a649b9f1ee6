// The importer's core: national portal records in, catalogue data and files out. Pure (no file
// system, no clock, no process); the CLI reads the sources and writes what this returns.
//
// How `tthc import` uses it:
//
//   1. Each FILE: `detectSourceKind(bytes)` → "records" (JSON Lines), "xlsx" or "codes" (a list
//      for --codes), "unknown" (refuse, exit 2). Records: `readPortalRecords(text)` → records
//      with line numbers and per-line problems; `recognised: false` (no record at all) → refuse
//      the file, exit 2. --codes FILE: `readCodeList(bytes)` (.xlsx list export or text).
//   2. `importRecords(sources, { level, fields, codes })` → every selected record converted
//      (`convertRecord`), the catalogue's data (`buildImportedCatalogue`), the counts of the
//      report (records, selected, imported, clean, review by element) and `skipped`.
//   3. --out DIR: `renderNewCatalogue(result.catalogue, { office, year, calendarTexts })` →
//      path → text of a complete catalogue; write each atomically.
//      --into: `importRecords(sources, selection, existingNames(catalogue))` then
//      `planCatalogueAdditions(result, existingFiles)` → the texts to write (existing files with
//      text appended, new field files), the codes added and those already present (untouched).
//   4. `tthc reconcile FILE...`: the same reading, then `reconcileCatalogue(catalogue, records,
//      options)` → the report of docs/cli.md (differ, missing, not_national, local).
//
// Every text written is canonical (`formatCatalogueText` returns it unchanged) and the same
// input gives the same bytes: ids and order depend on the records' content, not their order.

import { convertRecord, type ConvertedRecord } from "./convert-record.js";
import { buildImportedCatalogue, type ExistingNames, type ImportedCatalogue } from "./build-imported-catalogue.js";
import { selectRecords, type Selection, type SkippedRecord, type SourcedRecord } from "./select-records.js";

export interface ImportResult {
  /** Records read from every source. */
  records: number;
  /** Records in the selection (level, fields, codes), skipped ones included. */
  selected: number;
  imported: number;
  /** Imported procedures with no review mark. */
  clean: number;
  /** Procedures with a review mark, by element (a top-level procedure key). */
  review: Record<string, number>;
  skipped: SkippedRecord[];
  unmatchedCodes: string[];
  converted: ConvertedRecord[];
  catalogue: ImportedCatalogue;
}

/** Selected records → procedures and the catalogue's data, with the report's counts. */
export function importRecords(records: readonly SourcedRecord[], selection: Selection = {}, existing?: ExistingNames): ImportResult {
  const { selected, skipped, unmatchedCodes } = selectRecords(records, selection);
  const converted = selected.map((s) => convertRecord(s.record));
  const review: Record<string, number> = {};
  let clean = 0;
  for (const c of converted) {
    const marks = c.procedure.can_ra_soat ?? [];
    if (marks.length === 0) clean++;
    for (const m of marks) review[m.thanh_phan] = (review[m.thanh_phan] ?? 0) + 1;
  }
  const sortedReview = Object.fromEntries(Object.entries(review).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  return {
    records: records.length,
    selected: selected.length + skipped.length,
    imported: converted.length,
    clean,
    review: sortedReview,
    skipped,
    unmatchedCodes,
    converted,
    catalogue: buildImportedCatalogue(converted, existing),
  };
}
