import { describe, expect, test } from "vitest";
import { toDayNumber } from "../../src/calendar/day-number.js";
import { hungKingsDate, lunarDateOf, solarDateOfLunar, tetDate } from "../../src/calendar/lunar.js";

describe("Mùng 1 Tết (Vietnamese calendar, UTC+7)", () => {
  test.each([
    [1985, "1985-01-21"],
    [2007, "2007-02-17"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
    [2029, "2029-02-13"],
    // Vietnam, not China (2030-02-03): the new moon falls before midnight at UTC+7 only.
    [2030, "2030-02-02"],
  ])("%i → %s", (year, expected) => {
    expect(tetDate(year)).toBe(expected);
  });

  test("1985 and 2007 differ from the Chinese calendar", () => {
    expect(tetDate(1985)).not.toBe("1985-02-20");
    expect(tetDate(2007)).not.toBe("2007-02-18");
  });
});

describe("Giỗ Tổ Hùng Vương (10/3 lunar), docs/domain.md §6", () => {
  test.each([
    [2020, "2020-04-02"],
    [2021, "2021-04-21"],
    [2022, "2022-04-10"],
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
    [2027, "2027-04-16"],
    [2028, "2028-04-04"],
    [2029, "2029-04-23"],
    [2030, "2030-04-12"],
  ])("%i → %s", (year, expected) => {
    expect(hungKingsDate(year)).toBe(expected);
  });
});

describe("leap months", () => {
  // 2023 had a leap 2nd month (tháng 2 nhuận), starting 22/3/2023; month 3 started 20/4/2023.
  test("2023: leap month 2", () => {
    expect(solarDateOfLunar(2023, 2, 1, true)).toBe("2023-03-22");
    expect(solarDateOfLunar(2023, 3, 1)).toBe("2023-04-20");
    expect(solarDateOfLunar(2023, 3, 1, true)).toBeUndefined();
    expect(lunarDateOf(toDayNumber("2023-03-22"))).toEqual({
      year: 2023,
      month: 2,
      day: 1,
      leap: true,
    });
  });

  // 1993 had a leap 3rd month: Giỗ Tổ is on the regular month 3 (1/4/1993), not the leap one.
  test("1993: Giỗ Tổ on the regular 3rd month", () => {
    expect(hungKingsDate(1993)).toBe("1993-04-01");
    expect(solarDateOfLunar(1993, 3, 10, true)).toBe("1993-05-01");
  });

  test("a year without a leap month refuses a leap date", () => {
    expect(solarDateOfLunar(2026, 3, 10, true)).toBeUndefined();
  });
});

describe("lunar ↔ solar", () => {
  test.each([
    ["2026-02-16", { year: 2025, month: 12, day: 29, leap: false }],
    ["2026-02-17", { year: 2026, month: 1, day: 1, leap: false }],
    ["2026-04-26", { year: 2026, month: 3, day: 10, leap: false }],
    ["2024-02-09", { year: 2023, month: 12, day: 30, leap: false }],
  ])("%s", (iso, lunar) => {
    expect(lunarDateOf(toDayNumber(iso))).toEqual(lunar);
    expect(solarDateOfLunar(lunar.year, lunar.month, lunar.day, lunar.leap)).toBe(iso);
  });

  test("day 30 of a 29-day month does not exist", () => {
    // Month 12 of lunar 2025 has 29 days (Tết 2026 follows 29 Tết, 16/2).
    expect(solarDateOfLunar(2025, 12, 30)).toBeUndefined();
  });

  // Days where the mean-month estimate lands after the true new moon (a naive lookup gave day 0).
  test.each(["2054-05-07", "2062-04-09"])("%s is a real lunar day", (iso) => {
    const lunar = lunarDateOf(toDayNumber(iso));
    expect(lunar.day).toBeGreaterThanOrEqual(29);
    expect(solarDateOfLunar(lunar.year, lunar.month, lunar.day, lunar.leap)).toBe(iso);
  });

  test("round trip over every day of 1900–2100", () => {
    const first = toDayNumber("1900-01-01");
    const last = toDayNumber("2100-12-31");
    let mismatches = 0;
    for (let day = first; day <= last; day += 1) {
      const lunar = lunarDateOf(day);
      const back = solarDateOfLunar(lunar.year, lunar.month, lunar.day, lunar.leap);
      if (back === undefined || toDayNumber(back) !== day) mismatches += 1;
    }
    expect(mismatches).toBe(0);
  });
});
