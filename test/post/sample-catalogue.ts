// The catalogue the posting-sheet tests draw (no files, no network).
import type { Catalogue } from "../../src/model/catalogue.js";
import { makeCatalogue } from "../support/builders.js";
import { fullProcedure } from "./full-procedure.js";

/** A small two-field catalogue with the cases the sheets must get right. */
export function sampleCatalogue(): Catalogue {
  return makeCatalogue({
    fields: [
      {
        ma: "ho-tich",
        ten: "Hộ tịch",
        phien_ban: "2026.2",
        thu_tuc: [
          fullProcedure(),
          fullProcedure({
            ma: "1.000894",
            ten: "Thủ tục đăng ký kết hôn",
            thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" },
            cach_thuc: [{ kenh: "truc_tiep" }],
            phi_le_phi: [{ ten: "Lệ phí đăng ký kết hôn", so_tien: 0 }],
            mau_don: [],
            ket_qua: [],
            dich_vu_cong: { muc_do: "khong" },
          }),
          fullProcedure({
            ma: "2.000635",
            ten: "Thủ tục cấp bản sao trích lục hộ tịch",
            thoi_han: { gia_tri: 4, don_vi: "gio" },
            phi_le_phi: [{ ten: "Phí cấp bản sao trích lục", so_tien: 8000, ghi_chu: "Mỗi bản sao." }],
            mau_don: [],
            dich_vu_cong: { muc_do: "mot_phan" },
          }),
          fullProcedure({
            ma: "1.000656",
            ten: "Thủ tục đăng ký khai tử (đã bãi bỏ)",
            trang_thai: "bai_bo",
            bai_bo: { quyet_dinh: "567/QĐ-UBND", ngay: "2026-03-01", can_cu: "123/2015/ND-CP" },
          }),
          fullProcedure({ ma: "1.009999", ten: "Thủ tục chưa có hiệu lực", hieu_luc_tu: "2027-01-01" }),
        ],
      },
      {
        ma: "chung-thuc",
        ten: "Chứng thực",
        phien_ban: "2026.1",
        thu_tuc: [
          fullProcedure({
            ma: "2.000815",
            ten: 'Chứng thực bản sao từ bản chính <script>alert("x")</script> & giấy tờ',
            cap: ["xa", "huyen"],
            co_quan: { tham_quyen: "cong-an-xa-a" },
            dia_diem: undefined,
            thoi_han: { gia_tri: 2, don_vi: "ngay" },
            phi_le_phi: [{ ten: "Phí chứng thực bản sao", so_tien: 2000, ghi_chu: "Mỗi trang." }],
            can_cu_phap_ly: ["23/2015/ND-CP"],
            mau_don: [],
            dich_vu_cong: undefined,
            cong_bo: undefined,
          }),
        ],
      },
    ],
  });
}
