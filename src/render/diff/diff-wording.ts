// Words shared by the diff renderers (text, md, html, docx): the official names of the
// elements, the labels of their parts and values, and how a changed value reads. One place,
// so every format says the same thing in the same words.

import { textOf } from "../../model/text-of.js";
import type { CatalogueDiff, Change, DiffNames, PathSegment } from "../../amend/catalogue-diff.js";
import { elementName } from "../../words/element-words.js";
import { ENUM_WORDS, nameValue } from "../../words/enum-words.js";
import type { DeadlineUnit } from "../../model/catalogue.js";
import { wordDateIn } from "../../words/dates.js";
import { wordDeadline } from "../../words/deadlines.js";
import { formatNumber } from "../../words/format-number.js";
import type { Lang, Text } from "../../model/lang.js";
import { pick } from "../../model/lang.js";

export interface DiffRenderOptions {
  lang: Lang;
  /** Colour (text only); the other formats ignore it. */
  color?: boolean;
  /** Text only: the width lines wrap to (default 80). */
  width?: number;
}

const PART_TEXT: Record<string, Text> = {
  gia_tri: { vi: "số", en: "amount" },
  don_vi: { vi: "đơn vị", en: "unit" },
  ghi_chu: { vi: "ghi chú", en: "note" },
  mo_ta: { vi: "nội dung", en: "text" },
  chu_the: { vi: "người thực hiện", en: "done by" },
  gio_nguoi_dan: { vi: "số giờ của người dân", en: "applicant hours" },
  ten: { vi: "tên", en: "name" },
  mau: { vi: "mẫu", en: "form" },
  ban_chinh: { vi: "bản chính", en: "originals" },
  ban_sao: { vi: "bản sao", en: "copies" },
  hinh_thuc: { vi: "hình thức", en: "how" },
  so_tien: { vi: "số tiền", en: "amount" },
  ma: { vi: "mã", en: "code" },
  van_ban: { vi: "văn bản", en: "document" },
  kenh: { vi: "kênh", en: "channel" },
  thoi_han: { vi: "thời hạn", en: "deadline" },
  tham_quyen: { vi: "cơ quan có thẩm quyền", en: "competent agency" },
  thuc_hien: { vi: "cơ quan trực tiếp thực hiện", en: "implementing agency" },
  phoi_hop: { vi: "cơ quan phối hợp", en: "coordinating agencies" },
  muc_do: { vi: "mức độ", en: "level" },
  url: { vi: "địa chỉ", en: "address" },
  quyet_dinh: { vi: "quyết định", en: "decision" },
  ngay: { vi: "ngày", en: "date" },
  can_cu: { vi: "căn cứ", en: "basis" },
  thanh_phan: { vi: "thành phần", en: "element" },
  ly_do: { vi: "lý do", en: "reason" },
  van_ban_goc: { vi: "văn bản gốc", en: "source text" },
};

/** Keys whose string values are codes or dates, shown whole rather than word by word. */
const CODE_KEYS = new Set([
  ...Object.keys(ENUM_WORDS),
  "ma",
  "mau",
  "van_ban",
  "url",
  "ngay",
  "hieu_luc_tu",
  "thay_the",
  "quyet_dinh",
  "can_cu",
  "tham_quyen",
  "thuc_hien",
  "thanh_phan",
]);

/** Keys whose values are agency ids, and legal-document ids: read by name and by number. */
const AGENCY_KEYS = new Set(["tham_quyen", "thuc_hien", "phoi_hop"]);
const DOCUMENT_KEYS = new Set(["can_cu_phap_ly", "van_ban", "can_cu"]);

function nameOf(table: Readonly<Record<string, string>> | undefined, id: string): string {
  return table && Object.hasOwn(table, id) ? table[id]! : id;
}

/** Lists whose items are strings, where an index means nothing to a reader. */
const STRING_LISTS = new Set(["cap", "doi_tuong", "thanh_phan_lien_thong", "ket_qua", "yeu_cau_dieu_kien", "can_cu_phap_ly", "phoi_hop"]);

