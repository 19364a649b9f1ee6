import { escapeCsv } from "../../words/escape.js";
import { ONLINE_LEVEL_WORDS, pickWord } from "../../words/enum-words.js";
import type { OnlineLevel } from "../../model/catalogue.js";
import type { Lang, Text } from "../../model/lang.js";
import { pick } from "../../model/lang.js";
import type { EffectsReport, ProcedureEffect, ProcedureRef } from "../../effects/effects-report.js";
import { ACTION_TEXT, BURDEN_TEXT, describeUnit, type EffectsRenderOptions } from "./effects-wording.js";

type Cell = string | number | null;

/** Excel reads a file as UTF-8 only when it starts with a byte order mark. */
const BOM = "\uFEFF";

interface Row {
  status: Text;
  code: string;
  name: string;
  field: string;
  replaces?: string;
  effect?: ProcedureEffect;
  ref?: ProcedureRef;
}

const COLUMNS: { title: Text; value: (row: Row, lang: Lang) => Cell }[] = [
  { title: { vi: "Mã TTHC", en: "Code" }, value: (r) => r.code },
  { title: { vi: "Tên TTHC", en: "Procedure" }, value: (r) => r.name },
  { title: { vi: "Lĩnh vực", en: "Field" }, value: (r) => r.field },
  { title: { vi: "Kết quả", en: "Result" }, value: (r, lang) => pick(lang, r.status) },
  { title: { vi: "Thay thế TTHC", en: "Replaces" }, value: (r) => r.replaces ?? null },
  { title: { vi: "Thời hạn trước", en: "Deadline before" }, value: (r) => stated(r.effect?.deadline_before) },
  { title: { vi: "Đơn vị trước", en: "Unit before" }, value: (r, l) => unit(r.effect?.deadline_before.unit ?? undefined, l) },
  { title: { vi: "Thời hạn sau", en: "Deadline after" }, value: (r) => stated(r.effect?.deadline_after) },
  { title: { vi: "Đơn vị sau", en: "Unit after" }, value: (r, l) => unit(r.effect?.deadline_after.unit ?? undefined, l) },
  { title: { vi: "Cắt giảm", en: "Cut" }, value: (r) => r.effect?.days_cut ?? null },
  { title: { vi: "Đơn vị cắt giảm", en: "Cut unit" }, value: (r, l) => unit(r.effect?.unit ?? undefined, l) },
  { title: { vi: "TPHS trước", en: "Components before" }, value: (r) => r.effect?.components_before ?? null },
  { title: { vi: "TPHS sau", en: "Components after" }, value: (r) => r.effect?.components_after ?? null },
  { title: { vi: "Số bản trước", en: "Copies before" }, value: (r) => r.effect?.copies_before ?? null },
  { title: { vi: "Số bản sau", en: "Copies after" }, value: (r) => r.effect?.copies_after ?? null },
  { title: { vi: "Phí, lệ phí trước (đồng)", en: "Fees before (VND)" }, value: (r) => r.effect?.fees_before_vnd ?? null },
  { title: { vi: "Phí, lệ phí sau (đồng)", en: "Fees after (VND)" }, value: (r) => r.effect?.fees_after_vnd ?? null },
  { title: { vi: "Bước người dân trước", en: "Applicant steps before" }, value: (r) => r.effect?.applicant_steps_before ?? null },
  { title: { vi: "Bước người dân sau", en: "Applicant steps after" }, value: (r) => r.effect?.applicant_steps_after ?? null },
  { title: { vi: "Mức DVC trước", en: "Online level before" }, value: (r, l) => online(r.effect?.online_level_before, l) },
  { title: { vi: "Mức DVC sau", en: "Online level after" }, value: (r, l) => online(r.effect?.online_level_after, l) },
  {
    title: { vi: "Chi phí trước (đồng/năm)", en: "Cost before (VND/year)" },
    value: (r) => r.effect?.cost_before_vnd ?? (r.status === ABOLISHED ? (r.ref?.cost_vnd ?? null) : null),
  },
  {
    title: { vi: "Chi phí sau (đồng/năm)", en: "Cost after (VND/year)" },
    value: (r) => r.effect?.cost_after_vnd ?? (r.status === ADDED ? (r.ref?.cost_vnd ?? null) : null),
  },
  {
    title: { vi: "Đơn giản hóa", en: "Simplifications" },
    value: (r, l) => r.effect?.actions.map((a) => pick(l, ACTION_TEXT[a])).join("; ") ?? null,
  },
  {
    title: { vi: "Tăng gánh nặng", en: "Added burden" },
    value: (r, l) => r.effect?.burdens.map((b) => pick(l, BURDEN_TEXT[b])).join("; ") ?? null,
  },
];

const SIMPLIFIED: Text = { vi: "đơn giản hóa", en: "simplified" };
const BURDENED: Text = { vi: "tăng gánh nặng", en: "adds burden" };
const CHANGED: Text = { vi: "thay đổi", en: "changed" };
const ABOLISHED: Text = { vi: "bãi bỏ", en: "abolished" };
const ADDED: Text = { vi: "thêm mới", en: "added" };

/**
 * The effects report as CSV for Excel: a BOM, a heading row in the user's language, then one
 * row per changed, abolished and added procedure (data only: no totals row, so a sheet can be
 * sorted and summed). RFC 4180: commas, quotes and line breaks are quoted, lines end in CRLF.
 *
 * Formula injection: a *text* cell that starts with =, +, -, @, tab or CR gets a leading
 * single quote, so Excel shows it instead of running it. Numbers are written as plain numbers
 * (a minus sign, a "." decimal point, no thousands separator) and never escaped: −3 days cut
 * is data, and quoting it would turn it into text that no longer sums.
 */
export function renderEffectsCsv(report: EffectsReport, options: EffectsRenderOptions): string {
  const { lang } = options;
  const rows: Row[] = [
    ...report.procedures.map((effect) => ({
      status: effect.simplified ? SIMPLIFIED : effect.burdens.length > 0 ? BURDENED : CHANGED,
      code: effect.code,
      name: effect.name,
      field: effect.field_name,
      ...(effect.replaces ? { replaces: effect.replaces } : {}),
      effect,
    })),
    ...report.abolished.map((ref) => ({ status: ABOLISHED, code: ref.code, name: ref.name, field: ref.field_name, ref })),
    ...report.added.map((ref) => ({ status: ADDED, code: ref.code, name: ref.name, field: ref.field_name, ref })),
  ];
  const lines = [
    COLUMNS.map((column) => formatCell(pick(lang, column.title))),
    ...rows.map((row) => COLUMNS.map((column) => formatCell(column.value(row, lang)))),
  ].map((cells) => cells.join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}

/** A deadline's number, or its words when it is stated in words only. */
function stated(deadline: ProcedureEffect["deadline_before"] | undefined): Cell {
  if (deadline === undefined) return null;
  return deadline.value === null ? deadline.text : deadline.value;
}

/** "Toàn trình" / "Fully online", as the other reports word it. */
function online(value: OnlineLevel | undefined, lang: Lang): string | null {
  return value === undefined ? null : pickWord(ONLINE_LEVEL_WORDS[value], lang);
}

function unit(value: Parameters<typeof describeUnit>[0] | undefined, lang: Lang): string | null {
  return value === undefined ? null : describeUnit(value, lang);
}

export function formatCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return escapeCsv(cell);
}
