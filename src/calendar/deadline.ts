// When a result is due: the counting model (Civil Code 2015 Art. 147–148, one-stop practice).
//
// Input: the moment a dossier was received (a date and HH:MM, Vietnam local time), a deadline
// {gia_tri, don_vi}, the office hours {sang: [open, lunch], chieu: [lunch end, close],
// gio_chuyen_ngay: cut-off} and the catalogue's calendar files.
//
// 1. Deemed receipt. A dossier received after the cut-off (strictly after, e.g. 15:00), or on a
//    day that is not a working day, is deemed received on the next working day at opening time.
// 2. The day of (deemed) receipt is not counted (Art. 147).
//    - ngay_lam_viec N: due at the close of office hours on the N-th working day after it.
//      A fraction (1,5 ngày làm việc) is that share of a day's office hours, counted like
//      hours from the close of the N-th working day (so it lands on the next working day).
//    - ngay N: the period ends on the N-th calendar day after it; when that day is not a
//      working day, on the next working day (Art. 148); due at the close of office hours.
//    - thang N: the same day number N months later, or the last day of that month when it is
//      shorter (Art. 148), moved to the next working day when off; due at the close.
//    - gio N: hours run inside office hours only (morning and afternoon sessions; lunch, nights
//      and days off skipped) from the moment of receipt: before opening counts from opening,
//      during lunch from the afternoon opening, after the cut-off from the next working day's
//      opening.
// 3. Output: the due date and time, the days off the count stepped over (with the calendar's
//    reason), whether receipt was deemed moved to another day, and warnings (a year without a
//    calendar file, a fractional value rounded up).

import type { CalendarYear, Deadline, DeadlineUnit, Manifest } from "../model/catalogue.js";
import { type DayNumber, addMonths, parseIsoDate, toIsoDate } from "./day-number.js";
import {
  type CalendarWarning,
  type WorkCalendar,
  addWorkingDays,
  buildWorkCalendar,
  dayOffReason,
  isWorkingDay,
  nextWorkingDayFrom,
} from "./working-days.js";

export { addWorkingDays, isWorkingDay } from "./working-days.js";
export type { CalendarWarning, WorkCalendar } from "./working-days.js";

export type OfficeHours = Manifest["gio_lam_viec"];

/** A local (Vietnam) date and time: "YYYY-MM-DD" and "HH:MM". */
export interface LocalMoment {
  date: string;
  time: string;
}

export interface DeadlineInput {
  received: LocalMoment;
  deadline: Pick<Deadline, "gia_tri" | "don_vi">;
  officeHours: OfficeHours;
  calendars: readonly CalendarYear[];
}

export interface SkippedDayOff {
  date: string;
  reason: string;
}

export interface DeadlineResult {
  received: LocalMoment;
  /** When counting starts from: the receipt itself, or the next working day's opening. */
  deemedReceived: LocalMoment;
  /** True when receipt was deemed moved to a later day (after the cut-off, or on a day off). */
  deemedMoved: boolean;
  /** Why it moved: received on a day that is not a working day, or after the cut-off. */
  deemedReason?: "day_off" | "after_cutoff";
  due: LocalMoment;
  unit: DeadlineUnit;
  value: number;
  /** For ngay and thang: the day the period ends before moving to a working day. */
  periodEnd?: string;
  /** Days off (from ngay_nghi or the statutory holidays) that the count stepped over. */
  daysOffSkipped: SkippedDayOff[];
  warnings: CalendarWarning[];
}

