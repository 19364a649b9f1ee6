// The BASE of the diff tests: three ho-tich procedures and one chung-thuc procedure, full
// enough to exercise every list of a procedure. Made in memory; git-repo.ts writes them out.

import type { Field, Procedure } from "../../src/model/catalogue.js";
import { makeProcedure } from "../support/builders.js";

export function khaiSinh(): Procedure {
  return makeProcedure({
    ma: "1.001193",
    ten: "Thủ tục đăng ký khai sinh",
    loai: "thong_thuong",
    dia_diem: "Bộ phận Một cửa UBND xã A",
    trinh_tu: [
      { mo_ta: "Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.", chu_the: "nguoi_dan", gio_nguoi_dan: 1.5 },
      { mo_ta: "Công chức tư pháp - hộ tịch tiếp nhận và kiểm tra hồ sơ.", chu_the: "co_quan" },
      { mo_ta: "Công chức ghi vào Sổ hộ tịch, trình Chủ tịch UBND xã ký Giấy khai sinh.", chu_the: "co_quan" },
      { mo_ta: "Người yêu cầu nhận Giấy khai sinh tại Bộ phận Một cửa.", chu_the: "nguoi_dan", gio_nguoi_dan: 0.5 },
    ],
    thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" },
    cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "truc_tuyen", thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" } }, { kenh: "buu_chinh" }],
    thanh_phan_ho_so: [
      { ten: "Tờ khai đăng ký khai sinh theo mẫu", mau: "TK-KS", ban_chinh: 1, ban_sao: 0, hinh_thuc: "nop" },
      { ten: "Giấy chứng sinh", ban_chinh: 1, hinh_thuc: "nop" },
      { ten: "Giấy tờ tùy thân của người yêu cầu", ban_chinh: 1, hinh_thuc: "xuat_trinh" },
    ],
    so_bo_ho_so: 1,
    ket_qua: ["Giấy khai sinh (bản chính)"],
    phi_le_phi: [
      { ten: "Lệ phí đăng ký khai sinh", so_tien: 0, ghi_chu: "Miễn lệ phí khi đăng ký đúng hạn." },
      { ten: "Phí cấp bản sao Trích lục khai sinh", so_tien: 8000 },
    ],
    mau_don: [{ ma: "TK-KS", ten: "Tờ khai đăng ký khai sinh", van_ban: "04/2020/TT-BTP" }],
    can_cu_phap_ly: ["60/2014/QH13", "123/2015/ND-CP"],
    so_ho_so_nam: 1200,
    hieu_luc_tu: "2025-07-01",
    cong_bo: { quyet_dinh: "1234/QĐ-UBND", ngay: "2025-06-25" },
    trang_thai: "hieu_luc",
  });
}

export function khaiTu(): Procedure {
  return makeProcedure({
    ma: "1.000656",
    ten: "Thủ tục đăng ký khai tử",
    trinh_tu: [
      { mo_ta: "Người đi khai tử nộp tờ khai và giấy báo tử.", chu_the: "nguoi_dan" },
      { mo_ta: "Công chức tư pháp - hộ tịch ghi vào Sổ hộ tịch.", chu_the: "co_quan" },
    ],
    thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec" },
    thanh_phan_ho_so: [{ ten: "Giấy báo tử hoặc giấy tờ thay thế", ban_chinh: 1 }],
    ket_qua: ["Trích lục khai tử"],
    can_cu_phap_ly: ["60/2014/QH13"],
    hieu_luc_tu: "2025-07-01",
    cong_bo: { quyet_dinh: "1234/QĐ-UBND", ngay: "2025-06-25" },
  });
}

export function ketHon(): Procedure {
  return makeProcedure({
    ma: "1.000894",
    ten: "Thủ tục đăng ký kết hôn",
    trinh_tu: [
      { mo_ta: "Hai bên nam, nữ nộp tờ khai đăng ký kết hôn.", chu_the: "nguoi_dan" },
      { mo_ta: "Công chức tư pháp - hộ tịch kiểm tra điều kiện kết hôn.", chu_the: "co_quan" },
      { mo_ta: "Hai bên nam, nữ ký Sổ hộ tịch và nhận Giấy chứng nhận kết hôn.", chu_the: "nguoi_dan" },
    ],
    thoi_han: { gia_tri: 5, don_vi: "ngay_lam_viec" },
    cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "truc_tuyen" }],
    thanh_phan_ho_so: [
      { ten: "Tờ khai đăng ký kết hôn", ban_chinh: 1 },
      { ten: "Giấy xác nhận tình trạng hôn nhân", ban_chinh: 1 },
    ],
    ket_qua: ["Giấy chứng nhận kết hôn"],
    phi_le_phi: [{ ten: "Lệ phí đăng ký kết hôn", so_tien: 0 }],
    yeu_cau_dieu_kien: ["Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên."],
    can_cu_phap_ly: ["60/2014/QH13", "123/2015/ND-CP"],
    hieu_luc_tu: "2025-07-01",
    cong_bo: { quyet_dinh: "1234/QĐ-UBND", ngay: "2025-06-25" },
  });
}

export function chungThucBanSao(): Procedure {
  return makeProcedure({
    ma: "2.000815",
    ten: "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản",
    doi_tuong: ["cong_dan_viet_nam", "to_chuc"],
    trinh_tu: [
      { mo_ta: "Người yêu cầu xuất trình bản chính và bản sao cần chứng thực.", chu_the: "nguoi_dan" },
      { mo_ta: "Người thực hiện chứng thực kiểm tra, đối chiếu và chứng thực.", chu_the: "co_quan" },
    ],
    thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec" },
    thanh_phan_ho_so: [{ ten: "Bản chính giấy tờ, văn bản", ban_chinh: 1, hinh_thuc: "xuat_trinh" }],
    ket_qua: ["Bản sao được chứng thực từ bản chính"],
    phi_le_phi: [{ ten: "Phí chứng thực bản sao", so_tien: 2000, ghi_chu: "Mỗi trang." }],
    can_cu_phap_ly: ["123/2015/ND-CP"],
    hieu_luc_tu: "2025-07-01",
    cong_bo: { quyet_dinh: "1234/QĐ-UBND", ngay: "2025-06-25" },
  });
}

/** The BASE fields: ho-tich with three procedures, chung-thuc with one. */
export function baseFields(): Field[] {
  return [
    { ma: "ho-tich", ten: "Hộ tịch", phien_ban: "2026.1", thu_tuc: [khaiSinh(), khaiTu(), ketHon()] },
    { ma: "chung-thuc", ten: "Chứng thực", phien_ban: "2026.1", thu_tuc: [chungThucBanSao()] },
  ];
}

/** The procedure with code `ma` in a list of fields (throws if absent: a broken test). */
export function procedureIn(fields: Field[], ma: string): Procedure {
  for (const field of fields) {
    const found = field.thu_tuc.find((p) => p.ma === ma);
    if (found) return found;
  }
  throw new Error(`no procedure ${ma}`);
}
