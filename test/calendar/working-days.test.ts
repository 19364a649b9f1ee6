import { describe, expect, test } from "vitest";
import { addWorkingDays, buildWorkCalendar, dayOffReason, isWorkingDay } from "../../src/calendar/working-days.js";
import { calendar2025, calendar2026 } from "./fixtures.js";

describe("isWorkingDay", () => {
  const calendar = buildWorkCalendar([calendar2025, calendar2026]);

  test.each([
    ["2026-02-12", true], // Thursday
    ["2026-02-14", false], // Saturday
    ["2026-02-15", false], // Sunday
    ["2026-02-16", false], // Tết (range start)
    ["2026-02-18", false], // Tết (inside the range)
    ["2026-02-20", false], // Tết (range end)
    ["2026-02-23", true], // Monday after Tết
    ["2026-04-27", false], // compensatory Giỗ Tổ
    ["2026-09-01", false],
    ["2026-09-03", true],
    ["2025-04-26", true], // Saturday made a working day (ngay_lam_bu)
    ["2025-04-27", false], // the Sunday after it is not
    ["2025-05-02", false], // the Friday swapped for it
  ])("%s → %s", (date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
  });

  test("no warning when every year used has a file", () => {
    expect(calendar.warnings).toEqual([]);
  });

  test("reasons come from the calendar; weekends have none", () => {
    expect(dayOffReason(calendar, "2026-02-17")).toBe("Tết Nguyên đán");
    expect(dayOffReason(calendar, "2025-05-02")).toBe("Nghỉ hoán đổi");
    expect(dayOffReason(calendar, "2026-02-14")).toBeUndefined();
    expect(dayOffReason(calendar, "2026-02-12")).toBeUndefined();
  });
});

describe("addWorkingDays", () => {
  const calendar = buildWorkCalendar([calendar2025, calendar2026]);

  test.each([
    // from, n, expected
    ["2026-02-12", 1, "2026-02-13"],
    ["2026-02-12", 2, "2026-02-23"], // over Tết and two weekends
    ["2026-02-12", 3, "2026-02-24"],
    ["2026-02-13", 3, "2026-02-25"],
    ["2026-02-14", 0, "2026-02-23"], // n = 0: the next working day on or after
    ["2026-02-12", 0, "2026-02-12"],
    ["2025-04-24", 2, "2025-04-26"], // Thu → Fri (1), swapped Saturday (2)
    ["2025-04-24", 3, "2025-04-28"],
    ["2025-04-29", 1, "2025-05-05"], // 30/4, 1/5, 2/5 (swapped) and the weekend
    ["2025-12-31", 1, "2026-01-02"], // across the year end: 1/1/2026 is off
  ])("%s + %i → %s", (from, n, expected) => {
    expect(addWorkingDays(calendar, from, n)).toBe(expected);
  });

  test("refuses a fractional or negative n (callers split fractions themselves)", () => {
    expect(() => addWorkingDays(calendar, "2026-02-12", 1.5)).toThrow();
    expect(() => addWorkingDays(calendar, "2026-02-12", -1)).toThrow();
  });
});

describe("a year with no calendar file", () => {
  test("uses the statutory holidays and warns once, in both languages", () => {
    const calendar = buildWorkCalendar([calendar2026]);
    // 2027 statutory: Tết 5/2 and 8–11/2 off (Sat 6/2 and Sun 7/2 compensated on 10 and 11).
    expect(isWorkingDay(calendar, "2027-02-05")).toBe(false);
    expect(isWorkingDay(calendar, "2027-02-11")).toBe(false);
    expect(isWorkingDay(calendar, "2027-02-12")).toBe(true);
    expect(dayOffReason(calendar, "2027-02-10")).toBe("Nghỉ bù Tết Nguyên đán");
    expect(addWorkingDays(calendar, "2027-02-04", 1)).toBe("2027-02-12");
    expect(calendar.warnings).toHaveLength(1);
    const [warning] = calendar.warnings;
    expect(warning?.rule).toBe("calendar-year-missing");
    expect(warning?.year).toBe(2027);
    expect(warning?.message.vi).toContain("lich/2027.yaml");
    expect(warning?.message.en).toContain("lich/2027.yaml");
  });
});
