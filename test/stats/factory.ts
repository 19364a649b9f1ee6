// Catalogues in memory for the stats tests. Nothing here reads files.
import type { Catalogue, Procedure } from "../../src/model/catalogue.js";
import { testManifest } from "../support/manifest.js";

export function makeProcedure(ma: string, overrides: Partial<Procedure> = {}): Procedure {
  return {
    ma,
    ten: `Thủ tục ${ma}`,
    cap: ["xa"],
    doi_tuong: ["cong_dan_viet_nam"],
    co_quan: { tham_quyen: "ubnd-xa-a" },
    trinh_tu: [{ mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan" }],
    thoi_han: { gia_tri: 5, don_vi: "ngay_lam_viec" },
    cach_thuc: [{ kenh: "truc_tiep" }],
    thanh_phan_ho_so: [{ ten: "Tờ khai", ban_chinh: 1 }],
    ket_qua: ["Kết quả"],
    phi_le_phi: [],
    mau_don: [],
    yeu_cau_dieu_kien: [],
    can_cu_phap_ly: ["63/2010/ND-CP"],
    ...overrides,
  };
}

export function makeCatalogue(fields: { ma: string; ten: string; thu_tuc: Procedure[] }[]): Catalogue {
  return {
    label: "working tree",
    manifest: testManifest(),
    agencies: [
      { id: "ubnd-xa-a", ten: "Ủy ban nhân dân xã A" },
      { id: "cong-an-xa-a", ten: "Công an xã A" },
      { id: "ubnd-tinh-b", ten: "Ủy ban nhân dân tỉnh B" },
    ],
    documents: [],
    calendars: [],
    fields: fields.map((f) => ({ file: `linh-vuc/${f.ma}.yaml`, field: { ...f, phien_ban: "2026.1" } })),
  };
}

/**
 * Ten procedures in force and two abolished, with every case the counts distinguish:
 * several levels, missing loai, missing dich_vu_cong, fees of 0, > 0 and without amount.
 */
export function sampleCatalogue(): Catalogue {
  const abolished = { trang_thai: "bai_bo" as const, bai_bo: { quyet_dinh: "1/QĐ-UBND", ngay: "2026-01-02", can_cu: "x" } };
  return makeCatalogue([
    {
      ma: "ho-tich",
      ten: "Hộ tịch",
      thu_tuc: [
        makeProcedure("1.000001", { dich_vu_cong: { muc_do: "toan_trinh" }, cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "buu_chinh" }] }),
        makeProcedure("1.000002", { dich_vu_cong: { muc_do: "toan_trinh" }, phi_le_phi: [{ ten: "Lệ phí", so_tien: 0 }] }),
        makeProcedure("1.000003", { dich_vu_cong: { muc_do: "mot_phan" }, phi_le_phi: [{ ten: "Lệ phí", so_tien: 8000 }] }),
        makeProcedure("1.000004", { loai: "lien_thong", thanh_phan_lien_thong: ["1.000001"], co_quan: { tham_quyen: "cong-an-xa-a" } }),
        makeProcedure("1.000005", { ...abolished, dich_vu_cong: { muc_do: "toan_trinh" } }),
      ],
    },
    {
      ma: "dat-dai",
      ten: "Đất đai",
      thu_tuc: [
        makeProcedure("2.000001", { cap: ["tinh", "xa"], co_quan: { tham_quyen: "ubnd-tinh-b" }, phi_le_phi: [{ ten: "Phí thẩm định", ghi_chu: "Theo nghị quyết HĐND tỉnh" }] }),
        makeProcedure("2.000002", { cap: ["tinh"], co_quan: { tham_quyen: "ubnd-tinh-b" }, dich_vu_cong: { muc_do: "khong" }, cach_thuc: [{ kenh: "buu_chinh" }] }),
        makeProcedure("2.000003", { loai: "noi_bo", phi_le_phi: [{ ten: "A", so_tien: 0 }, { ten: "B" }] }),
        makeProcedure("2.000004", { loai: "thong_thuong", dich_vu_cong: { muc_do: "mot_phan" }, phi_le_phi: [{ ten: "A" }, { ten: "B", so_tien: 50000 }] }),
        makeProcedure("2.000005", { cap: ["huyen", "xa"], co_quan: { tham_quyen: "co-quan-la" }, ...abolished }),
      ],
    },
    { ma: "bo-trong", ten: "Lĩnh vực chỉ còn thủ tục bãi bỏ", thu_tuc: [makeProcedure("3.000001", abolished)] },
    {
      ma: "chung-thuc",
      ten: "Chứng thực",
      thu_tuc: [
        makeProcedure("2.000010", { dich_vu_cong: { muc_do: "toan_trinh" }, cach_thuc: [{ kenh: "truc_tuyen" }, { kenh: "buu_chinh" }] }),
        makeProcedure("2.000011", { co_quan: { tham_quyen: "co-quan-la" } }),
      ],
    },
  ]);
}
