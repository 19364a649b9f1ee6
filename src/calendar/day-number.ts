// Calendar dates as integers. Every date in the calendar engine is a Julian Day Number (an
// integer count of days), converted from and to ISO "YYYY-MM-DD" text at the edges. Integer
// arithmetic never meets a time zone, so no local-time or daylight-saving bug can shift a day.
// The conversion formulas are the standard Gregorian ones (Fliegel–Van Flandern style), valid
// for every date after the Gregorian reform, which is all a catalogue needs.
import { isIsoDate } from "../model/date.js";

/** A date as a Julian Day Number (JDN 2451545 is Saturday 2000-01-01). */
export type DayNumber = number;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** The Julian Day Number of a Gregorian date. */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian Day Number. */
export function ymdOf(jdn: DayNumber): YearMonthDay {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

export function daysInMonth(year: number, month: number): number {
  const next = month === 12 ? dayNumberOf(year + 1, 1, 1) : dayNumberOf(year, month + 1, 1);
  return next - dayNumberOf(year, month, 1);
}

/** The day number of an ISO date, or undefined when the text is not a real date (2026-02-30). */
export function parseIsoDate(text: string): DayNumber | undefined {
  if (!isIsoDate(text)) return undefined;
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return dayNumberOf(year, month, day);
}

/** The day number of an ISO date that is known to be valid (calendar data already checked). */
export function toDayNumber(iso: string): DayNumber {
  const jdn = parseIsoDate(iso);
  if (jdn === undefined) throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
  return jdn;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function toIsoDate(jdn: DayNumber): string {
  const { year, month, day } = ymdOf(jdn);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 0 = Sunday, 1 = Monday, …, 6 = Saturday (the JavaScript convention). */
export function weekdayOf(jdn: DayNumber): number {
  return (((jdn + 1) % 7) + 7) % 7;
}

export function isWeekend(jdn: DayNumber): boolean {
  const weekday = weekdayOf(jdn);
  return weekday === 0 || weekday === 6;
}

export function yearOf(jdn: DayNumber): number {
  return ymdOf(jdn).year;
}

/**
 * The same day number `months` months later; when the target month is shorter, its last day
 * (Civil Code 2015 Art. 148: a period in months with no corresponding day ends on the last day
 * of that month). 31/1 + 1 month = 28/2 (or 29/2).
 */
export function addMonths(jdn: DayNumber, months: number): DayNumber {
  const { year, month, day } = ymdOf(jdn);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayNumberOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
