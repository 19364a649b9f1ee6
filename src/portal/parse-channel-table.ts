import type { ChannelKind, DeadlineUnit } from "../model/catalogue.js";
import { foldText } from "../words/fold-text.js";
import { normalisePortalText } from "./normalise-portal-text.js";

/** The deadline cell of a row, as far as it can be read. */
export type DeadlineCell =
  | { kind: "value"; gia_tri: number; don_vi: DeadlineUnit; text: string }
  /** A number with no unit ("7"): the portal dropped it, and no unit may be assumed. */
  | { kind: "bare"; gia_tri: number; text: string }
  /** Words ("Không quy định", "Không phải trả kết quả…") or a unit the format lacks ("2 Năm"). */
  | { kind: "text"; text: string }
  /** Nothing stated ("Không có thông tin", an empty cell). */
  | { kind: "none"; text: string }
  /** Digits run into the fee's ("Trực tuyến120,000 VNĐ"): which are the deadline's is unknown. */
  | { kind: "ambiguous"; text: string };

/** The fee cell of a row, with the note in parentheses the portal prints after it. */
export type FeeCell =
  | { kind: "free"; text: string; note?: string }
  | { kind: "amount"; amount: number; currency: string; text: string; note?: string }
  | { kind: "none"; text: string; note?: string }
  | { kind: "unread"; text: string; note?: string };

export interface ChannelRow {
  channel: ChannelKind;
  /** The channel as printed ("Dịch vụ bưu chính"). */
  label: string;
  deadline: DeadlineCell;
  fee: FeeCell;
  /** The "Mô tả" column. */
  description?: string;
  /** The row's own text, for review marks. */
  source: string;
}

export interface ParsedChannelTable {
  rows: ChannelRow[];
  /** Text the table layout does not explain (before the first row, or the whole cell). */
  unread?: string;
}

const HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";

const CHANNELS: [string, ChannelKind][] = [
  ["Trực tiếp", "truc_tiep"],
  ["Trực tuyến", "truc_tuyen"],
  ["Dịch vụ bưu chính", "buu_chinh"],
];

/**
 * A row starts with a channel immediately followed by its deadline cell (a digit, "Không…") or,
 * when the deadline is empty, by its fee ("Miễn phí"). A channel named inside a description is
 * followed by a space ("Trực tiếp tại cơ quan…"), so it does not start a row.
 */
const ROW_START = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\d|Không|Miễn phí)/gu;

const UNITS: [RegExp, DeadlineUnit][] = [
  [/^ngay lam viec/, "ngay_lam_viec"],
  [/^ngay/, "ngay"],
  [/^gio/, "gio"],
  [/^thang/, "thang"],
];

/** Deadline cells in words, longest first, so "Không có thông tin" is not read as "Không". */
const WORDED_DEADLINES: [string, "text" | "none"][] = [
  ["Không phải trả kết quả cho người nộp thuế", "text"],
  ["Không có thông tin", "none"],
  ["Không quy định", "text"],
  ["Không", "none"],
];

const CURRENCY = /^ ?(Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD|EUR)/u;

/**
 * `cach_thuc_thuc_hien`, the portal's table flattened with no separators: "Hình thức nộpThời
 * gianPhí, lệ phíMô tả" and then, per row, the channel, the deadline (number and unit, a bare
 * number, or words), the fee (Miễn phí, an amount with its currency, Không có thông tin) with an
 * optional note in parentheses, and the description up to the next row. A channel may have
 * several rows, one per case.
 */
export function parseChannelTable(text: string): ParsedChannelTable {
  const cell = normalisePortalText(text);
  if (!cell.startsWith(HEADER)) return { rows: [], unread: cell === "" ? undefined : cell };
  const body = cell.slice(HEADER.length);
  const starts = [...body.matchAll(ROW_START)].map((m) => m.index);
  const rows: ChannelRow[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? body.length;
    rows.push(parseRow(body.slice(start, end)));
  });
  const before = (starts.length > 0 ? body.slice(0, starts[0]) : body).trim();
  return before === "" ? { rows } : { rows, unread: before };
}

