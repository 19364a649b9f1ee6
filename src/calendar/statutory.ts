// Statutory public holidays for a year that has no calendar file (lich/YYYY.yaml).
//
// Labour Code 2019 Art. 112(1): Tết Dương lịch 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương
// 10/3 lunar; Victory Day 30/4; International Labour Day 1/5; National Day 2/9 plus one day
// before or after. Art. 111(3): a holiday that falls on the weekly day off (Saturday or Sunday
// for civil servants) gives a compensatory day on the next working day.
//
// This is a fallback only. The government fixes the exact days each year (which 5 days of
// Tết, which day next to 2/9, and swaps a weekday off for a Saturday), so the catalogue keeps
// the real schedule as data; a deadline computed from this table carries a warning.

import type { CalendarEntry, CalendarYear } from "../model/catalogue.js";
import { type DayNumber, dayNumberOf, isWeekend, toIsoDate, weekdayOf } from "./day-number.js";
import { hungKingsDayNumber, tetDayNumber } from "./lunar.js";

/** A calendar built from the law alone, not from the government's yearly announcement. */
export interface StatutoryCalendarYear extends CalendarYear {
  statutoryOnly: true;
}

interface Holiday {
  day: DayNumber;
  reason: string;
}

const TET_DUONG_LICH = "Tết Dương lịch";
const TET_NGUYEN_DAN = "Tết Nguyên đán";
const GIO_TO = "Giỗ Tổ Hùng Vương";
const GIAI_PHONG = "Ngày Chiến thắng (30/4)";
const QUOC_TE_LAO_DONG = "Ngày Quốc tế Lao động (1/5)";
const QUOC_KHANH = "Quốc khánh (2/9)";

/** The Art. 112 holidays of a year, weekends included, in date order. */
function listHolidays(year: number): Holiday[] {
  const holidays: Holiday[] = [{ day: dayNumberOf(year, 1, 1), reason: TET_DUONG_LICH }];

  // Tết: the exact 5 days are set each year by the Prime Minister. The usual pattern, used
  // here, is the last day of the lunar year (30 Tết, or 29 Tết when month 12 is short: the day
  // before Mùng 1 either way) and the 4 days after it, i.e. 30 Tết through Mùng 4.
  const tet = tetDayNumber(year);
  for (let day = tet - 1; day <= tet + 3; day += 1) holidays.push({ day, reason: TET_NGUYEN_DAN });

  holidays.push({ day: hungKingsDayNumber(year), reason: GIO_TO });
  holidays.push({ day: dayNumberOf(year, 4, 30), reason: GIAI_PHONG });
  holidays.push({ day: dayNumberOf(year, 5, 1), reason: QUOC_TE_LAO_DONG });

  // 2/9 plus one adjacent day, chosen each year. Our choice: the day before (1/9), except when
  // 2/9 is a Thursday, when the day after (Friday 3/9) is taken so the break joins the weekend.
  // This reproduces the days off of 2021–2026 (2021: 2–3/9; 2022: 1–2/9; 2023: 1/9 + 4/9 in
  // lieu of Saturday 2/9; 2024: 2/9 + 3/9, Sunday 1/9 compensated on Tuesday 3/9; 2025: 1–2/9;
  // 2026: 1–2/9).
  const nationalDay = dayNumberOf(year, 9, 2);
  const adjacent = weekdayOf(nationalDay) === 4 ? nationalDay + 1 : nationalDay - 1;
  holidays.push({ day: nationalDay, reason: QUOC_KHANH });
  holidays.push({ day: adjacent, reason: QUOC_KHANH });

  return holidays.sort((a, b) => a.day - b.day);
}

/**
 * The statutory days off of a year in the shape of a calendar file: every holiday that falls on
 * Monday–Friday, and for each holiday on a weekend a compensatory day on the next weekday that
 * is neither a holiday nor already a compensatory day (Art. 111). No swapped Saturdays: those
 * are only ever announced, never implied by the law.
 */
export function computeStatutoryCalendar(year: number): StatutoryCalendarYear {
  const holidays = listHolidays(year);
  const taken = new Set(holidays.map((holiday) => holiday.day));
  const daysOff: Holiday[] = [];
  const listed = new Set<DayNumber>();
  for (const holiday of holidays) {
    // Giỗ Tổ can fall on 30/4 in some years; the second holiday of the day is then treated
    // like one on a day off and compensated, so a year always gives its 11 days.
    if (!isWeekend(holiday.day) && !listed.has(holiday.day)) {
      daysOff.push(holiday);
      listed.add(holiday.day);
      continue;
    }
    let day = holiday.day + 1;
    while (isWeekend(day) || taken.has(day)) day += 1;
    taken.add(day);
    listed.add(day);
    daysOff.push({ day, reason: `Nghỉ bù ${holiday.reason}` });
  }
  daysOff.sort((a, b) => a.day - b.day);
  const ngay_nghi: CalendarEntry[] = daysOff.map((off) => ({
    ngay: toIsoDate(off.day),
    ly_do: off.reason,
  }));
  return { nam: year, ngay_nghi, ngay_lam_bu: [], statutoryOnly: true };
}