/** Office hours as minutes after midnight. */
interface Sessions {
  open: number;
  lunchStart: number;
  lunchEnd: number;
  close: number;
  cutoff: number;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of "HH:MM", or undefined when the text is not such a time. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

function formatClock(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function clockOrThrow(text: string, what: string): number {
  const minutes = parseClock(text);
  if (minutes === undefined) {
    throw new RangeError(`gio_lam_viec.${what} is not a time HH:MM: ${JSON.stringify(text)}`);
  }
  return minutes;
}

/** Reads and checks the office hours: open < lunch start ≤ lunch end < close. */
export function readOfficeHours(hours: OfficeHours): Sessions {
  const sessions: Sessions = {
    open: clockOrThrow(hours.sang[0], "sang[0]"),
    lunchStart: clockOrThrow(hours.sang[1], "sang[1]"),
    lunchEnd: clockOrThrow(hours.chieu[0], "chieu[0]"),
    close: clockOrThrow(hours.chieu[1], "chieu[1]"),
    cutoff: clockOrThrow(hours.gio_chuyen_ngay, "gio_chuyen_ngay"),
  };
  const { open, lunchStart, lunchEnd, close } = sessions;
  if (!(open < lunchStart && lunchStart <= lunchEnd && lunchEnd < close)) {
    throw new RangeError(
      `gio_lam_viec must run sang[0] < sang[1] <= chieu[0] < chieu[1], got ` +
        `${hours.sang[0]}–${hours.sang[1]}, ${hours.chieu[0]}–${hours.chieu[1]}`,
    );
  }
  return sessions;
}

interface Instant {
  day: DayNumber;
  minute: number;
}

/**
 * The moment `amount` minutes of office time after `from`. With amount 0 it is the first
 * moment at or after `from` that lies inside office hours (the start of an hours count).
 * A count that ends exactly at a session's end stays there (11:30, not 13:30).
 */
function addOfficeMinutes(calendar: WorkCalendar, sessions: Sessions, from: Instant, amount: number): Instant {
  const periods: [number, number][] = [
    [sessions.open, sessions.lunchStart],
    [sessions.lunchEnd, sessions.close],
  ];
  let remaining = amount;
  let { day, minute } = from;
  for (;;) {
    if (!isWorkingDay(calendar, day)) {
      day = nextWorkingDayFrom(calendar, day);
      minute = 0;
    }
    for (const [start, end] of periods) {
      if (minute >= end) continue;
      const current = Math.max(minute, start);
      const available = end - current;
      if (remaining <= available) return { day, minute: current + remaining };
      remaining -= available;
      minute = end;
    }
    day += 1;
    minute = 0;
  }
}

function roundUpWarning(value: number, rounded: number, unit: DeadlineUnit): CalendarWarning {
  const unitVi = unit === "thang" ? "tháng" : "ngày";
  const unitEn = unit === "thang" ? "months" : "days";
  return {
    rule: "value-rounded-up",
    file: "",
    path: [],
    severity: "warning",
    message: {
      vi: `Thời hạn ${value} ${unitVi} không phải số nguyên: đã tính tròn lên ${rounded} ${unitVi}.`,
      en: `The deadline of ${value} ${unitEn} is not a whole number: counted as ${rounded} ${unitEn}.`,
    },
  };
}

/** Days off with a calendar reason in [from, to) (ordinary weekends are not listed). */
function listDaysOff(calendar: WorkCalendar, from: DayNumber, to: DayNumber): SkippedDayOff[] {
  const skipped: SkippedDayOff[] = [];
  for (let day = from; day < to; day += 1) {
    if (isWorkingDay(calendar, day)) continue;
    const reason = dayOffReason(calendar, day);
    if (reason !== undefined) skipped.push({ date: toIsoDate(day), reason });
  }
  return skipped;
}

/** Computes when a result is due. Throws RangeError on a malformed date, time or office hours. */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const { received, deadline, officeHours } = input;
  const sessions = readOfficeHours(officeHours);
  const receivedDay = parseIsoDate(received.date);
  if (receivedDay === undefined) throw new RangeError(`Not a date: ${received.date}`);
  const receivedMinute = parseClock(received.time);
  if (receivedMinute === undefined) throw new RangeError(`Not a time HH:MM: ${received.time}`);
  const value = deadline.gia_tri;
  const unit = deadline.don_vi;
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`Not a deadline value: ${value}`);

  const calendar = buildWorkCalendar(input.calendars);
  const warnings: CalendarWarning[] = [];

  const receivedOnDayOff = !isWorkingDay(calendar, receivedDay);
  const moved = receivedOnDayOff || receivedMinute > sessions.cutoff;
  let deemed: Instant = moved
    ? { day: nextWorkingDayFrom(calendar, receivedDay + 1), minute: sessions.open }
    : { day: receivedDay, minute: receivedMinute };

  let due: Instant;
  let periodEnd: DayNumber | undefined;
  let daysOffSkipped: SkippedDayOff[];

  if (unit === "gio") {
    // Hours start inside office hours: before opening → opening, lunch → afternoon opening.
    deemed = addOfficeMinutes(calendar, sessions, deemed, 0);
    due = addOfficeMinutes(calendar, sessions, deemed, Math.round(value * 60));
    daysOffSkipped = listDaysOff(calendar, receivedDay, due.day + 1);
  } else if (unit === "ngay_lam_viec") {
    const whole = Math.floor(value);
    const fraction = value - whole;
    const lastDay = addWorkingDays(calendar, deemed.day, whole);
    due = { day: lastDay, minute: sessions.close };
    if (fraction > 0) {
      const dayLength = sessions.lunchStart - sessions.open + (sessions.close - sessions.lunchEnd);
      due = addOfficeMinutes(calendar, sessions, due, Math.round(fraction * dayLength));
    }
    daysOffSkipped = listDaysOff(calendar, receivedDay, due.day + 1);
  } else {
    const whole = Math.ceil(value);
    if (whole !== value) warnings.push(roundUpWarning(value, whole, unit));
    periodEnd = unit === "thang" ? addMonths(deemed.day, whole) : deemed.day + whole;
    due = { day: nextWorkingDayFrom(calendar, periodEnd), minute: sessions.close };
    // Calendar days and months run through days off; only the receipt's move and the end's
    // move step over any.
    daysOffSkipped = [...listDaysOff(calendar, receivedDay, deemed.day), ...listDaysOff(calendar, periodEnd, due.day)];
  }

  return {
    received: { date: toIsoDate(receivedDay), time: formatClock(receivedMinute) },
    deemedReceived: { date: toIsoDate(deemed.day), time: formatClock(deemed.minute) },
    deemedMoved: deemed.day !== receivedDay,
    ...(deemed.day === receivedDay ? {} : { deemedReason: receivedOnDayOff ? ("day_off" as const) : ("after_cutoff" as const) }),
    due: { date: toIsoDate(due.day), time: formatClock(due.minute) },
    unit,
    value,
    ...(periodEnd === undefined ? {} : { periodEnd: toIsoDate(periodEnd) }),
    daysOffSkipped,
    warnings: [...calendar.warnings, ...warnings],
  };
}
