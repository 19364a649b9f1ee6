// Working days, from the catalogue's calendar files (lich/YYYY.yaml).
//
// A working day is Monday to Friday, not in `ngay_nghi`, plus every day in `ngay_lam_bu` (a
// swapped Saturday). A `ngay_lam_bu` day wins over a `ngay_nghi` entry that covers it, as the
// spec's rule reads. A year with no file falls back to the statutory holidays
// (statutory.ts) and records a warning that the official schedule is missing; warnings are
// collected on the calendar for the caller to show, never printed here.

import type { CalendarEntry, CalendarYear } from "../model/catalogue.js";
import type { Problem } from "../model/problem.js";
import { type DayNumber, isWeekend, parseIsoDate, toDayNumber, toIsoDate, yearOf } from "./day-number.js";
import { computeStatutoryCalendar } from "./statutory.js";

/**
 * Something a person should know about a computed date, as a problem: `rule` is stable for
 * scripts ("calendar-year-missing", "value-rounded-up"); a missing year names its file and year.
 */
export interface CalendarWarning extends Problem {
  /** The calendar year concerned, when there is one. */
  year?: number;
}

interface YearTable {
  /** Days off from ngay_nghi, with their reason (empty string when the file gives none). */
  daysOff: Map<DayNumber, string>;
  /** Days made working by ngay_lam_bu, with their reason. */
  extraWorkingDays: Map<DayNumber, string>;
  statutoryOnly: boolean;
}

/**
 * The working-day calendar of a catalogue. Years are indexed on first use; a year without a
 * calendar file is filled from the statutory holidays and adds one warning. Treat it as a
 * value: the only state it keeps is that cache and the warnings list.
 */
export interface WorkCalendar {
  readonly files: ReadonlyMap<number, CalendarYear>;
  readonly years: Map<number, YearTable>;
  readonly warnings: CalendarWarning[];
}

/** Builds the calendar from the catalogue's calendar files (one per year). */
export function buildWorkCalendar(calendars: readonly CalendarYear[]): WorkCalendar {
  const files = new Map<number, CalendarYear>();
  for (const calendar of calendars) files.set(calendar.nam, calendar);
  return { files, years: new Map(), warnings: [] };
}

/** Each day an entry covers: one `ngay`, or `tu`..`den` inclusive. Bad dates are skipped. */
function daysOfEntry(entry: CalendarEntry): DayNumber[] {
  if (entry.ngay !== undefined) {
    const day = parseIsoDate(entry.ngay);
    return day === undefined ? [] : [day];
  }
  const from = entry.tu === undefined ? undefined : parseIsoDate(entry.tu);
  const to = entry.den === undefined ? from : parseIsoDate(entry.den);
  if (from === undefined || to === undefined) return [];
  const days: DayNumber[] = [];
  // Validation reports reversed or huge ranges; here a cap keeps a typo from looping for ages.
  for (let day = from; day <= to && days.length < 400; day += 1) days.push(day);
  return days;
}

function indexEntries(entries: readonly CalendarEntry[] | undefined): Map<DayNumber, string> {
  const index = new Map<DayNumber, string>();
  for (const entry of entries ?? []) {
    for (const day of daysOfEntry(entry)) {
      if (!index.has(day)) index.set(day, entry.ly_do ?? "");
    }
  }
  return index;
}

function missingYearWarning(year: number): CalendarWarning {
  return {
    rule: "calendar-year-missing",
    file: `lich/${year}.yaml`,
    path: [],
    severity: "warning",
    year,
    message: {
      vi:
        `Danh mục chưa có lịch làm việc chính thức năm ${year} (lich/${year}.yaml): ` +
        `hạn được tính theo các ngày nghỉ lễ, Tết của Bộ luật Lao động 2019 (Điều 111, 112), ` +
        `chưa gồm ngày nghỉ hoán đổi. Hãy thêm tệp lich/${year}.yaml theo thông báo của Chính phủ.`,
      en:
        `The catalogue has no official working-day calendar for ${year} (lich/${year}.yaml): ` +
        `the deadline uses the statutory holidays of the Labour Code 2019 (Art. 111, 112), ` +
        `without any swapped days. Add lich/${year}.yaml from the government's announcement.`,
    },
  };
}

function tableOf(calendar: WorkCalendar, year: number): YearTable {
  const cached = calendar.years.get(year);
  if (cached) return cached;
  const file = calendar.files.get(year);
  let table: YearTable;
  if (file) {
    table = {
      daysOff: indexEntries(file.ngay_nghi),
      extraWorkingDays: indexEntries(file.ngay_lam_bu),
      statutoryOnly: false,
    };
  } else {
    const statutory = computeStatutoryCalendar(year);
    table = {
      daysOff: indexEntries(statutory.ngay_nghi),
      extraWorkingDays: new Map(),
      statutoryOnly: true,
    };
    calendar.warnings.push(missingYearWarning(year));
  }
  calendar.years.set(year, table);
  return table;
}

/** Whether a day (an ISO date or a day number) is a working day. */
export function isWorkingDay(calendar: WorkCalendar, date: string | DayNumber): boolean {
  const day = typeof date === "string" ? toDayNumber(date) : date;
  const table = tableOf(calendar, yearOf(day));
  if (table.extraWorkingDays.has(day)) return true;
  return !isWeekend(day) && !table.daysOff.has(day);
}

/**
 * Why a day is not a working day, when the calendar says so: the `ly_do` of its `ngay_nghi`
 * entry ("Tết Nguyên đán"). Undefined for working days and for ordinary weekends.
 */
export function dayOffReason(calendar: WorkCalendar, date: string | DayNumber): string | undefined {
  const day = typeof date === "string" ? toDayNumber(date) : date;
  const table = tableOf(calendar, yearOf(day));
  if (table.extraWorkingDays.has(day)) return undefined;
  const reason = table.daysOff.get(day);
  if (reason === undefined) return undefined;
  return reason === "" ? "Ngày nghỉ" : reason;
}

/** The first working day on or after a day. */
export function nextWorkingDayFrom(calendar: WorkCalendar, day: DayNumber): DayNumber {
  let current = day;
  while (!isWorkingDay(calendar, current)) current += 1;
  return current;
}

/**
 * The n-th working day after a day (the day itself is not counted, Civil Code Art. 147), for
 * n ≥ 1; for n = 0, the day itself if it is a working day, else the next one. Takes and
 * returns an ISO date or a day number, the same kind as given.
 */
export function addWorkingDays(calendar: WorkCalendar, date: string, n: number): string;
export function addWorkingDays(calendar: WorkCalendar, date: DayNumber, n: number): DayNumber;
export function addWorkingDays(calendar: WorkCalendar, date: string | DayNumber, n: number): string | DayNumber {
  if (!Number.isInteger(n) || n < 0) throw new Error(`addWorkingDays needs a whole n ≥ 0, got ${n}`);
  const start = typeof date === "string" ? toDayNumber(date) : date;
  let day = start;
  if (n === 0) {
    day = nextWorkingDayFrom(calendar, day);
  } else {
    let counted = 0;
    while (counted < n) {
      day += 1;
      if (isWorkingDay(calendar, day)) counted += 1;
    }
  }
  return typeof date === "string" ? toIsoDate(day) : day;
}
