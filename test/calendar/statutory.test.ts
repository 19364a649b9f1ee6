import { describe, expect, test } from "vitest";
import { computeStatutoryCalendar } from "../../src/calendar/statutory.js";
import { calendar2026 } from "./fixtures.js";

function datesOf(year: number): string[] {
  return computeStatutoryCalendar(year).ngay_nghi.map((entry) => entry.ngay ?? "");
}

describe("statutory holidays (Labour Code 2019 Art. 111–112)", () => {
  test("2026: exactly the days of the official 2026 schedule", () => {
    const expected = calendar2026.ngay_nghi.flatMap((entry) =>
      entry.ngay ? [entry.ngay] : ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
    );
    expect(datesOf(2026)).toEqual(expected);
  });

  test("2026: reasons, with Giỗ Tổ (Sunday 26/4) compensated on Monday 27/4", () => {
    const calendar = computeStatutoryCalendar(2026);
    expect(calendar.statutoryOnly).toBe(true);
    expect(calendar.nam).toBe(2026);
    expect(calendar.ngay_lam_bu).toEqual([]);
    expect(calendar.ngay_nghi).toContainEqual({
      ngay: "2026-04-27",
      ly_do: "Nghỉ bù Giỗ Tổ Hùng Vương",
    });
    expect(calendar.ngay_nghi).toContainEqual({ ngay: "2026-02-16", ly_do: "Tết Nguyên đán" });
  });

  // Hand-computed from the rules (see statutory.ts).
  test.each([
    [
      // Tết 6/2 is a Saturday: 5/2 (29 Tết), 6–9/2; Sat 6 and Sun 7 compensated on Wed 10 and
      // Thu 11; Sat 1/5 on Mon 3/5; 2/9 is a Thursday so Friday 3/9 is the adjacent day.
      2027,
      [
        "2027-01-01",
        "2027-02-05",
        "2027-02-08",
        "2027-02-09",
        "2027-02-10",
        "2027-02-11",
        "2027-04-16",
        "2027-04-30",
        "2027-05-03",
        "2027-09-02",
        "2027-09-03",
      ],
    ],
    [
      // 2023: Sunday 1/1 → Monday 2/1; Tết 22/1 is a Sunday: 30 Tết Sat 21/1 and Sun 22/1
      // compensated on Thu 26/1 and Fri 27/1 after Mùng 2–4; Giỗ Tổ Sat 29/4 and Sun 30/4 →
      // Tue 2/5 and Wed 3/5 (Mon 1/5 is itself a holiday); Sat 2/9 → Fri 1/9 plus Mon 4/9.
      2023,
      [
        "2023-01-02",
        "2023-01-23",
        "2023-01-24",
        "2023-01-25",
        "2023-01-26",
        "2023-01-27",
        "2023-05-01",
        "2023-05-02",
        "2023-05-03",
        "2023-09-01",
        "2023-09-04",
      ],
    ],
    [
      // 2024: 2/9 is a Monday; Sunday 1/9 is compensated on Tuesday 3/9.
      2024,
      [
        "2024-01-01",
        "2024-02-09",
        "2024-02-12",
        "2024-02-13",
        "2024-02-14",
        "2024-02-15",
        "2024-04-18",
        "2024-04-30",
        "2024-05-01",
        "2024-09-02",
        "2024-09-03",
      ],
    ],
  ])("%i", (year, expected) => {
    expect(datesOf(year)).toEqual(expected);
  });

  test("every listed day is Monday–Friday and inside its year", () => {
    for (let year = 2000; year <= 2060; year += 1) {
      for (const date of datesOf(year)) {
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        expect(weekday, `${date}`).toBeGreaterThanOrEqual(1);
        expect(weekday, `${date}`).toBeLessThanOrEqual(5);
        expect(date.startsWith(`${year}-`), `${date}`).toBe(true);
      }
      // 11 holiday days in all (1 + 5 + 1 + 1 + 1 + 2), each either on a weekday or compensated.
      expect(datesOf(year)).toHaveLength(11);
      expect(new Set(datesOf(year)).size).toBe(11);
    }
  });
});
