// The top-level keys of a procedure in the order of docs/format.md: the order `tthc fmt`
// writes, the diff reports and the sheets follow. Plain data; imports nothing.

/** The keys of a procedure in the order of docs/format.md. */
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
  "can_ra_soat",
] as const;
