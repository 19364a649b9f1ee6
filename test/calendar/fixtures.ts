// Calendars, office hours and a catalogue made in memory for the calendar tests.

import type { CalendarYear, Catalogue, Manifest, Procedure } from "../../src/model/catalogue.js";
import { testManifest } from "../support/manifest.js";

export const officeHours: Manifest["gio_lam_viec"] = {
  sang: ["07:30", "11:30"],
  chieu: ["13:30", "17:00"],
  gio_chuyen_ngay: "15:00",
};

/** 2026 as the civil-service schedule has it (Tết: Mon 16/2 – Fri 20/2 on weekdays). */
export const calendar2026: CalendarYear = {
  nam: 2026,
  ngay_nghi: [
    { ngay: "2026-01-01", ly_do: "Tết Dương lịch" },
    { tu: "2026-02-16", den: "2026-02-20", ly_do: "Tết Nguyên đán" },
    { ngay: "2026-04-27", ly_do: "Nghỉ bù Giỗ Tổ Hùng Vương" },
    { ngay: "2026-04-30", ly_do: "Ngày Chiến thắng" },
    { ngay: "2026-05-01", ly_do: "Ngày Quốc tế Lao động" },
    { ngay: "2026-09-01", ly_do: "Quốc khánh" },
    { ngay: "2026-09-02", ly_do: "Quốc khánh" },
  ],
  ngay_lam_bu: [],
};

/** 2025, with Friday 2/5 swapped for Saturday 26/4 (the example of docs/format.md). */
export const calendar2025: CalendarYear = {
  nam: 2025,
  ngay_nghi: [
    { ngay: "2025-01-01", ly_do: "Tết Dương lịch" },
    { tu: "2025-01-27", den: "2025-01-31", ly_do: "Tết Nguyên đán" },
    { ngay: "2025-04-07", ly_do: "Giỗ Tổ Hùng Vương" },
    { ngay: "2025-04-30", ly_do: "Ngày Chiến thắng" },
    { ngay: "2025-05-01", ly_do: "Ngày Quốc tế Lao động" },
    { ngay: "2025-05-02", ly_do: "Nghỉ hoán đổi" },
    { ngay: "2025-09-01", ly_do: "Quốc khánh" },
    { ngay: "2025-09-02", ly_do: "Quốc khánh" },
  ],
  ngay_lam_bu: [{ ngay: "2025-04-26", ly_do: "Làm bù ngày 02/5/2025" }],
};

function makeProcedure(ma: string, ten: string, thoi_han: Procedure["thoi_han"]): Procedure {
  return {
    ma,
    ten,
    cap: ["xa"],
    doi_tuong: ["cong_dan_viet_nam"],
    co_quan: { tham_quyen: "ubnd-xa-a" },
    trinh_tu: [{ mo_ta: "Nộp hồ sơ", chu_the: "nguoi_dan" }],
    thoi_han,
    cach_thuc: [{ kenh: "truc_tiep" }],
    thanh_phan_ho_so: [{ ten: "Tờ khai" }],
    ket_qua: ["Giấy tờ"],
    phi_le_phi: [],
    mau_don: [],
    yeu_cau_dieu_kien: [],
    can_cu_phap_ly: ["123/2015/ND-CP"],
  };
}

/** A catalogue with two procedures: 3 working days and 4 office hours. */
export function makeCatalogue(calendars: CalendarYear[] = [calendar2026]): Catalogue {
  return {
    label: "catalogue",
    manifest: testManifest({ gio_lam_viec: officeHours }),
    agencies: [{ id: "ubnd-xa-a", ten: "Ủy ban nhân dân xã A" }],
    documents: [],
    calendars,
    fields: [
      {
        file: "linh-vuc/ho-tich.yaml",
        field: {
          ma: "ho-tich",
          ten: "Hộ tịch",
          phien_ban: "2026.1",
          thu_tuc: [
            makeProcedure("1.001193", "Thủ tục đăng ký khai sinh", {
              gia_tri: 3,
              don_vi: "ngay_lam_viec",
            }),
            makeProcedure("2.000635", "Thủ tục cấp bản sao trích lục hộ tịch", {
              gia_tri: 4,
              don_vi: "gio",
            }),
          ],
        },
      },
    ],
  };
}
