// Types of what the importer reads and writes. Types only.
import type { Applicant, Channel, Deadline, DossierComponent, Fee, Form, Level, ReviewMark, TextDeadline } from "../model/catalogue.js";

/**
 * One procedure record of the national portal, as its JSON Lines export writes it
 * (data/dvcqg/README.md). Every value is text; any may be missing or empty.
 */
export interface PortalRecord {
  ma_thu_tuc: string;
  detail_url?: string;
  ten_thu_tuc?: string;
  so_quyet_dinh?: string;
  cap_thuc_hien?: string;
  loai_thu_tuc?: string;
  linh_vuc?: string;
  doi_tuong_thuc_hien?: string;
  co_quan_co_tham_quyen?: string;
  dia_chi_tiep_nhan?: string;
  co_quan_duoc_uy_quyen?: string;
  co_quan_phoi_hop?: string;
  thu_tuc_lien_quan?: string;
  trinh_tu_thuc_hien?: string;
  cach_thuc_thuc_hien?: string;
  thanh_phan_ho_so?: string;
  can_cu_phap_ly?: string;
  co_quan_thuc_hien?: string;
  yeu_cau_dieu_kien?: string;
  ket_qua_xu_ly?: string;
  [key: string]: unknown;
}

/** A step as imported: who performs it is left out where the text does not say. */
export interface ImportedStep {
  mo_ta: string;
  chu_the?: "nguoi_dan" | "co_quan";
}

/**
 * A procedure as the importer writes it: the format's procedure where every element may be
 * missing, because the record did not give it, and `can_ra_soat` lists each such element.
 * `co_quan` holds agency ids in a catalogue; straight from `convertRecord` it holds the
 * agencies' names, which `buildImportedCatalogue` turns into ids.
 */
export interface ImportedProcedure {
  ma: string;
  ten: string;
  cap?: Level[];
  doi_tuong?: Applicant[];
  co_quan?: { tham_quyen?: string; thuc_hien?: string; phoi_hop?: string[] };
  dia_diem?: string;
  trinh_tu?: ImportedStep[];
  thoi_han?: Deadline | TextDeadline;
  cach_thuc?: Channel[];
  thanh_phan_ho_so?: DossierComponent[];
  so_bo_ho_so?: number;
  ket_qua?: string[];
  phi_le_phi?: Fee[];
  mau_don?: Form[];
  yeu_cau_dieu_kien?: string[];
  can_cu_phap_ly?: string[];
  can_ra_soat?: ReviewMark[];
}
