// Dates as people read them. The catalogue writes YYYY-MM-DD; Vietnamese documents write
// dd/mm/yyyy, which every output that a person reads uses (in English too, where the reader
// is still looking at a Vietnamese document), with the weekday where a due date needs it.
import { textOf } from "../model/text-of.js";
import { isoDay } from "../model/date.js";
import type { Lang } from "../model/lang.js";

/** 2025-07-01 → 01/07/2025; anything that is not such a date is printed as given ("" for none). */
export function wordDate(value: unknown): string {
  const text = isoDay(value) ?? textOf(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : text;
}

/**
 * A date inside an amendment proposal: dd/mm/yyyy in Vietnamese, and in English the ISO form
 * the catalogue writes, as tthc diff has always printed it.
 */
export function wordDateIn(value: unknown, lang: Lang): string {
  return lang === "vi" ? wordDate(value) : (isoDay(value) ?? textOf(value));
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  vi: ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** "thứ Ba, 24/02/2026" / "Tuesday, 24/02/2026" (the date must be a real YYYY-MM-DD). */
export function wordWeekdayDate(iso: string, lang: Lang): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return `${WEEKDAYS[lang][weekday] ?? ""}, ${wordDate(iso)}`;
}

/**
 * "ngày 15 tháng 10 năm 2026", as a decision's heading writes its date (NĐ 30/2020): days
 * below 10 and the months January and February on two digits ("ngày 05 tháng 02 năm 2026").
 */
export function wordLongDate(value: unknown): string {
  const text = isoDay(value) ?? textOf(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `ngày ${text}`;
  const month = Number(match[2]);
  return `ngày ${match[3]} tháng ${month < 3 ? match[2] : String(month)} năm ${match[1]}`;
}
