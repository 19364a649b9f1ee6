// The shape of `tthc stats --format json` (docs/cli.md: English snake_case keys, a stable
// interface for scripts: add keys freely, never rename or drop one).

/** One row of a breakdown: a field, level, agency or kind, with its count and share. */
export interface CountRow {
  /** Field code, level, agency id or kind, as in the catalogue. */
  key: string;
  /** Field or agency name from the catalogue; Vietnamese names for levels and kinds. */
  name: string;
  count: number;
  /** Share of `total`, in percent with one decimal. */
  percent: number;
}

export interface OnlineCounts {
  toan_trinh: number;
  mot_phan: number;
  khong: number;
}

export interface CatalogueStats {
  /** How the catalogue was named: "working tree", a folder, a revision. */
  catalogue: string;
  /** Procedures in force (trang_thai not bai_bo); every count below is over these. */
  total: number;
  /** Procedures kept in the files as abolished (trang_thai: bai_bo), not in `total`. */
  abolished: number;
  by_field: CountRow[];
  /** A procedure done at several levels counts in each, so these may add up to more than total. */
  by_level: CountRow[];
  /** Procedures done at more than one level (the reason by_level may add up to more). */
  multi_level: number;
  /** By competent agency (co_quan.tham_quyen). */
  by_agency: CountRow[];
  /** By kind (loai); a procedure without loai is thong_thuong. */
  by_kind: CountRow[];
  /** By online service level; a procedure without dich_vu_cong counts as khong. */
  online: OnlineCounts;
  online_percent: OnlineCounts;
  /** Procedures offered fully or partly online. */
  online_any: number;
  online_any_percent: number;
  /** Procedures with a postal channel (buu_chinh): dossier received and result returned by post. */
  postal: number;
  postal_percent: number;
  /**
   * Procedures with a fee: at least one phi_le_phi item with so_tien > 0, or without so_tien
   * (an amount set elsewhere, e.g. by a provincial resolution, which the applicant still pays).
   */
  with_fee: number;
  with_fee_percent: number;
  /** Of with_fee, those whose every charged item has no so_tien (amount set elsewhere). */
  with_fee_amount_elsewhere: number;
}
