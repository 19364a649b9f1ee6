// The structured diff of two catalogue versions: what `tthc diff` computes and every renderer
// reads. The keys of docs/cli.md (`tthc diff --format json`) are a contract for CI scripts:
// add keys, never rename or drop one. Types only.

/** One step of a path: a key, a list index, or a list item's identity (a component's `ten`). */
export type PathSegment = string | number;

/**
 * One change inside a procedure. `before` is null when the value or list item is new,
 * `after` is null when it is gone. Strings are in NFC.
 *
 * Paths: keys by name; a list whose items have an identity (thanh_phan_ho_so and phi_le_phi by
 * `ten`, mau_don by `ma`, cach_thuc by `kenh`) by that identity, so a reordered list changes no
 * path; trinh_tu and the lists of strings by index (the index in HEAD, or in BASE for an item
 * that is gone).
 */
export interface Change {
  path: PathSegment[];
  before: unknown;
  after: unknown;
  /**
   * For a change of a deadline's amount or unit: the whole deadline before and after, so that a
   * reader sees "1 ngày làm việc → 3 ngày làm việc" rather than a number. Not in the JSON.
   */
  deadline?: { before: unknown; after: unknown };
}

export interface ProcedureRef {
  code: string;
  name: string;
  /** The field code (the file name of linh-vuc/<code>.yaml). */
  field: string;
  /** Added key: the field's name, for the "Lĩnh vực" column. */
  field_name: string;
}

export interface AmendedProcedure extends ProcedureRef {
  /** The top-level procedure keys that changed, in the order of docs/format.md. */
  elements: string[];
  changes: Change[];
  /**
   * Added key: true when an element that a Quyết định công bố announces changed (NĐ 63/2010
   * Art. 8 and 15: steps, channels, dossier, deadline, …), false when only record keeping did
   * (cong_bo, hieu_luc_tu, so_ho_so_nam, chi_phi_khac, dich_vu_cong). Only the first kind goes
   * into the decision's annex and needs a new decision under --check.
   */
  legal_change: boolean;
  /** Added key: the field in BASE when the procedure also moved to another field. */
  field_before?: string;
  /** Added key: that field's name, for readers. */
  field_before_name?: string;
}

export interface ReplacedProcedure extends ProcedureRef {
  /** The code of the BASE procedure this one replaces (HEAD's `thay_the`). */
  replaces: string;
  /** Added key: the replaced procedure's name in BASE. */
  replaces_name: string;
  /** Added keys: what differs from the replaced procedure (ma and thay_the left out). */
  elements: string[];
  changes: Change[];
}

export interface AbolishedProcedure extends ProcedureRef {
  /** Added key: "status" (kept with trang_thai: bai_bo) or "removal" (the record was deleted). */
  by: "status" | "removal";
}

/** A procedure whose content did not change but that now belongs to another field. */
export interface MovedProcedure extends ProcedureRef {
  from: string;
  /** Added key: the former field's name, for readers. */
  from_name: string;
}

export interface CatalogueDiff {
  base: string;
  head: string;
  added: ProcedureRef[];
  amended: AmendedProcedure[];
  replaced: ReplacedProcedure[];
  abolished: AbolishedProcedure[];
  /** Procedures present on both sides (matched by code) with no change at all. */
  unchanged: number;
  /** Added key: procedures moved to another field with no other change. */
  moved: MovedProcedure[];
  /**
   * How the ids that changed values hold read to people: agencies by name, legal documents by
   * their number as printed (so_hieu). From both versions, HEAD's first. Not in the JSON.
   */
  names?: DiffNames;
}

export interface DiffNames {
  agencies: Readonly<Record<string, string>>;
  documents: Readonly<Record<string, string>>;
}
