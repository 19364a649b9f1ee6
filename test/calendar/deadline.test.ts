import { describe, expect, test } from "vitest";
import { computeDeadline } from "../../src/calendar/deadline.js";
import type { CalendarYear, DeadlineUnit } from "../../src/model/catalogue.js";
import { calendar2025, calendar2026, officeHours } from "./fixtures.js";

function due(received: string, gia_tri: number, don_vi: DeadlineUnit, calendars: CalendarYear[] = [calendar2025, calendar2026]) {
  const [date = "", time = ""] = received.split(" ");
  return computeDeadline({
    received: { date, time },
    deadline: { gia_tri, don_vi },
    officeHours,
    calendars,
  });
}

const TET_2026 = ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map((date) => ({ date, reason: "Tết Nguyên đán" }));

describe("working days over Tết 2026", () => {
  test("3 days from Thu 12/2 10:00 → close of Tue 24/2", () => {
    // Fri 13/2 (1), weekend, Tết 16–20/2, weekend, Mon 23/2 (2), Tue 24/2 (3).
    const result = due("2026-02-12 10:00", 3, "ngay_lam_viec");
    expect(result.due).toEqual({ date: "2026-02-24", time: "17:00" });
    expect(result.deemedReceived).toEqual({ date: "2026-02-12", time: "10:00" });
    expect(result.deemedMoved).toBe(false);
    expect(result.daysOffSkipped).toEqual(TET_2026);
    expect(result.warnings).toEqual([]);
    expect(result.periodEnd).toBeUndefined();
  });

  test("3 days from Thu 12/2 16:00 (after the 15:00 cut-off) → close of Wed 25/2", () => {
    const result = due("2026-02-12 16:00", 3, "ngay_lam_viec");
    expect(result.deemedReceived).toEqual({ date: "2026-02-13", time: "07:30" });
    expect(result.deemedMoved).toBe(true);
    expect(result.due).toEqual({ date: "2026-02-25", time: "17:00" });
  });

  test.each([
    ["2026-02-12 15:00", "2026-02-24"], // at the cut-off exactly: still that day
    ["2026-02-12 15:01", "2026-02-25"],
    ["2026-02-12 06:00", "2026-02-24"], // before opening (online): that day
    ["2026-02-14 09:00", "2026-02-26"], // Saturday: deemed Mon 23/2
    ["2026-02-17 09:00", "2026-02-26"], // Mùng 1 Tết: deemed Mon 23/2
  ])("received %s → due %s", (received, expected) => {
    expect(due(received, 3, "ngay_lam_viec").due).toEqual({ date: expected, time: "17:00" });
  });

  test("received on a holiday lists it among the days skipped", () => {
    const result = due("2026-02-17 09:00", 1, "ngay_lam_viec");
    expect(result.deemedReceived).toEqual({ date: "2026-02-23", time: "07:30" });
    expect(result.due).toEqual({ date: "2026-02-24", time: "17:00" });
    expect(result.daysOffSkipped.map((day) => day.date)).toEqual(["2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]);
  });
});

describe("a swapped Saturday (ngay_lam_bu) is a working day", () => {
  test.each([
    // Thu 24/4/2025: Fri 25/4 (1), Sat 26/4 swapped (2) → due on the Saturday.
    ["2025-04-24 10:00", 2, "2025-04-26"],
    // Tue 29/4/2025: 30/4, 1/5 and Fri 2/5 (swapped away) off; Mon 5/5 is day 1.
    ["2025-04-29 10:00", 1, "2025-05-05"],
  ])("received %s, %i days → %s", (received, days, expected) => {
    expect(due(received, days, "ngay_lam_viec").due).toEqual({ date: expected, time: "17:00" });
  });

  test("the swap is listed with its reason", () => {
    expect(due("2025-04-29 10:00", 1, "ngay_lam_viec").daysOffSkipped).toEqual([
      { date: "2025-04-30", reason: "Ngày Chiến thắng" },
      { date: "2025-05-01", reason: "Ngày Quốc tế Lao động" },
      { date: "2025-05-02", reason: "Nghỉ hoán đổi" },
    ]);
  });
});

describe("fractional working days", () => {
  test.each([
    // A day's office hours: 07:30–11:30 (4h) + 13:30–17:00 (3h30) = 7h30; half is 3h45.
    // 1,5 days from Tue 3/3/2026 10:00: Wed 4/3 is day 1 (close 17:00); the half day runs
    // from Thu 5/3 07:30: 07:30 + 3h45 = 11:15.
    ["2026-03-03 10:00", 1.5, { date: "2026-03-05", time: "11:15" }],
    // 0,5 day: the day of receipt is not counted, so the half day is Wed 4/3 07:30 + 3h45.
    ["2026-03-03 10:00", 0.5, { date: "2026-03-04", time: "11:15" }],
  ])("received %s, %s days → %o", (received, days, expected) => {
    expect(due(received, days, "ngay_lam_viec").due).toEqual(expected);
  });
});

describe("hours inside office hours", () => {
  test.each([
    // Fri 13/3/2026 14:00 + 8h: Fri 14:00–17:00 = 3h (5h left); weekend skipped;
    // Mon 16/3 07:30–11:30 = 4h (1h left); lunch skipped; 13:30 + 1h = 14:30.
    ["2026-03-13 14:00", 8, { date: "2026-03-16", time: "14:30" }],
    // Tue 10/3 10:00 + 4h: 10:00–11:30 = 1h30; 13:30 + 2h30 = 16:00 (across lunch).
    ["2026-03-10 10:00", 4, { date: "2026-03-10", time: "16:00" }],
    // During lunch: counting starts at 13:30; + 2h = 15:30.
    ["2026-03-10 12:00", 2, { date: "2026-03-10", time: "15:30" }],
    // Before opening: from 07:30; 4h ends exactly at 11:30 (not 13:30).
    ["2026-03-10 06:45", 4, { date: "2026-03-10", time: "11:30" }],
    // After the cut-off: from Wed 11/3 07:30; + 1h = 08:30.
    ["2026-03-10 16:00", 1, { date: "2026-03-11", time: "08:30" }],
    // Thu 12/2 14:00 + 8h: 3h Thursday, 4h Friday morning (7h), 1h from 13:30 → Fri 14:30.
    ["2026-02-12 14:00", 8, { date: "2026-02-13", time: "14:30" }],
    // Fri 13/2 14:00 + 4h: 3h Friday; Tết and two weekends skipped → Mon 23/2 08:30.
    ["2026-02-13 14:00", 4, { date: "2026-02-23", time: "08:30" }],
    // Half an hour: 30 minutes.
    ["2026-03-10 09:00", 0.5, { date: "2026-03-10", time: "09:30" }],
  ])("received %s + %s h → %o", (received, hours, expected) => {
    expect(due(received, hours, "gio").due).toEqual(expected);
  });

  test("lunch moves the start but not the day", () => {
    const result = due("2026-03-10 12:00", 2, "gio");
    expect(result.deemedReceived).toEqual({ date: "2026-03-10", time: "13:30" });
    expect(result.deemedMoved).toBe(false);
  });
});

describe("calendar days (ngay)", () => {
  test("a period ending on a Sunday ends on the Monday", () => {
    // Wed 4/3/2026 + 4 days = Sun 8/3 → Mon 9/3, at the close.
    const result = due("2026-03-04 10:00", 4, "ngay");
    expect(result.periodEnd).toBe("2026-03-08");
    expect(result.due).toEqual({ date: "2026-03-09", time: "17:00" });
    expect(result.daysOffSkipped).toEqual([]);
  });

  test("days off inside the period count; only the moved end skips any", () => {
    // Mon 9/2/2026 + 5 days = Sat 14/2 → after the weekend and Tết, Mon 23/2.
    const result = due("2026-02-09 10:00", 5, "ngay");
    expect(result.periodEnd).toBe("2026-02-14");
    expect(result.due).toEqual({ date: "2026-02-23", time: "17:00" });
    expect(result.daysOffSkipped).toEqual(TET_2026);
    // Mon 9/2 + 15 days = Tue 24/2: Tết inside the period is not skipped.
    const longer = due("2026-02-09 10:00", 15, "ngay");
    expect(longer.due).toEqual({ date: "2026-02-24", time: "17:00" });
    expect(longer.daysOffSkipped).toEqual([]);
  });

  test("a fractional value is rounded up with a warning", () => {
    const result = due("2026-03-04 10:00", 2.5, "ngay");
    expect(result.due).toEqual({ date: "2026-03-09", time: "17:00" }); // Sat 7/3 → Mon 9/3
    expect(result.warnings.map((warning) => warning.rule)).toEqual(["value-rounded-up"]);
  });
});

describe("months (thang)", () => {
  test.each([
    // Fri 30/1/2026 + 1 month = 30/2 → last day of February, Sat 28/2 → Mon 2/3.
    ["2026-01-30 10:00", 1, "2026-02-28", "2026-03-02"],
    // Sat 31/1/2026: deemed Mon 2/2 → Mon 2/3.
    ["2026-01-31 10:00", 1, "2026-03-02", "2026-03-02"],
    // Tue 31/3/2026 + 1 month = Thu 30/4 (holiday) → 1/5 holiday, weekend → Mon 4/5.
    ["2026-03-31 10:00", 1, "2026-04-30", "2026-05-04"],
    // Tue 30/6/2026 + 2 months = Sun 30/8 → Mon 31/8.
    ["2026-06-30 10:00", 2, "2026-08-30", "2026-08-31"],
    // Mon 31/8/2026 + 1 month = Wed 30/9.
    ["2026-08-31 10:00", 1, "2026-09-30", "2026-09-30"],
  ])("received %s + %i month(s): period ends %s, due %s", (received, months, end, expected) => {
    const result = due(received, months, "thang");
    expect(result.periodEnd).toBe(end);
    expect(result.due).toEqual({ date: expected, time: "17:00" });
  });

  test("31/1/2024 + 1 month = 29/2/2024 (leap year), statutory 2024 with a warning", () => {
    const result = due("2024-01-31 10:00", 1, "thang", [calendar2026]);
    expect(result.due).toEqual({ date: "2024-02-29", time: "17:00" });
    expect(result.warnings.map((warning) => [warning.rule, warning.year])).toEqual([["calendar-year-missing", 2024]]);
  });
});

describe("a year without a calendar file", () => {
  test("uses the statutory holidays and warns", () => {
    // 2027 statutory: Fri 5/2 and Mon 8 – Thu 11/2 off. Thu 4/2 + 3 → Fri 12/2 (1),
    // Mon 15/2 (2), Tue 16/2 (3).
    const result = due("2027-02-04 10:00", 3, "ngay_lam_viec", [calendar2026]);
    expect(result.due).toEqual({ date: "2027-02-16", time: "17:00" });
    expect(result.daysOffSkipped).toEqual([
      { date: "2027-02-05", reason: "Tết Nguyên đán" },
      { date: "2027-02-08", reason: "Tết Nguyên đán" },
      { date: "2027-02-09", reason: "Tết Nguyên đán" },
      { date: "2027-02-10", reason: "Nghỉ bù Tết Nguyên đán" },
      { date: "2027-02-11", reason: "Nghỉ bù Tết Nguyên đán" },
    ]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.rule).toBe("calendar-year-missing");
    expect(result.warnings[0]?.year).toBe(2027);
  });

  test("a count that crosses into a missing year warns for that year only", () => {
    // Thu 31/12/2026 16:00: after the cut-off → 1/1/2027 is a holiday → Mon 4/1/2027.
    const result = due("2026-12-31 16:00", 1, "ngay_lam_viec", [calendar2026]);
    expect(result.deemedReceived).toEqual({ date: "2027-01-04", time: "07:30" });
    expect(result.due).toEqual({ date: "2027-01-05", time: "17:00" });
    expect(result.warnings.map((warning) => warning.year)).toEqual([2027]);
  });
});

describe("bad input", () => {
  test.each([["2026-02-30 10:00"], ["2026-02-12 25:00"], ["2026-02-12 9:00"]])("%s throws a RangeError", (received) => {
    expect(() => due(received, 1, "ngay_lam_viec")).toThrow(RangeError);
  });

  test("office hours out of order throw a RangeError", () => {
    expect(() =>
      computeDeadline({
        received: { date: "2026-03-10", time: "10:00" },
        deadline: { gia_tri: 1, don_vi: "gio" },
        officeHours: { sang: ["11:30", "07:30"], chieu: ["13:30", "17:00"], gio_chuyen_ngay: "15:00" },
        calendars: [calendar2026],
      }),
    ).toThrow(RangeError);
  });
});
