// The one example field a new catalogue starts with (tthc init without --from): a real procedure
// of the commune level, short enough to read in one screen, so that the staff see what a complete
// procedure looks like and every command (validate, post, site, deadline) has something to show.
// Code, name, deadline, fee and legal basis as the national database publishes them.
import type { LegalDocument, Procedure } from "../model/catalogue.js";

/** The legal documents the example cites, for van-ban.yaml. */
export const EXAMPLE_DOCUMENTS: LegalDocument[] = [
  {
    id: "23/2015/ND-CP",
    so_hieu: "23/2015/NĐ-CP",
    ten: "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    ngay_ban_hanh: "2015-02-16",
    hieu_luc_tu: "2015-04-10",
  },
  {
    id: "226/2016/TT-BTC",
    so_hieu: "226/2016/TT-BTC",
    ten: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
    ngay_ban_hanh: "2016-11-11",
    hieu_luc_tu: "2017-01-01",
  },
];

/** The example field's code and name (linh-vuc/chung-thuc.yaml). */
export const EXAMPLE_FIELD = { ma: "chung-thuc", ten: "Chứng thực" } as const;

/** The example procedure, kept by the office whose agency id is `office`. */
export function exampleProcedure(office: string): Procedure {
  return {
    ma: "2.000815",
    ten: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    cap: ["xa"],
    loai: "thong_thuong",
    doi_tuong: ["cong_dan_viet_nam", "to_chuc"],
    co_quan: { tham_quyen: office },
    trinh_tu: [
      { mo_ta: "Người yêu cầu mang bản chính giấy tờ và bản chụp cần chứng thực đến Bộ phận Một cửa.", chu_the: "nguoi_dan" },
      {
        mo_ta: "Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản chụp, ghi lời chứng, ký, đóng dấu và vào sổ chứng thực.",
        chu_the: "co_quan",
      },
      { mo_ta: "Người yêu cầu nộp phí và nhận bản sao có chứng thực.", chu_the: "nguoi_dan" },
    ],
    thoi_han: {
      gia_tri: 8,
      don_vi: "gio",
      ghi_chu: "Trong ngày tiếp nhận yêu cầu; yêu cầu tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.",
    },
    cach_thuc: [{ kenh: "truc_tiep" }],
    thanh_phan_ho_so: [
      { ten: "Bản chính giấy tờ, văn bản làm cơ sở chứng thực bản sao", ban_chinh: 1, ban_sao: 0, hinh_thuc: "xuat_trinh" },
      { ten: "Bản chụp từ bản chính cần chứng thực", ban_chinh: 0, ban_sao: 1, hinh_thuc: "nop" },
    ],
    so_bo_ho_so: 1,
    ket_qua: ["Bản sao được chứng thực từ bản chính"],
    phi_le_phi: [
      {
        ten: "Phí chứng thực bản sao từ bản chính",
        so_tien: 2000,
        ghi_chu: "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản.",
      },
    ],
    mau_don: [],
    yeu_cau_dieu_kien: [],
    can_cu_phap_ly: ["23/2015/ND-CP", "226/2016/TT-BTC"],
    dich_vu_cong: { muc_do: "khong" },
    trang_thai: "hieu_luc",
  };
}
