// Types of the catalogue, as docs/format.md defines it. Types only: this module
// imports nothing, so every other module can depend on it.

export type Level = "bo" | "tinh" | "huyen" | "xa";
export type Kind = "thong_thuong" | "lien_thong" | "noi_bo";
export type Applicant = "cong_dan_viet_nam" | "nguoi_nuoc_ngoai" | "doanh_nghiep" | "hop_tac_xa" | "to_chuc" | "can_bo_cong_chuc";
export type DeadlineUnit = "ngay_lam_viec" | "ngay" | "gio" | "thang";
export type ChannelKind = "truc_tiep" | "truc_tuyen" | "buu_chinh";
export type OnlineLevel = "toan_trinh" | "mot_phan" | "khong";
export type Status = "hieu_luc" | "bai_bo";

export interface Deadline {
  gia_tri: number;
  don_vi: DeadlineUnit;
  ghi_chu?: string;
}

/**
 * A deadline the record states only in words (several cases, a number with no unit): no
 * gia_tri/don_vi, the text kept as published (docs/format.md, "Imported text and review marks").
 */
export interface TextDeadline {
  ghi_chu: string;
}

/**
 * One element to review (`can_ra_soat`), written by `tthc import` where the national record
 * does not give the element or gives it in a form the importer cannot read.
 */
export interface ReviewMark {
  /** The top-level procedure key under review (thoi_han, thanh_phan_ho_so, …). */
  thanh_phan: string;
  /** Why, in Vietnamese, for the reviewer. */
  ly_do: string;
  /** The source's own text, for the reviewer. */
  van_ban_goc?: string;
}

export interface Step {
  mo_ta: string;
  chu_the: "nguoi_dan" | "co_quan";
  gio_nguoi_dan?: number;
}

export interface Channel {
  kenh: ChannelKind;
  thoi_han?: Deadline;
  ghi_chu?: string;
}

export interface DossierComponent {
  ten: string;
  mau?: string;
  ban_chinh?: number;
  ban_sao?: number;
  hinh_thuc?: "nop" | "xuat_trinh";
  ghi_chu?: string;
}

export interface Fee {
  ten: string;
  so_tien?: number;
  ghi_chu?: string;
}

export interface Form {
  ma: string;
  ten: string;
  van_ban?: string;
}

export interface Decision {
  quyet_dinh: string;
  ngay: string;
}

/** The decision that announces a version: `can_cu` is the document that prescribes the amendment. */
export interface Announcement extends Decision {
  can_cu?: string;
}

export interface Abolition extends Decision {
  can_cu: string;
}

export interface Procedure {
  ma: string;
  ten: string;
  cap: Level[];
  loai?: Kind;
  thanh_phan_lien_thong?: string[];
  doi_tuong: Applicant[];
  co_quan: { tham_quyen: string; thuc_hien?: string; phoi_hop?: string[] };
  dia_diem?: string;
  trinh_tu: Step[];
  thoi_han: Deadline;
  cach_thuc: Channel[];
  thanh_phan_ho_so: DossierComponent[];
  so_bo_ho_so?: number;
  ket_qua: string[];
  phi_le_phi: Fee[];
  mau_don: Form[];
  yeu_cau_dieu_kien: string[];
  can_cu_phap_ly: string[];
  dich_vu_cong?: { muc_do: OnlineLevel; url?: string };
  so_ho_so_nam?: number;
  chi_phi_khac?: number;
  hieu_luc_tu?: string;
  cong_bo?: Announcement;
  trang_thai?: Status;
  bai_bo?: Abolition;
  thay_the?: string;
}

export interface Field {
  ma: string;
  ten: string;
  phien_ban: string;
  thu_tuc: Procedure[];
}

export interface Manifest {
  phien_ban_dinh_dang: number;
  co_quan_quan_ly: string;
  dia_ban: string;
  dia_chi_phan_anh: string;
  gio_lam_viec: {
    sang: [string, string];
    chieu: [string, string];
    gio_chuyen_ngay: string;
  };
  chi_phi_tuan_thu?: {
    thu_nhap_binh_quan_thang: number;
    nguon?: string;
    so_ngay_lam_viec_thang: number;
    so_gio_lam_viec_ngay: number;
  };
  qr_goc?: string;
}

export interface Agency {
  id: string;
  ten: string;
  dia_chi?: string;
  dien_thoai?: string;
}

export interface LegalDocument {
  id: string;
  so_hieu?: string;
  ten: string;
  ngay_ban_hanh?: string;
  hieu_luc_tu?: string;
  het_hieu_luc_tu?: string | null;
}

/** One entry of a calendar list: a single day or an inclusive range. */
export interface CalendarEntry {
  ngay?: string;
  tu?: string;
  den?: string;
  ly_do?: string;
}

export interface CalendarYear {
  nam: number;
  ngay_nghi: CalendarEntry[];
  ngay_lam_bu: CalendarEntry[];
}

/** A field file with where it came from (path relative to the catalogue folder). */
export interface FieldFile {
  file: string;
  field: Field;
}

/** The whole catalogue, as read from one source (a folder or a git revision). */
export interface Catalogue {
  /** How the source is named to people: a folder path or a revision. */
  label: string;
  manifest: Manifest;
  agencies: Agency[];
  documents: LegalDocument[];
  calendars: CalendarYear[];
  fields: FieldFile[];
}

/** A procedure with the field it belongs to, the shape most computations walk. */
export interface PlacedProcedure {
  field: string;
  fieldName: string;
  file: string;
  index: number;
  procedure: Procedure;
}
