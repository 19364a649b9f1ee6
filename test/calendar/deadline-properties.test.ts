import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeDeadline } from "../../src/calendar/deadline.js";
import { toDayNumber, toIsoDate } from "../../src/calendar/day-number.js";
import { addWorkingDays, buildWorkCalendar, isWorkingDay } from "../../src/calendar/working-days.js";
import type { DeadlineUnit } from "../../src/model/catalogue.js";
import { calendar2025, calendar2026, officeHours } from "./fixtures.js";

// 2025 and 2026 have files; 2027 and later fall back to the statutory holidays.
const calendars = [calendar2025, calendar2026];
const FIRST = toDayNumber("2025-01-01");
const LAST = toDayNumber("2027-12-31");

const dateArb = fc.integer({ min: FIRST, max: LAST }).map(toIsoDate);
const timeArb = fc
  .integer({ min: 0, max: 24 * 60 - 1 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
const unitArb = fc.constantFrom<DeadlineUnit>("ngay_lam_viec", "ngay", "gio", "thang");
const valueArb = (unit: DeadlineUnit) =>
  unit === "thang"
    ? fc.integer({ min: 0, max: 12 })
    : unit === "gio"
      ? fc.integer({ min: 0, max: 160 }).map((halfHours) => halfHours / 2)
      : fc.integer({ min: 0, max: 60 });

function dueOf(date: string, time: string, gia_tri: number, don_vi: DeadlineUnit): string {
  const result = computeDeadline({
    received: { date, time },
    deadline: { gia_tri, don_vi },
    officeHours,
    calendars,
  });
  return `${result.due.date} ${result.due.time}`;
}

describe("deadline properties", () => {
  test("a due date is never a day off, and its time lies inside office hours", () => {
    const calendar = buildWorkCalendar(calendars);
    fc.assert(
      fc.property(
        dateArb,
        timeArb,
        unitArb.chain((unit) => fc.tuple(fc.constant(unit), valueArb(unit))),
        (date, time, [unit, value]) => {
          const result = computeDeadline({
            received: { date, time },
            deadline: { gia_tri: value, don_vi: unit },
            officeHours,
            calendars,
          });
          expect(isWorkingDay(calendar, result.due.date)).toBe(true);
          expect(isWorkingDay(calendar, result.deemedReceived.date)).toBe(true);
          const t = result.due.time;
          const inMorning = t >= "07:30" && t <= "11:30";
          const inAfternoon = t >= "13:30" && t <= "17:00";
          expect(inMorning || inAfternoon).toBe(true);
          expect(result.due.date >= result.received.date).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("more days or hours never make the due moment earlier", () => {
    fc.assert(
      fc.property(
        dateArb,
        timeArb,
        unitArb.chain((unit) => fc.tuple(fc.constant(unit), valueArb(unit), valueArb(unit))),
        (date, time, [unit, a, b]) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(dueOf(date, time, small, unit) <= dueOf(date, time, large, unit)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a later receipt never makes the due moment earlier", () => {
    fc.assert(
      fc.property(
        dateArb,
        timeArb,
        dateArb,
        timeArb,
        unitArb.chain((unit) => fc.tuple(fc.constant(unit), valueArb(unit))),
        (date1, time1, date2, time2, [unit, value]) => {
          const [early, late] =
            `${date1} ${time1}` <= `${date2} ${time2}`
              ? [
                  [date1, time1],
                  [date2, time2],
                ]
              : [
                  [date2, time2],
                  [date1, time1],
                ];
          expect(dueOf(early[0]!, early[1]!, value, unit) <= dueOf(late[0]!, late[1]!, value, unit)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("addWorkingDays lands on the n-th working day after the start", () => {
    const calendar = buildWorkCalendar(calendars);
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 1, max: 80 }), (start, n) => {
        const end = addWorkingDays(calendar, start, n);
        expect(isWorkingDay(calendar, end)).toBe(true);
        let counted = 0;
        for (let day = start + 1; day <= end; day += 1) {
          if (isWorkingDay(calendar, day)) counted += 1;
        }
        expect(counted).toBe(n);
        expect(addWorkingDays(calendar, start, n + 1)).toBeGreaterThan(end);
      }),
      { numRuns: 300 },
    );
  });
});
