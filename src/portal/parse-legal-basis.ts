import { normalisePortalText } from "./normalise-portal-text.js";
import { saysNothing } from "./says-nothing.js";

/** One legal document a record cites: its number as printed, the catalogue id, title and date. */
export interface CitedDocument {
  /** As printed: "123/2015/NĐ-CP". */
  number: string;
  /** The catalogue id: the number in ASCII, "123/2015/ND-CP". */
  id: string;
  /** The title the record gives, without the number cell. */
  title: string;
  /** Date of issue, YYYY-MM-DD, only where the title states it right after the number. */
  issued?: string;
}

export type ParsedLegalBasis =
  /** `leftover`: text after the last row that holds no number, kept for review. */
  | { kind: "documents"; documents: CitedDocument[]; leftover?: string }
  /** The record says there is none ("Không có thông tin", empty). */
  | { kind: "none" }
  /** Text without the table: kept for review, never mined for numbers. */
  | { kind: "unread"; text: string };

const HEADER = "Tên văn bản pháp lýMã văn bản";

/** Where a document number starts: "123/2015/", "66.7/2025/". */
const NUMBER_HEAD = /\d+(?:\.\d+)?\/\d{4}\//gu;
/** The characters of a number's symbol ("NĐ-CP", "TTLT-BTC-BGTVT", "QH13", "BCA-C06"). */
const SYMBOL_CHAR = /[A-ZĐ0-9_-]/u;
/** A symbol segment that legitimately ends in digits: the National Assembly's term, a unit code. */
const SEGMENT_WITH_DIGITS = /^(?:UBTVQH|QH)\d{2}$|^[A-Z]\d{2}$/u;
/** Kinds of document, as a title starts (also in capitals: "LUẬT ĐẤT ĐAI"). */
const DOCUMENT_KINDS =
  /^(?:quy định|hướng dẫn|sửa đổi|bộ luật|luật|nghị định|nghị quyết|thông tư liên tịch|thông tư|quyết định|pháp lệnh|chỉ thị|hiến pháp|văn bản hợp nhất|văn bản|công văn|lệnh|sắc lệnh|điều ước|hiệp định)/u;
/** Words a title glues to a number it mentions: "…/TT-BCAngày 01/7/2025", "…/NĐ-CPcủa Chính phủ". */
const GLUED_WORD = /^(?:ngày|của|về|và|do|năm|tháng|quy định|hướng dẫn|sửa đổi|ban hành|được|số)/u;
/** The number cell's own kind word before the number ("…Bộ Tư phápThông tư số " + number). */
const KIND_BEFORE =
  /(?:Bộ luật|Luật|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Quyết định|Pháp lệnh|Chỉ thị|Văn bản hợp nhất)(?: số)? ?$/u;

/** The document number in ASCII for ids (docs/format.md: NĐ → ND, QĐ → QD). */
export function documentId(number: string): string {
  return number
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/Đ/g, "D")
    .replace(/đ/g, "d")
    .replace(/\s+/g, "")
    .replace(/[^A-Za-z0-9./_-]/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "");
}

interface NumberAt {
  start: number;
  end: number;
}

/**
 * `can_cu_phap_ly`: "Tên văn bản pháp lýMã văn bản" and then, with no separator at all, rows of
 * a title followed by the document's number ("…Luật Hộ tịch123/2015/NĐ-CPThông tư số…"). A row
 * ends at a number glued to the text before it (a title mentions other numbers after a space:
 * "số 123/2015/NĐ-CP ngày…") and followed by the next title or the end. The symbol of a number
 * runs into the next title ("NĐ-CPThông", "QH1352/2014/QH13"), so it ends where a word or the
 * next number begins.
 */
export function parseLegalBasis(text: string): ParsedLegalBasis {
  const cell = normalisePortalText(text);
  if (saysNothing(cell)) return { kind: "none" };
  if (!cell.startsWith(HEADER)) return { kind: "unread", text: cell };
  const body = cell.slice(HEADER.length);
  const numbers = findNumbers(body);
  const documents: CitedDocument[] = [];
  let rowStart = 0;
  numbers.forEach((n, i) => {
    const next = numbers[i + 1];
    if (!isRowEnd(body, n, next, rowStart)) return;
    const number = body.slice(n.start, n.end);
    const row = body.slice(rowStart, n.start).trim();
    // The cell may repeat the kind ("Thông tư số 03/2023/TT-BTP"); the title is what comes before.
    const title = row.replace(KIND_BEFORE, "").trim() || row;
    rowStart = n.end;
    const id = documentId(number);
    if (documents.some((d) => d.id === id)) return;
    const issued = issueDate(title, number);
    documents.push({
      number,
      id,
      title: title === "" ? number : title === row && row !== "" && KIND_BEFORE.test(`${row} `) ? `${row} ${number}` : title,
      ...(issued ? { issued } : {}),
    });
  });
  const rest = body.slice(rowStart).trim();
  if (documents.length === 0) return rest === "" ? { kind: "none" } : { kind: "unread", text: cell };
  return rest === "" ? { kind: "documents", documents } : { kind: "documents", documents, leftover: rest };
}

