import type { Manifest } from "../../src/model/catalogue.js";

/** The manifest of the in-memory test catalogues (the same office as test/fixtures/base). */
export function testManifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    phien_ban_dinh_dang: 1,
    co_quan_quan_ly: "ubnd-xa-a",
    dia_ban: "Xã A, tỉnh B",
    dia_chi_phan_anh: "Bộ phận Một cửa UBND xã A",
    gio_lam_viec: { sang: ["07:30", "11:30"], chieu: ["13:30", "17:00"], gio_chuyen_ngay: "15:00" },
    ...overrides,
  };
}
