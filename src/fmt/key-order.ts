import { PROCEDURE_KEYS } from "../model/procedure-keys.js";
import type { FileKind } from "../model/file-kind.js";

/**
 * What the formatter knows about one mapping: the order of its keys (docs/format.md,
 * the order of its examples), what to do inside each key's value, and which values are codes
 * that must be quoted text. Unknown keys are kept, after the known ones, in their own order.
 */
export interface MapShape {
  keys: readonly string[];
  /** The shape of the value of a key: a mapping, or a list whose items have this shape. */
  children?: Readonly<Record<string, MapShape | ListShape>>;
  /** Keys whose scalar value is a code, always written as a double-quoted string. */
  quoted?: readonly string[];
}

export interface ListShape {
  /** The shape of every item that is a mapping. */
  items?: MapShape;
  /** Whether every scalar item is a code to be quoted (thanh_phan_lien_thong). */
  quotedItems?: boolean;
}

const DEADLINE: MapShape = { keys: ["gia_tri", "don_vi", "ghi_chu"] };
const DECISION: MapShape = { keys: ["quyet_dinh", "ngay"] };
const CALENDAR_ENTRY: MapShape = { keys: ["ngay", "tu", "den", "ly_do"] };

export const PROCEDURE_SHAPE: MapShape = {
  keys: [...PROCEDURE_KEYS],
  quoted: ["ma", "thay_the"],
  children: {
    thanh_phan_lien_thong: { quotedItems: true },
    co_quan: { keys: ["tham_quyen", "thuc_hien", "phoi_hop"] },
    trinh_tu: { items: { keys: ["mo_ta", "chu_the", "gio_nguoi_dan"] } },
    thoi_han: DEADLINE,
    cach_thuc: { items: { keys: ["kenh", "thoi_han", "ghi_chu"], children: { thoi_han: DEADLINE } } },
    thanh_phan_ho_so: { items: { keys: ["ten", "mau", "ban_chinh", "ban_sao", "hinh_thuc", "ghi_chu"] } },
    phi_le_phi: { items: { keys: ["ten", "so_tien", "ghi_chu"] } },
    mau_don: { items: { keys: ["ma", "ten", "van_ban"] } },
    dich_vu_cong: { keys: ["muc_do", "url"] },
    cong_bo: DECISION,
    bai_bo: { keys: ["quyet_dinh", "ngay", "can_cu"] },
    can_ra_soat: { items: { keys: ["thanh_phan", "ly_do", "van_ban_goc"] } },
  },
};

const SHAPES: Record<FileKind, MapShape> = {
  manifest: {
    keys: ["phien_ban_dinh_dang", "co_quan_quan_ly", "dia_ban", "dia_chi_phan_anh", "gio_lam_viec", "chi_phi_tuan_thu", "qr_goc"],
    children: {
      gio_lam_viec: { keys: ["sang", "chieu", "gio_chuyen_ngay"] },
      chi_phi_tuan_thu: { keys: ["thu_nhap_binh_quan_thang", "nguon", "so_ngay_lam_viec_thang", "so_gio_lam_viec_ngay"] },
    },
  },
  agencies: {
    keys: ["co_quan"],
    children: { co_quan: { items: { keys: ["id", "ten", "dia_chi", "dien_thoai"] } } },
  },
  documents: {
    keys: ["van_ban"],
    children: { van_ban: { items: { keys: ["id", "so_hieu", "ten", "ngay_ban_hanh", "hieu_luc_tu", "het_hieu_luc_tu"] } } },
  },
  calendar: {
    keys: ["nam", "ngay_nghi", "ngay_lam_bu"],
    children: { ngay_nghi: { items: CALENDAR_ENTRY }, ngay_lam_bu: { items: CALENDAR_ENTRY } },
  },
  field: {
    keys: ["ma", "ten", "phien_ban", "thu_tuc"],
    quoted: ["phien_ban"],
    children: { thu_tuc: { items: PROCEDURE_SHAPE } },
  },
};

/** The shape of a whole file of this kind. */
export function keyOrder(kind: FileKind): MapShape {
  return SHAPES[kind];
}

export function isListShape(shape: MapShape | ListShape): shape is ListShape {
  return !("keys" in shape);
}
