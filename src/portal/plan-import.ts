// What `tthc import` (and `tthc init --from`) writes, decided without touching the disk: the
// records of the selection → the files of a new catalogue (--out) or the additions to an
// existing one (--into), with the counts of the report.
import type { Catalogue } from "../model/catalogue.js";
import type { Text } from "../model/lang.js";
import { Refusal } from "../model/refusal.js";
import { importRecords, type ImportResult } from "./import-records.js";
import type { ImportedProcedure } from "./imported-procedure.js";
import { existingNamesOf, planCatalogueAdditions } from "./plan-catalogue-additions.js";
import { renderNewCatalogue, type NewCatalogueOptions, type Office } from "./render-new-catalogue.js";
import type { Selection, SourcedRecord } from "./select-records.js";

/** The import's counts (as importRecords gives them; `imported` counts what is written), and what to write. */
export interface ImportPlan extends Pick<
  ImportResult,
  "records" | "selected" | "imported" | "clean" | "review" | "skipped" | "unmatchedCodes"
> {
  /** Files to write, relative to the catalogue folder → full text. */
  files: Map<string, string>;
  /** --into: codes the catalogue already has, never touched, with their file. */
  present: { code: string; file: string }[];
  /** Whether the office's name or locality is a placeholder to be filled in (--out without them). */
  officeToFill: boolean;
}

/** The office when --name and --dia-ban are not given: said plainly, and named in the report. */
export const OFFICE_TO_FILL: Office = {
  ten: "Cơ quan quản lý danh mục (chưa ghi tên)",
  id: "co-quan-quan-ly",
  dia_ban: "Chưa ghi địa bàn",
};

/**
 * `--out`: a complete new catalogue from the selected records. Refused (nothing to write) when
 * no record of the selection can be imported.
 */
export function planNewCatalogue(
  records: readonly SourcedRecord[],
  selection: Selection,
  options: Omit<NewCatalogueOptions, "office"> & { office?: Partial<Office> },
): ImportPlan {
  const result = importRecords(records, selection);
  refuseEmpty(result, selection);
  const given = options.office ?? {};
  const office: Office = {
    ...given,
    ten: given.ten ?? OFFICE_TO_FILL.ten,
    dia_ban: given.dia_ban ?? OFFICE_TO_FILL.dia_ban,
    ...(given.ten === undefined && given.id === undefined ? { id: OFFICE_TO_FILL.id } : {}),
  };
  const files = renderNewCatalogue(result.catalogue, { ...options, office });
  const procedures = result.catalogue.fields.flatMap((f) => f.procedures);
  return {
    ...counts(result, procedures),
    files,
    present: [],
    officeToFill: given.ten === undefined || given.dia_ban === undefined,
  };
}

/**
 * `--into`: what the selected records add to an existing catalogue (its parsed data and its
 * files' texts): new procedures appended to their fields' files, agencies and legal documents
 * it lacks; a procedure it already has is never touched, only listed under `present`.
 */
export function planCatalogueImport(
  records: readonly SourcedRecord[],
  selection: Selection,
  existing: { catalogue: Pick<Catalogue, "agencies" | "documents" | "fields">; texts: ReadonlyMap<string, string> },
  options: { year: number; schemasDir?: string },
): ImportPlan {
  const result = importRecords(records, selection, existingNamesOf(existing.catalogue));
  refuseEmpty(result, selection);
  const codes = new Map<string, string>();
  for (const { file, field } of existing.catalogue.fields) {
    for (const p of field.thu_tuc ?? []) {
      const code = String(p?.ma ?? "");
      if (!codes.has(code)) codes.set(code, file);
    }
  }
  const additions = planCatalogueAdditions(result, { files: existing.texts, codes }, options);
  const added = new Set(additions.added.map((a) => a.code));
  const procedures = result.catalogue.fields.flatMap((f) => f.procedures).filter((p) => added.has(p.ma));
  return { ...counts(result, procedures), files: additions.files, present: additions.present, officeToFill: false };
}

function counts(result: ImportResult, written: readonly ImportedProcedure[]) {
  const review: Record<string, number> = {};
  let clean = 0;
  for (const p of written) {
    const marks = new Set((p.can_ra_soat ?? []).map((m) => m.thanh_phan));
    if (marks.size === 0) clean++;
    for (const m of marks) review[m] = (review[m] ?? 0) + 1;
  }
  return {
    records: result.records,
    selected: result.selected,
    imported: written.length,
    clean,
    review: Object.fromEntries(Object.entries(review).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    skipped: result.skipped,
    unmatchedCodes: result.unmatchedCodes,
  };
}

function refuseEmpty(result: ImportResult, selection: Selection): void {
  if (result.imported > 0) return;
  const asked: Text[] = [];
  if (selection.level) asked.push({ vi: `--level ${selection.level}`, en: `--level ${selection.level}` });
  for (const f of selection.fields ?? []) asked.push({ vi: `--field "${f}"`, en: `--field "${f}"` });
  if (selection.codes && selection.codes.length > 0) {
    asked.push({ vi: `${selection.codes.length} mã của --codes`, en: `${selection.codes.length} code(s) of --codes` });
  }
  const vi = asked.map((a) => a.vi).join(", ");
  const en = asked.map((a) => a.en).join(", ");
  if (result.selected === 0) {
    throw new Refusal({
      vi: `Không bản ghi nào trong ${result.records} bản ghi khớp lựa chọn${vi ? ` (${vi})` : ""} nên không có gì được ghi. Kiểm tra cấp, tên lĩnh vực (như Cổng ghi, không cần dấu) hoặc danh sách mã.`,
      en: `None of the ${result.records} records matches the selection${en ? ` (${en})` : ""}, so nothing was written. Check the level, the field names (as the portal writes them; diacritics optional) or the list of codes.`,
    });
  }
  throw new Refusal({
    vi: `Không nhập được bản ghi nào (${result.skipped.length} bản ghi bị bỏ qua, ví dụ ${result.skipped[0]!.source} dòng ${result.skipped[0]!.line}: ${result.skipped[0]!.reason.vi}) nên không có gì được ghi.`,
    en: `No record could be imported (${result.skipped.length} skipped, e.g. ${result.skipped[0]!.source} line ${result.skipped[0]!.line}: ${result.skipped[0]!.reason.en}), so nothing was written.`,
  });
}
