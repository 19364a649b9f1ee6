import type { Catalogue, Field, Level, Procedure } from "../model/catalogue.js";
import { isoDay } from "../model/date.js";
import { isAbolishedOn, isEffectiveOn, isInForce, startsAfter } from "../model/procedure.js";

export interface PostFilter {
  /** Field codes to post; all fields when absent or empty. */
  fields?: string[];
  /** Procedure codes to post; all procedures when absent or empty. */
  procedures?: string[];
  /** Only procedures done at this level. */
  level?: Level;
  /** Only procedures this agency resolves or carries out (co_quan.tham_quyen or thuc_hien). */
  agency?: string;
  /** The date of the sheets, YYYY-MM-DD: what is posted is what is in force on that day. */
  date: string;
  /** Also post the versions that take effect after the date, each with its own date. */
  upcoming?: boolean;
}

/** What the catalogue's history knows of the versions a procedure had before the working tree's. */
export interface EarlierVersions {
  /** The earlier versions of `code`, newest first; undefined when the history cannot be read. */
  of(code: string): Procedure[] | undefined;
}

/** No history at hand (a folder outside git): whether a later version had a predecessor is unknown. */
export const NO_HISTORY: EarlierVersions = { of: () => undefined };

/** A history that holds these versions and knows that no other code had an earlier one. */
export function knownHistory(versions: Record<string, Procedure[]> = {}): EarlierVersions {
  return { of: (code) => versions[code] ?? [] };
}

export interface PostedField {
  field: Field;
  /**
   * What goes on the board, in catalogue order: for each procedure the version in force on the
   * date; with `upcoming`, the versions that take effect later follow it, each with its own date.
   */
  procedures: Procedure[];
  /** Versions that take effect after the date and are not posted: named in the list's note. */
  upcoming: Procedure[];
  /**
   * Procedures posted in a version that takes effect after the date because the version in force
   * on it could not be had (no git history): the sheets and stderr say so.
   */
  unconfirmed: Procedure[];
}

/**
 * The codes whose working-tree record is not the one in force on the date although the procedure
 * may have been: a version that takes effect later. Only these need the catalogue's history.
 */
export function codesWantingHistory(catalogue: Pick<Catalogue, "fields">, date: string): { code: string; file: string }[] {
  return catalogue.fields.flatMap(({ file, field }) =>
    (field.thu_tuc ?? [])
      .filter((procedure) => !isAbolishedOn(procedure, date) && startsAfter(procedure, date))
      .map((procedure) => ({ code: procedure.ma, file })),
  );
}

/** A version settles the question for its date: it is the one in force, or the procedure was abolished by then. */
export function settlesDate(version: Procedure, date: string): boolean {
  return isEffectiveOn(version, date) || isAbolishedOn(version, date);
}

interface Resolved {
  /** The version in force on the date, if any. */
  current?: Procedure;
  /** Versions that take effect after the date, oldest first. */
  later: Procedure[];
  /** Whether history says what came before the later versions (false: it cannot be read). */
  known: boolean;
}

/** Walks a procedure's versions newest first (the working tree's, then the history's) to the date. */
function resolveOnDate(record: Procedure, date: string, history: EarlierVersions): Resolved {
  const earlier = history.of(record.ma);
  const later: Procedure[] = [];
  let nextStart: string | undefined;
  for (const version of [record, ...(earlier ?? [])]) {
    if (isAbolishedOn(version, date)) return { later: [], known: true };
    if (isEffectiveOn(version, date)) return { current: version, later: later.reverse(), known: true };
    if (!isInForce(version)) continue; // a later version already marked abolished is never posted
    // An older draft of a version that starts on or after a newer one's day never applies.
    const start = isoDay(version.hieu_luc_tu) ?? "";
    if (nextStart !== undefined && start >= nextStart) continue;
    nextStart = start;
    later.push(version);
  }
  return { later: later.reverse(), known: earlier !== undefined };
}

/**
 * The procedures a one-stop office posts for a date, field by field in catalogue order: each
 * procedure in the version in force on that day (from the history when the working tree holds a
 * later one), unless it is abolished by then or replaced by another procedure in force; narrowed
 * by the filter. A version that takes effect later is posted with `upcoming`, else named; when no
 * version in force can be found because the history cannot be read, the later one is posted and
 * marked, never dropped. Fields left with nothing are dropped. Without `history`, the working
 * tree is taken as the whole story (a record that starts later had no predecessor).
 */
export function selectPostedProcedures(catalogue: Catalogue, filter: PostFilter, history: EarlierVersions = knownHistory()): PostedField[] {
  const resolved = new Map<Procedure, Resolved>();
  for (const { field } of catalogue.fields) {
    for (const record of field.thu_tuc ?? []) resolved.set(record, resolveOnDate(record, filter.date, history));
  }
  // A procedure whose successor (thay_the) is in force on the date is history, even if nobody
  // marked it abolished.
  const replaced = new Set<string>();
  for (const { current } of resolved.values()) {
    if (current?.thay_the) replaced.add(current.thay_the);
  }
  const wantedFields = filter.fields && filter.fields.length > 0 ? new Set(filter.fields) : undefined;
  const wantedCodes = filter.procedures && filter.procedures.length > 0 ? new Set(filter.procedures) : undefined;
  const fits = (procedure: Procedure) =>
    (filter.level === undefined || (procedure.cap ?? []).includes(filter.level)) &&
    (filter.agency === undefined || procedure.co_quan?.tham_quyen === filter.agency || procedure.co_quan?.thuc_hien === filter.agency);

  const posted: PostedField[] = [];
  for (const { field } of catalogue.fields) {
    if (wantedFields && !wantedFields.has(field.ma)) continue;
    const entry: PostedField = { field, procedures: [], upcoming: [], unconfirmed: [] };
    for (const record of field.thu_tuc ?? []) {
      if (wantedCodes && !wantedCodes.has(record.ma)) continue;
      const { current, later, known } = resolved.get(record)!;
      if (current !== undefined) {
        if (replaced.has(current.ma) || !fits(current)) continue;
        entry.procedures.push(current);
        if (filter.upcoming) entry.procedures.push(...later.filter(fits));
        else entry.upcoming.push(...later.filter(fits));
        continue;
      }
      const next = later.filter(fits);
      if (next.length === 0) continue;
      if (!known) {
        // Only the later version exists: post it with its own date rather than leave a hole.
        entry.procedures.push(...(filter.upcoming ? next : next.slice(0, 1)));
        entry.unconfirmed.push(next[0]!);
      } else if (filter.upcoming) entry.procedures.push(...next);
      else entry.upcoming.push(...next);
    }
    if (entry.procedures.length > 0) posted.push(entry);
  }
  return posted;
}
