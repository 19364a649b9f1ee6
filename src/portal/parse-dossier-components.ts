import { normalisePortalText } from "./normalise-portal-text.js";
import { saysNothing } from "./says-nothing.js";

export interface ParsedComponent {
  /** The document's name, without the list bullet. */
  name: string;
  /** The form's file name as the portal links it ("Mẫu số 05.docx"). */
  form?: string;
  originals?: number;
  copies?: number;
  /** Submitted or only shown, when the section says so. */
  mode?: "nop" | "xuat_trinh";
  /** The case the section or a heading row names ("Trường hợp ủy quyền…:"), and notes. */
  notes: string[];
}

export type ParsedDossier =
  | {
      kind: "table";
      components: ParsedComponent[];
      /** "Số lượng hồ sơ: 01 (một) bộ" where the text gives it. */
      sets?: number;
      /** Section headings that name a case rather than "Giấy tờ phải nộp": the dossier differs by case. */
      cases: string[];
      /** A row whose form's file name runs into its name with no boundary to tell them apart. */
      gluedForms: string[];
    }
  | { kind: "none" }
  | { kind: "unread"; text: string };

const HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

/**
 * The quantity cell that ends a row: "1 bản chính", "0 bản chính,1 bản sao", "2 bản sao". It is
 * glued to the name (or the form's file name) before it; "…: 01 bản chính." inside a name
 * follows a space and is part of the name.
 */
const QUANTITY = /(?<=[^\s\d]|^)(\d{1,2}) bản (chính|sao)(?:,(\d{1,2}) bản (chính|sao))?/gu;

const FORM_FILE = /\.(?:docx?|pdf|xlsx?|rtf|odt|zip|rar)$/iu;

/** Headings that only say what follows is the dossier. */
const PLAIN_HEADING =
  /^[-*+\s]*(?:(?:[a-zđ]\)|\d+[.)])\s*)?(?:thành phần hồ sơ(?: gồm| bao gồm)?|hồ sơ (?:bao )?gồm|bao gồm|giấy tờ phải nộp|giấy tờ phải xuất trình|các giấy tờ phải nộp)?\s*:?\s*$/iu;

const SETS = /số (?:lượng )?(?:bộ )?hồ sơ\s*:?\s*(\d{1,2})\s*(?:\([^)]*\))?\s*bộ/iu;

/**
 * `thanh_phan_ho_so`: sections, each a heading ("* Giấy tờ phải nộp:", "--", or a case such as
 * "a) Đối với xe của cơ quan:") followed by "Tên giấy tờMẫu đơn, tờ khaiSố lượng" and rows of a
 * name, the form's file name when there is one, and the quantity. A row with no copy at all
 * ("…qua dịch vụ bưu chính công ích.0 bản chính") is a note or a heading, not a document: a
 * heading (ending with ":") goes with the row after it, a note with the row before. A case
 * heading is noted on the first row of its section (not repeated on every row) and listed in
 * `cases`, for review.
 */
export function parseDossierComponents(text: string): ParsedDossier {
  const cell = normalisePortalText(text);
  if (saysNothing(cell) || /^-+$/u.test(cell)) return { kind: "none" };
  if (!cell.includes(HEADER)) return { kind: "unread", text: cell };
  const parts = cell.split(HEADER);
  const components: ParsedComponent[] = [];
  const cases: string[] = [];
  const gluedForms: string[] = [];
  let sets: number | undefined;
  let heading = parts[0]!.trim();
  for (let s = 1; s < parts.length; s++) {
    const part = parts[s]!;
    const quantities = [...part.matchAll(QUANTITY)];
    const sectionMode = modeOf(heading);
    const caseNote = isPlainHeading(heading) || sectionMode !== undefined ? undefined : heading;
    if (caseNote !== undefined) cases.push(caseNote);
    let mode = sectionMode;
    let pendingNotes: string[] = caseNote === undefined ? [] : [caseNote];
    let at = 0;
    let lastOfSection: ParsedComponent | undefined;
    for (const q of quantities) {
      const rowText = part.slice(at, q.index).trim();
      // A quantity with no name before it starts the next name instead ("…1 bản chính" + "01 bản
      // chính Kế hoạch an ninh tàu biển.1 bản chính"): the name runs on to the next quantity.
      if (rowText === "") continue;
      at = q.index + q[0].length;
      const counts = readCounts(q);
      const name = cleanName(rowText);
      const setsHere = SETS.exec(rowText);
      if (setsHere) {
        sets ??= Number(setsHere[1]);
        if (name.replace(SETS, "").replace(/[\s*.:;-]/gu, "") === "") continue;
      }
      if ((counts.originals ?? 0) === 0 && (counts.copies ?? 0) === 0) {
        // A heading or a note in the place of a row.
        const rowMode = modeOf(name);
        if (rowMode !== undefined) {
          mode = rowMode;
          continue;
        }
        if (name === "") continue;
        if (/:$/u.test(name)) pendingNotes.push(name);
        else if (lastOfSection) lastOfSection.notes.push(name);
        else pendingNotes.push(name);
        continue;
      }
      // Only a bullet where the name should be: nothing to list (its heading waits for the next row).
      if (name === "") continue;
      const { document, form, glued } = splitForm(name);
      if (glued) gluedForms.push(name);
      const component: ParsedComponent = { name: document, notes: [...pendingNotes], ...counts };
      if (form) component.form = form;
      if (mode) component.mode = mode;
      components.push(component);
      lastOfSection = component;
      pendingNotes = [];
    }
    // What follows the last row is the next section's heading, or, after the last section, a
    // closing note ("* Số lượng hồ sơ: 01 (một) bộ.").
    const tail = part.slice(at).trim();
    if (s < parts.length - 1) {
      heading = tail;
      continue;
    }
    const setsAtEnd = SETS.exec(tail);
    if (setsAtEnd) sets ??= Number(setsAtEnd[1]);
    const rest = cleanName(tail.replace(SETS, "").trim());
    if (rest !== "" && !/^[\s*.:;-]*$/u.test(rest)) {
      if (lastOfSection) lastOfSection.notes.push(rest);
      else cases.push(rest);
    }
  }
  if (components.length === 0) return { kind: "unread", text: cell };
  return { kind: "table", components, ...(sets !== undefined ? { sets } : {}), cases, gluedForms };
}