function parseRow(source: string): ChannelRow {
  const [label, channel] = CHANNELS.find(([name]) => source.startsWith(name))!;
  let rest = source.slice(label.length);
  const deadline = readDeadline(rest);
  rest = rest.slice(deadline.length);
  const fee = readFee(rest, deadline.cell.kind === "ambiguous");
  rest = rest.slice(fee.length).trim();
  const row: ChannelRow = { channel, label, deadline: deadline.cell, fee: fee.cell, source: source.trim() };
  if (rest !== "") row.description = rest;
  return row;
}

function readDeadline(text: string): { cell: DeadlineCell; length: number } {
  for (const [words, kind] of WORDED_DEADLINES) {
    if (text.startsWith(words)) return { cell: { kind, text: words }, length: words.length };
  }
  const number = /^\d+(?:[.,]\d+)?/u.exec(text);
  if (!number) return { cell: { kind: "none", text: "" }, length: 0 };
  const after = text.slice(number[0].length);
  const gia_tri = Number(number[0].replace(",", "."));
  const unit = /^ (Ngày làm việc|Ngày|Giờ|Tháng|Năm|Tuần)/iu.exec(after);
  if (unit) {
    const folded = foldText(unit[1]!);
    const known = UNITS.find(([re]) => re.test(folded));
    const cellText = `${number[0]}${unit[0]}`;
    return known && gia_tri > 0
      ? { cell: { kind: "value", gia_tri, don_vi: known[1], text: cellText }, length: cellText.length }
      : { cell: { kind: "text", text: cellText }, length: cellText.length };
  }
  // Digits straight into a currency: the deadline's digits and the amount's cannot be told apart.
  if (/^[\d.,]* ?(?:Việt Nam Đồng|VNĐ|VND|Đồng|USD|EUR)/u.test(after) || CURRENCY.test(after)) {
    // No text either: the digits are the fee's as much as the deadline's (the row stays in the review mark).
    return { cell: { kind: "ambiguous", text: "" }, length: 0 };
  }
  return { cell: { kind: "bare", gia_tri, text: number[0] }, length: number[0].length };
}

function readFee(text: string, ambiguous: boolean): { cell: FeeCell; length: number } {
  let cell: FeeCell;
  let length: number;
  const amount = /^(\d[\d.,]*)(?= ?(?:Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD|EUR))/u.exec(text);
  if (text.startsWith("Miễn phí")) {
    cell = { kind: "free", text: "Miễn phí" };
    length = "Miễn phí".length;
  } else if (text.startsWith("Không có thông tin")) {
    cell = { kind: "none", text: "Không có thông tin" };
    length = "Không có thông tin".length;
  } else if (amount) {
    const currency = CURRENCY.exec(text.slice(amount[1]!.length))!;
    length = amount[1]!.length + currency[0].length;
    const value = readAmount(amount[1]!);
    const printed = text.slice(0, length);
    cell =
      ambiguous || value === undefined
        ? { kind: "unread", text: printed }
        : { kind: "amount", amount: value, currency: currency[1] === "USD" || currency[1] === "EUR" ? currency[1] : "VND", text: printed };
  } else {
    // Anything else up to the note: words the importer does not read as a fee.
    const open = text.indexOf("(");
    const words = (open < 0 ? "" : text.slice(0, open)).trim();
    if (words === "" || words.length > 40) return { cell: { kind: "none", text: "" }, length: 0 };
    cell = { kind: "unread", text: words };
    length = open;
  }
  if (text[length] === "(") {
    const close = matchingParen(text, length);
    if (close > length) {
      const note = normalisePortalText(text.slice(length + 1, close));
      if (note !== "") cell = { ...cell, note };
      length = close + 1;
    }
  }
  return { cell, length };
}

/** "100,000" and "1.000.000" are thousands; "0,5" is not a whole number of đồng. */
function readAmount(digits: string): number | undefined {
  if (/^\d+$/u.test(digits)) return Number(digits);
  if (/^\d{1,3}(?:,\d{3})+$/u.test(digits)) return Number(digits.replaceAll(",", ""));
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(digits)) return Number(digits.replaceAll(".", ""));
  return undefined;
}

/** The index of the parenthesis closing the one at `open`, or -1 when it never closes. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}