/** "Thời hạn giải quyết › số", "Trình tự thực hiện › bước 2", "Cách thức thực hiện › Trực tuyến › thời hạn". */
export function describePath(path: readonly PathSegment[], lang: Lang): string {
  const parts: string[] = [];
  path.forEach((segment, i) => {
    const parent = i > 0 ? path[i - 1] : undefined;
    if (i === 0) parts.push(elementName(String(segment), lang));
    else if (typeof segment === "number") {
      if (parent === "trinh_tu") parts.push(pick(lang, { vi: `bước ${segment + 1}`, en: `step ${segment + 1}` }));
      else if (!STRING_LISTS.has(String(parent))) parts.push(`#${segment + 1}`);
    } else if (parent === "cach_thuc") parts.push(valueName("kenh", segment, lang));
    else if (typeof parent === "string" && i === 1 && ["thanh_phan_ho_so", "phi_le_phi", "mau_don"].includes(parent))
      parts.push(`“${segment}”`);
    else parts.push(PART_TEXT[segment] ? pick(lang, PART_TEXT[segment]) : segment);
  });
  return parts.join(" › ");
}

/** The name of an enumerated value ("ngay_lam_viec" → "ngày làm việc"), or the value itself. */
export function valueName(key: string, value: string, lang: Lang): string {
  const table = Object.hasOwn(ENUM_WORDS, key) ? ENUM_WORDS[key] : undefined;
  return table ? nameValue(table, value, lang, "amendment") : value;
}

/** The last key of a path (the list's key for an item), which says what kind of value it holds. */
function keyOf(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === "string" && !isItemSegment(path, i)) return String(path[i]);
  return "";
}

/** A string segment naming a list item (a component's ten, a channel's kenh) rather than a key. */
function isItemSegment(path: readonly PathSegment[], i: number): boolean {
  return i === 1 && ["thanh_phan_ho_so", "phi_le_phi", "mau_don", "cach_thuc"].includes(String(path[0]));
}

