// A deadline as people read it, in one place for every output: posting sheets and the look-up
// pages ("03 ngày làm việc. Trường hợp …"), the amendment proposal ("5 ngày làm việc (…)"), the
// effects report, the browser and tthc deadline ("16 giờ làm việc": hours counted as office hours).
import type { DeadlineUnit } from "../model/catalogue.js";
import type { Lang } from "../model/lang.js";
import { DEADLINE_UNIT_WORDS, pickWord } from "./enum-words.js";
import { formatNumber } from "./format-number.js";

/** The parts of a deadline a wording needs: the catalogue's thoi_han, or a computed one. */
export interface DeadlineLike {
  gia_tri: number;
  don_vi: DeadlineUnit;
  ghi_chu?: string;
}

export interface DeadlineWording {
  /** Whole numbers from 1 to 9 on two digits, as decisions write them ("03 ngày làm việc"). */
  pad?: boolean;
  /** How the note follows: "03 ngày làm việc. Trường hợp …" (sentence), "(…)" (parentheses), or left out. */
  note?: "sentence" | "parentheses" | "none";
  /** Hours said as office hours ("16 giờ làm việc"), as tthc deadline counts them. */
  counted?: boolean;
  /** The singular after 1 where the language has one ("1 working day"). */
  singular?: boolean;
}

/** The words of a unit: "ngày làm việc" / "working days". */
export function wordUnit(unit: DeadlineUnit, lang: Lang, options: Pick<DeadlineWording, "counted"> & { one?: boolean } = {}): string {
  const words = Object.hasOwn(DEADLINE_UNIT_WORDS, unit) ? DEADLINE_UNIT_WORDS[unit] : undefined;
  if (!words) return unit;
  if (options.counted) return options.one ? pickWord(words, lang, "countedOne", "one") : pickWord(words, lang, "counted");
  return options.one ? pickWord(words, lang, "one") : pickWord(words, lang);
}

/** "03 ngày làm việc", with the note as asked (posting sheets: padded, the note as a sentence). */
export function wordDeadline(
  deadline: DeadlineLike | { ghi_chu: string },
  lang: Lang = "vi",
  options: DeadlineWording = { pad: true, note: "sentence" },
): string {
  // A deadline stated only in words (imported text, several cases) is said as it is written.
  if (!("gia_tri" in deadline) || typeof deadline.gia_tri !== "number") return deadline.ghi_chu ?? "";
  const amount = formatNumber(deadline.gia_tri, lang, { pad: options.pad });
  const unit = wordUnit(deadline.don_vi, lang, { counted: options.counted, one: options.singular === true && deadline.gia_tri === 1 });
  const main = `${amount} ${unit}`;
  if (!deadline.ghi_chu || options.note === undefined || options.note === "none") return main;
  return options.note === "sentence" ? `${main}. ${deadline.ghi_chu}` : `${main} (${deadline.ghi_chu})`;
}
