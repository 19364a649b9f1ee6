// Catalogues built in memory for the posting-sheet tests (no files, no network).
import type { Catalogue, Field, Procedure } from "../../src/model/catalogue.js";

export function makeProcedure(overrides: Partial<Procedure> = {}): Procedure {
  return {
    ma: "1.001193",
    ten: "Thủ tục đăng ký khai sinh",
    cap: ["xa"],
    loai: "thong_thuong",
    doi_tuong: ["cong_dan_viet_nam", "nguoi_nuoc_ngoai"],
    co_quan: { tham_quyen: "ubnd-xa-a", thuc_hien: "ubnd-xa-a", phoi_hop: [] },
    dia_diem: "Bộ phận Một cửa UBND xã A",
    trinh_tu: [
      { mo_ta: "Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.", chu_the: "nguoi_dan", gio_nguoi_dan: 1.5 },
      { mo_ta: "Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ hộ tịch, trình ký.", chu_the: "co_quan" },
    ],
    thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec", ghi_chu: "Trường hợp cần xác minh thì không quá 05 ngày làm việc." },
    cach_thuc: [
      { kenh: "truc_tiep" },
      { kenh: "truc_tuyen", thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec" } },
      { kenh: "buu_chinh" },
    ],
    thanh_phan_ho_so: [
      { ten: "Tờ khai đăng ký khai sinh theo mẫu", mau: "TK-KS", ban_chinh: 1, ban_sao: 0, hinh_thuc: "nop" },
      { ten: "Giấy chứng sinh", ban_chinh: 1, ban_sao: 0, hinh_thuc: "nop" },
    ],
    so_bo_ho_so: 1,
    ket_qua: ["Giấy khai sinh (bản chính)"],
    phi_le_phi: [{ ten: "Lệ phí đăng ký khai sinh", so_tien: 0, ghi_chu: "Miễn lệ phí khi đăng ký đúng hạn." }],
    mau_don: [{ ma: "TK-KS", ten: "Tờ khai đăng ký khai sinh", van_ban: "04/2020/TT-BTP" }],
    yeu_cau_dieu_kien: [],
    can_cu_phap_ly: ["60/2014/QH13", "123/2015/ND-CP"],
    dich_vu_cong: { muc_do: "toan_trinh", url: "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/khai-sinh-1001193" },
    hieu_luc_tu: "2025-07-01",
    cong_bo: { quyet_dinh: "1234/QĐ-UBND", ngay: "2025-06-25" },
    trang_thai: "hieu_luc",
    ...overrides,
  };
}

export function makeField(ma: string, ten: string, thu_tuc: Procedure[], phien_ban = "2026.2"): Field {
  return { ma, ten, phien_ban, thu_tuc };
}

export function makeCatalogue(fields: Field[], manifest: Partial<Catalogue["manifest"]> = {}): Catalogue {
  return {
    label: "catalogue",
    manifest: {
      phien_ban_dinh_dang: 1,
      co_quan_quan_ly: "ubnd-xa-a",
      dia_ban: "Xã A, tỉnh B",
      dia_chi_phan_anh:
        "Bộ phận Một cửa UBND xã A, số 1 đường Lê Lợi, xã A, tỉnh B. Điện thoại: 0203 3812 345. Email: motcua@xaa.gov.vn",
      gio_lam_viec: { sang: ["07:30", "11:30"], chieu: ["13:30", "17:00"], gio_chuyen_ngay: "15:00" },
      qr_goc: "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html",
      ...manifest,
    },
    agencies: [
      { id: "ubnd-xa-a", ten: "Ủy ban nhân dân xã A", dia_chi: "Số 1 đường Lê Lợi, xã A" },
      { id: "cong-an-xa-a", ten: "Công an xã A" },
    ],
    documents: [
      { id: "60/2014/QH13", so_hieu: "60/2014/QH13", ten: "Luật Hộ tịch", ngay_ban_hanh: "2014-11-20" },
      {
        id: "123/2015/ND-CP",
        so_hieu: "123/2015/NĐ-CP",
        ten: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        ngay_ban_hanh: "2015-11-15",
      },
      { id: "04/2020/TT-BTP", so_hieu: "04/2020/TT-BTP", ten: "Thông tư quy định chi tiết thi hành Luật Hộ tịch" },
      { id: "23/2015/ND-CP", so_hieu: "23/2015/NĐ-CP", ten: "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính" },
    ],
    calendars: [],
    fields: fields.map((field) => ({ file: `linh-vuc/${field.ma}.yaml`, field })),
  };
}

/** A small two-field catalogue with the cases the sheets must get right. */
export function sampleCatalogue(): Catalogue {
  const hoTich = makeField("ho-tich", "Hộ tịch", [
    makeProcedure(),
    makeProcedure({
      ma: "1.000894",
      ten: "Thủ tục đăng ký kết hôn",
      thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" },
      cach_thuc: [{ kenh: "truc_tiep" }],
      phi_le_phi: [{ ten: "Lệ phí đăng ký kết hôn", so_tien: 0 }],
      mau_don: [],
      ket_qua: [],
      dich_vu_cong: { muc_do: "khong" },
    }),
    makeProcedure({
      ma: "2.000635",
      ten: "Thủ tục cấp bản sao trích lục hộ tịch",
      thoi_han: { gia_tri: 4, don_vi: "gio" },
      phi_le_phi: [{ ten: "Phí cấp bản sao trích lục", so_tien: 8000, ghi_chu: "Mỗi bản sao." }],
      mau_don: [],
      dich_vu_cong: { muc_do: "mot_phan" },
    }),
    makeProcedure({
      ma: "1.000656",
      ten: "Thủ tục đăng ký khai tử (đã bãi bỏ)",
      trang_thai: "bai_bo",
      bai_bo: { quyet_dinh: "567/QĐ-UBND", ngay: "2026-03-01", can_cu: "123/2015/ND-CP" },
    }),
    makeProcedure({ ma: "1.009999", ten: "Thủ tục chưa có hiệu lực", hieu_luc_tu: "2027-01-01" }),
  ]);
  const chungThuc = makeField(
    "chung-thuc",
    "Chứng thực",
    [
      makeProcedure({
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
    "2026.1",
  );
  return makeCatalogue([hoTich, chungThuc]);
}