/** Whether a changed value is running text, to be shown word by word. */
export function isRunningText(path: readonly PathSegment[], value: unknown): value is string {
  return typeof value === "string" && !CODE_KEYS.has(keyOf(path));
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const str = textOf;

/** A deadline as people say it: "05 ngày làm việc" is written "5 ngày làm việc". */
export function describeDeadline(value: Obj, lang: Lang): string {
  if (typeof value.gia_tri === "number" && typeof value.don_vi === "string") {
    const note = typeof value.ghi_chu === "string" && value.ghi_chu !== "" ? { ghi_chu: value.ghi_chu } : {};
    return wordDeadline({ gia_tri: value.gia_tri, don_vi: value.don_vi as DeadlineUnit, ...note }, lang, { note: "parentheses" });
  }
  const main = `${str(value.gia_tri)} ${valueName("don_vi", str(value.don_vi), lang)}`;
  return value.ghi_chu ? `${main} (${str(value.ghi_chu)})` : main;
}

/** A decision: "1234/QĐ-UBND ngày 25/06/2025". */
export function describeDecision(value: Obj, lang: Lang, names?: DiffNames): string {
  const date = value.ngay ? pick(lang, { vi: ` ngày ${wordDateIn(str(value.ngay), lang)}`, en: ` of ${str(value.ngay)}` }) : "";
  const document = nameOf(names?.documents, str(value.can_cu));
  const basis = value.can_cu ? pick(lang, { vi: `, căn cứ ${document}`, en: `, under ${document}` }) : "";
  return `${str(value.quyet_dinh)}${date}${basis}`;
}

/**
 * A changed value as a reader sees it: a dossier component with its copies, a fee with its
 * amount, a channel with its deadline, a code by its name. Null is the empty string.
 */
export function describeValue(path: readonly PathSegment[], value: unknown, lang: Lang, names?: DiffNames): string {
  if (value === null || value === undefined) return "";
  const top = String(path[0] ?? "");
  const key = keyOf(path);
  if (Array.isArray(value)) return value.map((v) => describeValue([...path, 0], v, lang, names)).join("; ");
  if (isObj(value)) {
    if (key === "thoi_han") return describeDeadline(value, lang);
    if (key === "cong_bo" || key === "bai_bo") return describeDecision(value, lang, names);
    if (top === "trinh_tu" && path.length === 2) {
      const who = valueName("chu_the", str(value.chu_the), lang);
      const hours =
        typeof value.gio_nguoi_dan === "number"
          ? pick(lang, { vi: `, ${formatNumber(value.gio_nguoi_dan, lang)} giờ`, en: `, ${formatNumber(value.gio_nguoi_dan, lang)} h` })
          : "";
      return `${str(value.mo_ta)} (${who}${hours})`;
    }
    if (top === "thanh_phan_ho_so" && path.length === 2) {
      const details = (["ban_chinh", "ban_sao", "hinh_thuc", "mau", "ghi_chu"] as const)
        .filter((k) => value[k] !== undefined)
        .map((k) => `${pick(lang, PART_TEXT[k]!)}: ${describeValue([top, "x", k], value[k], lang, names)}`);
      return details.length > 0 ? `${str(value.ten)} (${details.join(", ")})` : str(value.ten);
    }
    if (top === "phi_le_phi" && path.length === 2) {
      const amount =
        typeof value.so_tien === "number" ? `: ${formatNumber(value.so_tien, lang)} ${pick(lang, { vi: "đồng", en: "VND" })}` : "";
      return `${str(value.ten)}${amount}${value.ghi_chu ? ` (${str(value.ghi_chu)})` : ""}`;
    }
    if (top === "mau_don" && path.length === 2) {
      return `${str(value.ten)} (${str(value.ma)}${value.van_ban ? `, ${nameOf(names?.documents, str(value.van_ban))}` : ""})`;
    }
    if (top === "cach_thuc" && path.length === 2) {
      const parts = [valueName("kenh", str(value.kenh), lang)];
      if (isObj(value.thoi_han)) parts.push(describeDeadline(value.thoi_han, lang));
      if (value.ghi_chu) parts.push(str(value.ghi_chu));
      return parts.join(", ");
    }
    if (top === "can_ra_soat" && path.length === 2) return `${elementName(str(value.thanh_phan), lang)}: ${str(value.ly_do)}`;
    if (key === "dich_vu_cong") return [valueName("muc_do", str(value.muc_do), lang), str(value.url)].filter(Boolean).join(", ");
    return Object.entries(value)
      .map(([k, v]) => `${PART_TEXT[k] ? pick(lang, PART_TEXT[k]) : k}: ${describeValue([...path, k], v, lang, names)}`)
      .join("; ");
  }
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "boolean") return value ? pick(lang, { vi: "có", en: "yes" }) : pick(lang, { vi: "không", en: "no" });
  const text = textOf(value);
  if (key === "ngay" || key === "hieu_luc_tu") return wordDateIn(text, lang);
  if (key === "thanh_phan") return elementName(text, lang);
  if (AGENCY_KEYS.has(key)) return nameOf(names?.agencies, text);
  if (DOCUMENT_KEYS.has(key)) return nameOf(names?.documents, text);
  return valueName(key, text, lang);
}

/**
 * The changes as a reader takes them in: a deadline whose amount or unit changed is one change
 * of amount and unit together ("1 ngày làm việc → 3 ngày làm việc"), not of its number.
 */
export function readerChanges(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    if (!change.deadline) {
      out.push(change);
      continue;
    }
    const path = change.path.slice(0, -1);
    const key = JSON.stringify(path);
    if (seen.has(key)) continue;
    seen.add(key);
    // The amount and the unit: a note that changed is a change of its own, word by word.
    out.push({ path, before: amountAndUnit(change.deadline.before), after: amountAndUnit(change.deadline.after) });
  }
  return out;
}

