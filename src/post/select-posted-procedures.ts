import type { Catalogue, Field, Level, Procedure } from "../model/catalogue.js";
import { isEffectiveOn } from "../model/procedure.js";

export interface PostFilter {
  /** Field codes to post; all fields when absent or empty. */
  fields?: string[];
  /** Only procedures done at this level. */
  level?: Level;
  /** Only procedures this agency resolves or carries out (co_quan.tham_quyen or thuc_hien). */
  agency?: string;
  /** The date of the sheets, YYYY-MM-DD: what is posted is what is in force on that day. */
  date: string;
}

export interface PostedField {
  field: Field;
  procedures: Procedure[];
}

/**
 * The procedures a one-stop office posts, field by field in catalogue order: those in force on
 * the date (not abolished, already effective, and not replaced by another procedure that is in
 * force), narrowed by the filter. Fields left with nothing are dropped.
 */
export function selectPostedProcedures(catalogue: Catalogue, filter: PostFilter): PostedField[] {
  const effective = (procedure: Procedure): boolean => isEffectiveOn(procedure, filter.date);
  // A procedure whose successor (thay_the) is already in force is history, even if nobody
  // marked it abolished.
  const replaced = new Set<string>();
  for (const { field } of catalogue.fields) {
    for (const procedure of field.thu_tuc ?? []) {
      if (procedure.thay_the && effective(procedure)) replaced.add(procedure.thay_the);
    }
  }
  const wanted = filter.fields && filter.fields.length > 0 ? new Set(filter.fields) : undefined;
  const posted: PostedField[] = [];
  for (const { field } of catalogue.fields) {
    if (wanted && !wanted.has(field.ma)) continue;
    const procedures = (field.thu_tuc ?? []).filter(
      (procedure) =>
        effective(procedure) &&
        !replaced.has(procedure.ma) &&
        (filter.level === undefined || (procedure.cap ?? []).includes(filter.level)) &&
        (filter.agency === undefined || procedure.co_quan?.tham_quyen === filter.agency || procedure.co_quan?.thuc_hien === filter.agency),
    );
    if (procedures.length > 0) posted.push({ field, procedures });
  }
  return posted;
}
