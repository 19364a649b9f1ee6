// The Vietnamese lunisolar calendar (âm lịch), computed for Vietnam's time zone (UTC+7).
//
// The method is the published one (Hồ Ngọc Đức's description of the Vietnamese calendar, built
// on Jean Meeus, "Astronomical Algorithms"): a lunar month starts on the day (in local time) of a
// new moon; month 11 is the month that contains the winter solstice; a lunar year with 13 months
// between two months 11 has a leap month, the first month after month 11 that contains no major
// solar term (no multiple of 30° of the sun's longitude). The time zone matters: the same new
// moon can fall on different days in Hanoi and Beijing, which is why Tết 2030 is 2 February in
// Vietnam and 3 February in Chinese calendars.
//
// Day arithmetic is on Julian Day Numbers (see day-number.ts); the astronomy uses fractional
// Julian Days only inside this file.

import { type DayNumber, dayNumberOf, toIsoDate, ymdOf } from "./day-number.js";

/** Vietnam's offset from UTC, in hours. */
export const VIETNAM_TIME_ZONE = 7;

const DEG = Math.PI / 180;
/** Mean length of a synodic month, in days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian Day of the new moon of 1900-01-01 (k = 0 in the series below). */
const NEW_MOON_EPOCH = 2415021.076998695;

/**
 * Julian Day (UTC, fractional) of the k-th new moon after 1900-01-01 (Meeus, truncated series).
 * Accurate to a few minutes over the years a catalogue cares about.
 */
function newMoonJulianDay(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900-01-01
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const m = sunAnomaly * DEG;
  const mp = moonAnomaly * DEG;
  const f = moonLatitude * DEG;
  let correction =
    (0.1734 - 0.000393 * t) * Math.sin(m) +
    0.0021 * Math.sin(2 * m) -
    0.4068 * Math.sin(mp) +
    0.0161 * Math.sin(2 * mp) -
    0.0004 * Math.sin(3 * mp) +
    0.0104 * Math.sin(2 * f) -
    0.0051 * Math.sin(m + mp) -
    0.0074 * Math.sin(m - mp) +
    0.0004 * Math.sin(2 * f + m) -
    0.0004 * Math.sin(2 * f - m) -
    0.0006 * Math.sin(2 * f + mp) +
    0.001 * Math.sin(2 * f - mp) +
    0.0005 * Math.sin(2 * mp + m);
  // ΔT (terrestrial minus universal time), in days.
  const deltaT =
    t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  correction -= deltaT;
  return jd + correction;
}

/** The sun's apparent longitude, in radians in [0, 2π), at a fractional Julian Day (UTC). */
function sunLongitude(julianDay: number): number {
  const t = (julianDay - 2451545.0) / 36525; // Julian centuries since J2000.0
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (meanLongitude + center) * DEG;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Local day (JDN) on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): DayNumber {
  return Math.floor(newMoonJulianDay(k) + 0.5 + timeZone / 24);
}

/**
 * Which of the 12 solar-term sectors (0..11, 30° each, 0 = vernal equinox) the sun is in at the
 * start of a local day. A month "contains a major term" when the sector changes inside it.
 */
