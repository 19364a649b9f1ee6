// The procedure the posting sheets are drawn from: khai sinh with every element a sheet prints
// (place, three channels, a note on the deadline, a form, an online link, dates), so that each
// test changes one thing and the sheet's other cells stay as the expected values have them.
import type { Procedure } from "../../src/model/catalogue.js";
import { makeProcedure } from "../support/builders.js";

export function fullProcedure(overrides: Partial<Procedure> = {}): Procedure {
  return makeProcedure({
    ma: "1.001193",
    ten: "Thủ tục đăng ký khai sinh",
    loai: "thong_thuong",
    doi_tuong: ["cong_dan_viet_nam", "nguoi_nuoc_ngoai"],
    co_quan: { tham_quyen: "ubnd-xa-a", thuc_hien: "ubnd-xa-a", phoi_hop: [] },
    dia_diem: "Bộ phận Một cửa UBND xã A",
    trinh_tu: [
      { mo_ta: "Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.", chu_the: "nguoi_dan", gio_nguoi_dan: 1.5 },
      { mo_ta: "Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ hộ tịch, trình ký.", chu_the: "co_quan" },
    ],
    thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec", ghi_chu: "Trường hợp cần xác minh thì không quá 05 ngày làm việc." },
    cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "truc_tuyen", thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec" } }, { kenh: "buu_chinh" }],
    thanh_phan_ho_so: [
      { ten: "Tờ khai đăng ký khai sinh theo mẫu", mau: "TK-KS", ban_chinh: 1, ban_sao: 0, hinh_thuc: "nop" },
      { ten: "Giấy chứng sinh", ban_chinh: 1, ban_sao: 0, hinh_thuc: "nop" },
    ],
    so_bo_ho_so: 1,
    ket_qua: ["Giấy khai sinh (bản chính)"],
    phi_le_phi: [{ ten: "Lệ phí đăng ký khai sinh", so_tien: 0, ghi_chu: "Miễn lệ phí khi đăng ký đúng hạn." }],
    mau_don: [{ ma: "TK-KS", ten: "Tờ khai đăng ký khai sinh", van_ban: "04/2020/TT-BTP" }],
    can_cu_phap_ly: ["60/2014/QH13", "123/2015/ND-CP"],
    dich_vu_cong: { muc_do: "toan_trinh", url: "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/khai-sinh-1001193" },
    hieu_luc_tu: "2025-07-01",
    cong_bo: { quyet_dinh: "1234/QĐ-UBND", ngay: "2025-06-25" },
    trang_thai: "hieu_luc",
    ...overrides,
  });
}
