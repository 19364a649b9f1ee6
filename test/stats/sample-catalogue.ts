// The catalogue the stats tests count. Nothing here reads files.
import type { Catalogue } from "../../src/model/catalogue.js";
import { makeCatalogue, makeProcedure } from "../support/builders.js";

/**
 * Ten procedures in force and three abolished, with every case the counts distinguish:
 * several levels, missing loai, missing dich_vu_cong, fees of 0, > 0 and without amount. The
 * rest is makeProcedure's: commune level, ubnd-xa-a, in person only, no fee, not online.
 */
export function sampleCatalogue(): Catalogue {
  const abolished = { trang_thai: "bai_bo" as const, bai_bo: { quyet_dinh: "1/QĐ-UBND", ngay: "2026-01-02", can_cu: "x" } };
  return makeCatalogue({
    label: "working tree",
    fields: [
      {
        ma: "ho-tich",
        ten: "Hộ tịch",
        thu_tuc: [
          makeProcedure({
            ma: "1.000001",
            dich_vu_cong: { muc_do: "toan_trinh" },
            cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "buu_chinh" }],
          }),
          makeProcedure({ ma: "1.000002", dich_vu_cong: { muc_do: "toan_trinh" }, phi_le_phi: [{ ten: "Lệ phí", so_tien: 0 }] }),
          makeProcedure({ ma: "1.000003", dich_vu_cong: { muc_do: "mot_phan" }, phi_le_phi: [{ ten: "Lệ phí", so_tien: 8000 }] }),
          makeProcedure({
            ma: "1.000004",
            loai: "lien_thong",
            thanh_phan_lien_thong: ["1.000001"],
            co_quan: { tham_quyen: "cong-an-xa-a" },
          }),
          makeProcedure({ ma: "1.000005", ...abolished, dich_vu_cong: { muc_do: "toan_trinh" } }),
        ],
      },
      {
        ma: "dat-dai",
        ten: "Đất đai",
        thu_tuc: [
          makeProcedure({
            ma: "2.000001",
            cap: ["tinh", "xa"],
            co_quan: { tham_quyen: "ubnd-tinh-b" },
            phi_le_phi: [{ ten: "Phí thẩm định", ghi_chu: "Theo nghị quyết HĐND tỉnh" }],
          }),
          makeProcedure({
            ma: "2.000002",
            cap: ["tinh"],
            co_quan: { tham_quyen: "ubnd-tinh-b" },
            dich_vu_cong: { muc_do: "khong" },
            cach_thuc: [{ kenh: "buu_chinh" }],
          }),
          makeProcedure({ ma: "2.000003", loai: "noi_bo", phi_le_phi: [{ ten: "A", so_tien: 0 }, { ten: "B" }] }),
          makeProcedure({
            ma: "2.000004",
            loai: "thong_thuong",
            dich_vu_cong: { muc_do: "mot_phan" },
            phi_le_phi: [{ ten: "A" }, { ten: "B", so_tien: 50000 }],
          }),
          makeProcedure({ ma: "2.000005", cap: ["huyen", "xa"], co_quan: { tham_quyen: "co-quan-la" }, ...abolished }),
        ],
      },
      { ma: "bo-trong", ten: "Lĩnh vực chỉ còn thủ tục bãi bỏ", thu_tuc: [makeProcedure({ ma: "3.000001", ...abolished })] },
      {
        ma: "chung-thuc",
        ten: "Chứng thực",
        thu_tuc: [
          makeProcedure({
            ma: "2.000010",
            dich_vu_cong: { muc_do: "toan_trinh" },
            cach_thuc: [{ kenh: "truc_tuyen" }, { kenh: "buu_chinh" }],
          }),
          makeProcedure({ ma: "2.000011", co_quan: { tham_quyen: "co-quan-la" } }),
        ],
      },
    ],
  });
}
