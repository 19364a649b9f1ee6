import type { Manifest } from "../../src/model/catalogue.js";

/**
 * The manifest of the in-memory test catalogues: xã A, the office of test/fixtures/base. Every
 * key is filled (the complaints address and QR root the posting sheets print, the cost settings
 * the effects count hours with: 5.400.000 ÷ 22 ÷ 8 = 30.681,8181… VND an hour), so a command
 * finds what it reads and a test that wants a key missing says so with `{ key: undefined }`.
 */
export function testManifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    phien_ban_dinh_dang: 1,
    co_quan_quan_ly: "ubnd-xa-a",
    dia_ban: "Xã A, tỉnh B",
    dia_chi_phan_anh: "Bộ phận Một cửa UBND xã A, số 1 đường Lê Lợi, xã A, tỉnh B. Điện thoại: 0203 3812 345. Email: motcua@xaa.gov.vn",
    gio_lam_viec: { sang: ["07:30", "11:30"], chieu: ["13:30", "17:00"], gio_chuyen_ngay: "15:00" },
    chi_phi_tuan_thu: { thu_nhap_binh_quan_thang: 5_400_000, so_ngay_lam_viec_thang: 22, so_gio_lam_viec_ngay: 8 },
    qr_goc: "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html",
    ...overrides,
  };
}
