// Calendars and office hours made in memory for the calendar tests.

import type { CalendarYear, Manifest } from "../../src/model/catalogue.js";

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