function sunSectorAtDayStart(jdn: DayNumber, timeZone: number): number {
  // The local day starts at JDN - 0.5 in UT days, shifted by the time zone.
  return Math.floor((sunLongitude(jdn - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** First day (JDN) of lunar month 11 of the lunar year that ends in Gregorian year `year`. */
function month11Start(year: number, timeZone: number): DayNumber {
  const offset = dayNumberOf(year, 12, 31) - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const candidate = newMoonDay(k, timeZone);
  // Month 11 must contain the winter solstice (270°, sector 9): a month starting past it is
  // month 12, so step back one new moon.
  return sunSectorAtDayStart(candidate, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : candidate;
}

function newMoonIndexOf(monthStart: DayNumber): number {
  return Math.floor((monthStart - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
}

/**
 * In a 13-month year starting at month 11 (`a11`), how many months after it the leap month
 * comes: the first month whose start and next month's start are in the same solar sector.
 */
function leapMonthOffset(a11: DayNumber, timeZone: number): number {
  const k = newMoonIndexOf(a11);
  let i = 1;
  let sector = sunSectorAtDayStart(newMoonDay(k + i, timeZone), timeZone);
  let previous: number;
  do {
    previous = sector;
    i += 1;
    sector = sunSectorAtDayStart(newMoonDay(k + i, timeZone), timeZone);
  } while (sector !== previous && i < 14);
  return i - 1;
}

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** True in the repeated (leap, nhuận) month. */
  leap: boolean;
}

/**
 * The Gregorian day (JDN) of a lunar date, or undefined when that date does not exist (a leap
 * month asked for in a year without that leap month, or day 30 of a 29-day month).
 */
export function lunarToDayNumber(lunar: LunarDate, timeZone: number = VIETNAM_TIME_ZONE): DayNumber | undefined {
  const { year, month, day, leap } = lunar;
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  // Months 11 and 12 belong to the lunar year that started in the previous winter only after
  // month 11 of `year`; months 1..10 lie between month 11 of year-1 and month 11 of year.
  const a11 = month < 11 ? month11Start(year - 1, timeZone) : month11Start(year, timeZone);
  const b11 = month < 11 ? month11Start(year, timeZone) : month11Start(year + 1, timeZone);
  const k = newMoonIndexOf(a11);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return undefined;
  }
  const monthStart = newMoonDay(k + offset, timeZone);
  const nextMonthStart = newMoonDay(k + offset + 1, timeZone);
  if (monthStart + day - 1 >= nextMonthStart) return undefined;
  return monthStart + day - 1;
}

/** The lunar date of a Gregorian day (JDN). */
export function lunarDateOf(jdn: DayNumber, timeZone: number = VIETNAM_TIME_ZONE): LunarDate {
  // The month starts on the last new-moon day on or before jdn. The mean-month estimate can
  // be off by one in either direction (the true new moon wanders ±14 h around the mean), so
  // step back until the new moon is not after the day.
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k, timeZone);
  while (monthStart > jdn) {
    k -= 1;
    monthStart = newMoonDay(k, timeZone);
  }
  const gregorianYear = ymdOf(jdn).year;
  let a11 = month11Start(gregorianYear, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = gregorianYear;
    a11 = month11Start(gregorianYear - 1, timeZone);
  } else {
    lunarYear = gregorianYear + 1;
    b11 = month11Start(gregorianYear + 1, timeZone);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    if (diff >= leapOffset) {
      month = diff + 10;
      if (diff === leapOffset) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

/** The Gregorian date (ISO) of a lunar day and month in a lunar year; undefined if none. */
export function solarDateOfLunar(year: number, month: number, day: number, leap = false): string | undefined {
  const jdn = lunarToDayNumber({ year, month, day, leap });
  return jdn === undefined ? undefined : toIsoDate(jdn);
}

/** Mùng 1 Tết (lunar New Year's Day, 1/1 lunar) of a Gregorian year, as a day number. */
export function tetDayNumber(year: number): DayNumber {
  const jdn = lunarToDayNumber({ year, month: 1, day: 1, leap: false });
  // Day 1 of month 1 always exists; undefined here would be a bug in this file.
  if (jdn === undefined) throw new Error(`No lunar New Year computed for ${year}`);
  return jdn;
}

/** Mùng 1 Tết of a Gregorian year, as an ISO date. */
export function tetDate(year: number): string {
  return toIsoDate(tetDayNumber(year));
}

/** Giỗ Tổ Hùng Vương (10/3 lunar) of a Gregorian year, as a day number. */
export function hungKingsDayNumber(year: number): DayNumber {
  // In a year with a leap 3rd month the commemoration is on the regular (first) month 3,
  // which is what leap = false asks for.
  const jdn = lunarToDayNumber({ year, month: 3, day: 10, leap: false });
  if (jdn === undefined) throw new Error(`No Giỗ Tổ date computed for ${year}`);
  return jdn;
}

/** Giỗ Tổ Hùng Vương (10/3 lunar) of a Gregorian year, as an ISO date. */
export function hungKingsDate(year: number): string {
  return toIsoDate(hungKingsDayNumber(year));
}
