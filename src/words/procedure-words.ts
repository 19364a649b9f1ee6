// How a procedure's values read on a posting sheet (and on the look-up site). The wording follows the national
// portal (dichvucong.gov.vn) so that a sheet reads like the published procedure.
import type { Applicant, ChannelKind, Deadline, Fee, Kind, Level, OnlineLevel, TextDeadline } from "../model/catalogue.js";
import { wordDeadline as wordAnyDeadline } from "./deadlines.js";
import { APPLICANT_WORDS, CHANNEL_WORDS, KIND_WORDS, LEVEL_WORDS, ONLINE_LEVEL_WORDS, nameValue, pickWord } from "./enum-words.js";
import { formatMoney, formatNumber } from "./format-number.js";

export { wordDate } from "./dates.js";

/** What the law wants printed for an element the procedure does not have. */
export const NONE = "Không";

/**
 * A number as Vietnamese print has it: "." between thousands, "," before decimals, and small
 * whole counts on two digits ("03 ngày làm việc", "01 bộ") as decisions write them.
 */
export function wordNumber(value: number, pad = false): string {
  return formatNumber(value, "vi", { pad });
}

/** "8.000 đồng". */
export function wordAmount(vnd: number): string {
  return formatMoney(vnd, "vi");
}

/** "03 ngày làm việc": the value and unit alone, as the list sheet shows a deadline; a text-only deadline as its text. */
export function wordDuration(deadline: Deadline | TextDeadline): string {
  return wordAnyDeadline(deadline, "vi", { pad: true, note: "none" });
}

/** "03 ngày làm việc", followed by the deadline's note when it has one; a text-only deadline as its text. */
export function wordDeadline(deadline: Deadline | TextDeadline): string {
  return wordAnyDeadline(deadline, "vi", { pad: true, note: "sentence" });
}

/** "Miễn phí" or "8.000 đồng"; undefined when the catalogue gives no amount (set elsewhere). */
export function wordFeeAmount(fee: Fee): string | undefined {
  if (fee.so_tien === undefined) return undefined;
  return fee.so_tien === 0 ? "Miễn phí" : wordAmount(fee.so_tien);
}

/** "Lệ phí đăng ký khai sinh: Miễn phí. Miễn lệ phí khi đăng ký đúng hạn." */
export function wordFee(fee: Fee): string {
  const value = [wordFeeAmount(fee), fee.ghi_chu].filter((part): part is string => Boolean(part)).join(". ");
  return value ? `${fee.ten}: ${value}` : fee.ten;
}

export function wordChannel(kind: ChannelKind): string {
  return nameValue(CHANNEL_WORDS, kind, "vi");
}

export function wordApplicant(applicant: Applicant): string {
  return nameValue(APPLICANT_WORDS, applicant, "vi");
}

export function wordLevel(level: Level): string {
  return nameValue(LEVEL_WORDS, level, "vi");
}

/** "Thủ tục liên thông": the sheet names the kind as the portal does. */
export function wordKind(kind: Kind): string {
  return Object.hasOwn(KIND_WORDS, kind) ? `Thủ tục ${pickWord(KIND_WORDS[kind], "vi", "phrase")}` : kind;
}

/** "toàn trình" / "một phần": the online service level, as it follows "Trực tuyến". */
export function wordOnlineLevel(level: OnlineLevel): string {
  return nameValue(ONLINE_LEVEL_WORDS, level, "vi", "phrase");
}
