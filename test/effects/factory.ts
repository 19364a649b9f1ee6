// Catalogues in memory for the effects tests: a procedure with sensible defaults, and a
// catalogue from fields of procedures. Nothing here reads files.

import type { Catalogue, Manifest, Procedure } from "../../src/model/catalogue.js";
import { testManifest } from "../support/manifest.js";

/** A complete, valid procedure: 5 working days, 3 components of 1 original each, 1 applicant step. */
export function makeProcedure(ma: string, overrides: Partial<Procedure> = {}): Procedure {
  return {
    ma,
    ten: `Thủ tục ${ma}`,
    cap: ["xa"],
    doi_tuong: ["cong_dan_viet_nam"],
    co_quan: { tham_quyen: "ubnd-xa-a" },
    trinh_tu: [
      { mo_ta: "Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa.", chu_the: "nguoi_dan" },
      { mo_ta: "Công chức kiểm tra, trình ký.", chu_the: "co_quan" },
    ],
    thoi_han: { gia_tri: 5, don_vi: "ngay_lam_viec" },
    cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "buu_chinh" }],
    thanh_phan_ho_so: [
      { ten: "Tờ khai theo mẫu", ban_chinh: 1, ban_sao: 0 },
      { ten: "Giấy tờ tùy thân", ban_chinh: 1, ban_sao: 0 },
      { ten: "Giấy tờ chứng minh nơi cư trú", ban_chinh: 1, ban_sao: 0 },
    ],
    ket_qua: ["Kết quả giải quyết"],
    phi_le_phi: [],
    mau_don: [],
    yeu_cau_dieu_kien: [],
    can_cu_phap_ly: ["63/2010/ND-CP"],
    dich_vu_cong: { muc_do: "mot_phan" },
    ...overrides,
  };
}

/** A national-style code: one digit, a dot, six digits. */
export function code(kind: number, n: number): string {
  return `${kind}.${String(n).padStart(6, "0")}`;
}

export const COST_SETTINGS: NonNullable<Manifest["chi_phi_tuan_thu"]> = {
  thu_nhap_binh_quan_thang: 5_400_000,
  so_ngay_lam_viec_thang: 22,
  so_gio_lam_viec_ngay: 8,
};

export function makeManifest(costSettings: Manifest["chi_phi_tuan_thu"] | null = COST_SETTINGS): Manifest {
  return testManifest({ chi_phi_tuan_thu: costSettings ?? undefined });
}

export const FIELD_NAMES: Record<string, string> = {
  "ho-tich": "Hộ tịch",
  "chung-thuc": "Chứng thực",
  "dat-dai": "Đất đai",
  "xay-dung": "Xây dựng",
};

/** A catalogue with one field file per key of `fields`, in the given order. */
export function makeCatalogue(
  label: string,
  fields: Record<string, Procedure[]>,
  manifest: Manifest = makeManifest(),
): Catalogue {
  return {
    label,
    manifest,
    agencies: [
      { id: "ubnd-xa-a", ten: "Ủy ban nhân dân xã A" },
      { id: "ubnd-tinh-b", ten: "Ủy ban nhân dân tỉnh B" },
    ],
    documents: [],
    calendars: [],
    fields: Object.entries(fields).map(([ma, thu_tuc]) => ({
      file: `linh-vuc/${ma}.yaml`,
      field: { ma, ten: FIELD_NAMES[ma] ?? ma, phien_ban: "2026.1", thu_tuc },
    })),
  };
}

/** A deep copy to edit into the HEAD version, so BASE stays as it was. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