function readCounts(q: RegExpMatchArray): { originals?: number; copies?: number } {
  const out: { originals?: number; copies?: number } = {};
  const put = (n: string | undefined, kind: string | undefined) => {
    if (n === undefined || kind === undefined) return;
    if (kind === "chính") out.originals = Number(n);
    else out.copies = Number(n);
  };
  put(q[1], q[2]);
  put(q[3], q[4]);
  return out;
}

function modeOf(text: string): "nop" | "xuat_trinh" | undefined {
  if (/giấy tờ phải xuất trình/iu.test(text) && text.length < 60) return "xuat_trinh";
  if (/giấy tờ phải nộp/iu.test(text) && text.length < 60) return "nop";
  return undefined;
}

function isPlainHeading(text: string): boolean {
  return text === "" || PLAIN_HEADING.test(text);
}

/** A list bullet and a closing semicolon are layout, not part of the name. */
function cleanName(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s;,]/u.test(text[end - 1]!)) end--;
  return text
    .slice(0, end)
    .replace(/^[-+*•]+\s*/u, "")
    .trim();
}

/**
 * The form's file name runs into the document's name: "…mục 3.1).Mẫu số 05.docx". It starts
 * after the last punctuation or the last join of a small letter and a capital before the
 * extension; when there is none near enough, the two cannot be told apart.
 */
function splitForm(name: string): { document: string; form?: string; glued: boolean } {
  const ext = FORM_FILE.exec(name);
  if (!ext) return { document: name, glued: false };
  let boundary = -1;
  for (let p = ext.index - 1; p > 0; p--) {
    if (isFileNameStart(name, p)) {
      boundary = p;
      break;
    }
  }
  const form = boundary > 0 ? name.slice(boundary).trim() : "";
  const document = boundary > 0 ? cleanName(name.slice(0, boundary)) : "";
  if (form === "" || document === "" || form.length > 120 || form.split(" ").length > 16) {
    // The whole row may be nothing but the file ("Mau01.docx"): then it names itself.
    if (!name.includes(" ") || boundary < 0) return { document: name, glued: name.includes(" ") };
    return { document: name, glued: true };
  }
  return { document, form, glued: false };
}

/**
 * Whether a form's file name can start at `p`: after punctuation (not the dot of a number,
 * "36.2025"), or where a small letter meets a capital or a digit with no space between
 * ("…của Bộ Công an)Mẫu DC02…", "…khoáng sảnMau 03a…", "…trực tiếp18-Mẫu TK8.doc"), but not
 * inside a file name written in camel case ("BienBan.docx").
 */
function isFileNameStart(name: string, p: number): boolean {
  const prev = name[p - 1]!;
  const here = name[p]!;
  if (/\s/u.test(here)) return false;
  if (/[;:)\],]/u.test(prev)) return true;
  if (prev === ".") return !(/\d/u.test(name[p - 2] ?? "") && /\d/u.test(here));
  if (!/\p{Ll}/u.test(prev) || !/[\p{Lu}\d]/u.test(here)) return false;
  let start = p - 1;
  while (start > 0 && /\p{Ll}/u.test(name[start - 1]!)) start--;
  const camel = start > 0 && /[A-Z]/u.test(name[start - 1]!) && /^[a-z]+$/u.test(name.slice(start, p));
  return !camel;
}
