// The top-level keys of a procedure, as catalogue-format.md orders them, and which of them are
// the legal elements a Quyết định công bố announces. Plain data shared by the diff, the
// provenance check and the renderers.

/** The keys of a procedure in the order of catalogue-format.md (and of `tthc fmt`). */
export const PROCEDURE_KEYS = [
  "ma",
  "ten",
  "cap",
  "loai",
  "thanh_phan_lien_thong",
  "doi_tuong",
  "co_quan",
  "dia_diem",
  "trinh_tu",
  "thoi_han",
  "cach_thuc",
  "thanh_phan_ho_so",
  "so_bo_ho_so",
  "ket_qua",
  "phi_le_phi",
  "mau_don",
  "yeu_cau_dieu_kien",
  "can_cu_phap_ly",
  "dich_vu_cong",
  "so_ho_so_nam",
  "chi_phi_khac",
  "hieu_luc_tu",
  "cong_bo",
  "trang_thai",
  "bai_bo",
  "thay_the",
] as const;

/**
 * Keys that keep the record rather than state the procedure: who announced it and when, its
 * status, the compliance-cost inputs, the online-service link. A change to these alone is not
 * an amendment of the procedure in the sense of NĐ 63/2010 Art. 8 and 15, so it needs no new
 * decision and does not go into the annex.
 */
export const RECORD_KEYS: ReadonlySet<string> = new Set([
  "dich_vu_cong",
  "so_ho_so_nam",
  "chi_phi_khac",
  "hieu_luc_tu",
  "cong_bo",
  "trang_thai",
  "bai_bo",
  "thay_the",
]);

/** True when `key` is an element the decision announces (name, steps, dossier, deadline, …). */
export function isLegalElement(key: string): boolean {
  return !RECORD_KEYS.has(key) && key !== "ma";
}

/** Orders keys as catalogue-format.md does; keys it does not know go last, alphabetically. */
export function orderKeys(keys: Iterable<string>): string[] {
  const rank = new Map<string, number>(PROCEDURE_KEYS.map((k, i) => [k, i]));
  return [...new Set(keys)].sort((a, b) => {
    const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });
}