function amountAndUnit(deadline: unknown): unknown {
  if (!isObj(deadline)) return deadline;
  const { gia_tri, don_vi } = deadline;
  return { gia_tri, don_vi };
}

/** "main" stays "main"; the working tree is named in the reader's language. */
export function describeRevision(label: string, lang: Lang): string {
  return label === "working tree" ? pick(lang, { vi: "cây làm việc", en: "working tree" }) : label;
}

/** "1 thủ tục mới, 2 sửa đổi, bổ sung, 1 thay thế, 1 bãi bỏ; 80 không đổi". */
export function describeSummary(diff: CatalogueDiff, lang: Lang): string {
  const parts: string[] = [
    pick(lang, { vi: `${diff.added.length} thủ tục mới`, en: `${diff.added.length} new` }),
    pick(lang, { vi: `${diff.amended.length} sửa đổi, bổ sung`, en: `${diff.amended.length} amended` }),
    pick(lang, { vi: `${diff.replaced.length} thay thế`, en: `${diff.replaced.length} replaced` }),
    pick(lang, { vi: `${diff.abolished.length} bãi bỏ`, en: `${diff.abolished.length} abolished` }),
  ];
  if (diff.moved.length > 0) parts.push(pick(lang, { vi: `${diff.moved.length} chuyển lĩnh vực`, en: `${diff.moved.length} moved` }));
  return `${parts.join(", ")}; ${pick(lang, { vi: `${diff.unchanged} không đổi`, en: `${diff.unchanged} unchanged` })}`;
}

/** The title line: "So sánh main → cây làm việc". */
export function describeComparison(diff: CatalogueDiff, lang: Lang): string {
  const arrow = `${describeRevision(diff.base, lang)} → ${describeRevision(diff.head, lang)}`;
  return pick(lang, { vi: `Đề xuất sửa đổi danh mục TTHC: ${arrow}`, en: `Catalogue amendment proposal: ${arrow}` });
}

/** "(bãi bỏ do xóa hồ sơ)" and the like, after an abolished procedure. */
export function describeAbolition(by: "status" | "removal", lang: Lang): string {
  return by === "status"
    ? pick(lang, { vi: "ghi trạng thái bãi bỏ, còn lưu trong danh mục", en: "marked abolished, kept in the catalogue" })
    : pick(lang, { vi: "xóa khỏi danh mục", en: "removed from the catalogue" });
}

/** The titles of the lists, as the decision's Part I names them. */
export const SECTION_TEXT = {
  added: { vi: "Thủ tục hành chính mới ban hành", en: "New procedures" },
  amended: { vi: "Thủ tục hành chính được sửa đổi, bổ sung", en: "Amended procedures" },
  replaced: { vi: "Thủ tục hành chính được thay thế", en: "Replacing procedures" },
  abolished: { vi: "Thủ tục hành chính bị bãi bỏ", en: "Abolished procedures" },
  moved: { vi: "Thủ tục chuyển lĩnh vực (nội dung không đổi)", en: "Procedures moved to another field (content unchanged)" },
  none: { vi: "Không có thay đổi.", en: "No changes." },
} satisfies Record<string, Text>;

/** "thay thế 1.000002 Thủ tục cũ". */
export function describeReplaces(code: string, name: string, lang: Lang): string {
  return pick(lang, { vi: `thay thế ${code} ${name}`, en: `replaces ${code} ${name}` });
}

/** "chuyển từ lĩnh vực Hộ tịch": the former field by its name. */
export function describeMove(from: string, lang: Lang): string {
  return pick(lang, { vi: `chuyển từ lĩnh vực ${from}`, en: `moved from field ${from}` });
}

/** "chỉ thay đổi thông tin quản lý" for an amendment of record keeping only. */
export function describeRecordOnly(lang: Lang): string {
  return pick(lang, { vi: "chỉ thay đổi thông tin quản lý, không phải công bố", en: "record keeping only, nothing to announce" });
}

/** "thay thế …" → "Thay thế …", at the start of a table cell. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