function findNumbers(body: string): NumberAt[] {
  const out: NumberAt[] = [];
  const heads = new RegExp(NUMBER_HEAD.source, "gu");
  for (let head = heads.exec(body); head !== null; head = heads.exec(body)) {
    let start = head.index;
    const year = head[0].split("/")[1]!;
    // "Luật Cư trú 2020" + "68/2020/QH14": the title's year glued to the number's first part.
    const first = head[0].split("/")[0]!;
    if (first.length > 4 && first.startsWith(year)) start += year.length;
    const symbolStart = head.index + head[0].length;
    let runEnd = symbolStart;
    while (runEnd < body.length && SYMBOL_CHAR.test(body[runEnd]!)) runEnd++;
    // The Prime Minister's symbol is the one with a small letter: "QĐ-TTg".
    if (body.slice(runEnd - 3, runEnd) === "-TT" && body[runEnd] === "g") runEnd++;
    // A title in capitals glued to the symbol ("NĐ-CPQUY ĐỊNH…", "QH15LUẬT…") ends it first.
    let caps = -1;
    for (let end = symbolStart + 1; end < runEnd && caps < 0; end++) {
      const window = body.slice(end, end + 40);
      if (/^\p{Lu}/u.test(window) && DOCUMENT_KINDS.test(window.toLocaleLowerCase("vi")) && !body.slice(symbolStart, end).endsWith("-"))
        caps = end;
    }
    if (caps > 0) {
      out.push({ start, end: caps });
      heads.lastIndex = caps;
      continue;
    }
    for (let end = runEnd; end > symbolStart; end--) {
      if (symbolEndsAt(body, symbolStart, end)) {
        out.push({ start, end });
        // The next number starts after this one: "QH13" + "52/2014/QH13" must not read as "1352/…".
        heads.lastIndex = end;
        break;
      }
    }
  }
  return out;
}

/** Whether body[symbolStart, end) can be a whole symbol: it ends where a word, a sign or the next number begins. */
function symbolEndsAt(body: string, symbolStart: number, end: number): boolean {
  const symbol = body.slice(symbolStart, end);
  if (symbol.endsWith("-") || !/^[A-ZĐ]/u.test(symbol)) return false;
  // A window is enough to decide, and keeps a long cell from being copied at every candidate.
  const after = body.slice(end, end + 40);
  if (after === "") return true;
  if (/^\/\d{4}\//u.test(after)) return false;
  if (/^\d+(?:\.\d+)?\/\d{4}\//u.test(after)) {
    const last = symbol.split("-").pop()!;
    return !/\d$/u.test(last) || SEGMENT_WITH_DIGITS.test(last);
  }
  const first = after[0]!;
  if (!/[\p{L}\p{N}]/u.test(first)) return true;
  // A lower-case word glued to the number: "…/TT-BCAngày 01/7/2025", not a symbol letter.
  if (/\p{Ll}/u.test(first)) return GLUED_WORD.test(after) && !/[a-z]$/u.test(symbol.slice(-1)) ? true : false;
  if (/\p{N}/u.test(first)) return false;
  // An upper-case letter: the start of a word ("Thông"), or of a title in capitals ("LUẬT").
  return /^\p{Lu}\p{Ll}/u.test(after) || DOCUMENT_KINDS.test(after.toLocaleLowerCase("vi"));
}

function isRowEnd(body: string, n: NumberAt, next: NumberAt | undefined, rowStart: number): boolean {
  const after = body.slice(n.end, n.end + 40);
  if (after.trim() === "") return true;
  const before = body.slice(Math.max(rowStart, n.start - 60), n.start);
  // The number cell glued to its title ("…Luật Hộ tịch123/2015/NĐ-CP"), or the cell's own kind
  // word glued to it ("…Bộ Tư phápThông tư số 03/2023/TT-BTP").
  const kind = KIND_BEFORE.exec(before);
  const kindGlued = kind !== null && kind.index > 0 && /\S/u.test(before[kind.index - 1]!);
  const glued = before === "" || /\S$/u.test(before) || kindGlued;
  // "Luật 52/2014/QH13" + "52/2014/QH13": a number after a space, followed by another, is the title's.
  if (next && next.start === n.end) return glued;
  // After a row's number comes the next title, which may start with a small letter ("…/NĐ-CPsửa
  // đổi, bổ sung…"); a space and a small word, a date or a comma continue this title instead.
  if (/^ \p{Ll}/u.test(after) || /^,? ?ngày/u.test(after) || /^ ?[,;:)]/u.test(after)) return false;
  if (glued) return true;
  // "…trên cạn Thông tư số 01/2026/TT-BNNMTsửa đổi…": a kind word after a space ends a row only
  // when the next title is glued on; "Nghị định 83/2013/NĐ-CP Quy định…" is one title.
  return kind !== null && !/^\s/u.test(after);
}

/** "số 123/2015/NĐ-CP ngày 15/11/2015" or "… ngày 15 tháng 11 năm 2015": the date of this number only. */
function issueDate(title: string, number: string): string | undefined {
  const at = title.indexOf(number);
  if (at < 0) return undefined;
  const after = title.slice(at + number.length);
  const m =
    /^\s*,?\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u.exec(after) ??
    /^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(after);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (String(year) !== number.split("/")[1]) return undefined;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}
