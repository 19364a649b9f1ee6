// What a procedure is, as every computation asks it: where it stands, and whether it is in force.
import type { Catalogue, Deadline, PlacedProcedure, Procedure } from "./catalogue.js";
import { isoDay } from "./date.js";

/** Every procedure with its field, in file order then list order. */
export function listProcedures(catalogue: Pick<Catalogue, "fields">): PlacedProcedure[] {
  return catalogue.fields.flatMap(({ file, field }) =>
    (field.thu_tuc ?? []).map((procedure, index) => ({ field: field.ma, fieldName: field.ten, file, index, procedure })),
  );
}

/**
 * In force as the record stands: not abolished (`trang_thai: bai_bo`). A record that is abolished
 * is kept as history; whether a procedure is in force on a given day is `isEffectiveOn`.
 */
export function isInForce(procedure: Procedure): boolean {
  return procedure.trang_thai !== "bai_bo";
}

/** Abolished by `date` (YYYY-MM-DD): marked bai_bo by a decision dated on or before it (or undated). */
export function isAbolishedOn(procedure: Procedure, date: string): boolean {
  if (isInForce(procedure)) return false;
  const from = isoDay(procedure.bai_bo?.ngay);
  return from === undefined || from <= date;
}

/** Takes effect after `date`: its `hieu_luc_tu` is a later day. */
export function startsAfter(procedure: Procedure, date: string): boolean {
  const from = isoDay(procedure.hieu_luc_tu);
  return from !== undefined && from > date;
}

/**
 * In force on `date` (YYYY-MM-DD): already effective (no `hieu_luc_tu`, or one on or before it)
 * and not yet abolished (no `bai_bo`, or a decision dated after it). The same question as
 * `isInForce`, asked of a day instead of the record as it stands.
 */
export function isEffectiveOn(procedure: Procedure, date: string): boolean {
  return !isAbolishedOn(procedure, date) && !startsAfter(procedure, date);
}

/**
 * The procedure with `code`. A code can stand twice (an abolished record beside the one in
 * force, or a record moved to another field), so the one asked for wins: in `field` and of the
 * status asked (`inForce`), then of that status anywhere, then the first with the code.
 */
export function findProcedure(
  catalogue: Pick<Catalogue, "fields">,
  code: string,
  wanted: { field?: string; inForce?: boolean } = {},
): PlacedProcedure | undefined {
  const all = listProcedures(catalogue).filter((p) => p.procedure.ma === code);
  const fits = (p: PlacedProcedure) => wanted.inForce === undefined || isInForce(p.procedure) === wanted.inForce;
  return all.find((p) => (wanted.field === undefined || p.field === wanted.field) && fits(p)) ?? all.find(fits) ?? all[0];
}

/**
 * Whether a deadline states a number and unit. An imported one may be text only (`{ ghi_chu }`:
 * several cases, a number with no unit; docs/format.md, "Imported text"), which nothing
 * may count with.
 */
export function hasDeadlineValue(deadline: { gia_tri?: unknown; don_vi?: unknown } | undefined): deadline is Deadline {
  return typeof deadline?.gia_tri === "number" && typeof deadline.don_vi === "string";
}
