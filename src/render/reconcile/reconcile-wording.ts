import type { ReconcileChange, ReconcileReport } from "../../portal/reconcile-catalogue.js";
import { pick, type Lang } from "../../model/lang.js";
import { LEVEL_WORDS } from "../../words/enum-words.js";
import { formatMoney, formatNumber } from "../../words/format-number.js";
import { describePath, describeValue } from "../diff/diff-wording.js";

/** Reconcile's report with the record files it read, as the command names them. */
export interface ReconcileOutput extends ReconcileReport {
  sources: string[];
}

export interface ReconcileRenderOptions {
  lang: Lang;
}

/** Whether the catalogue differs from the national records: what makes the exit code 1. */
export function hasFindings(report: ReconcileReport): boolean {
  return report.differ.length > 0 || report.missing.length > 0 || report.not_national.length > 0;
}

/** "Đối chiếu danh mục với 271 bản ghi của Cổng DVCQG (bo-tu-phap.jsonl), cấp xã". */
export function describeScope(report: ReconcileOutput, lang: Lang): string {
  const level = report.level ? pick(lang, LEVEL_WORDS[report.level].phrase) : pick(lang, { vi: "mọi cấp", en: "every level" });
  const records = formatNumber(report.records, lang);
  return pick(lang, {
    vi: `Đối chiếu danh mục với ${records} bản ghi của CSDL quốc gia về TTHC (${report.sources.join(", ")}), ${level}`,
    en: `Catalogue reconciled with ${records} national database record(s) (${report.sources.join(", ")}), ${level}`,
  });
}

/** "64 thủ tục được đối chiếu: 61 khớp, 3 khác; 2 thiếu; 1 không có trên CSDL quốc gia; 1 thủ tục địa phương". */
export function describeCounts(report: ReconcileReport, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  return pick(lang, {
    vi: `${n(report.compared)} thủ tục được đối chiếu: ${n(report.same)} khớp, ${n(report.differ.length)} khác; ${n(report.missing.length)} thiếu trong danh mục; ${n(report.not_national.length)} không có trong CSDL quốc gia; ${n(report.local)} thủ tục riêng của địa phương (mã DP., không đối chiếu).`,
    en: `${n(report.compared)} procedure(s) compared: ${n(report.same)} match, ${n(report.differ.length)} differ; ${n(report.missing.length)} missing from the catalogue; ${n(report.not_national.length)} not in the national database; ${n(report.local)} local (DP. codes, not compared).`,
  });
}

export const SECTION = {
  differ: { vi: "Khác với CSDL quốc gia", en: "Differ from the national database" },
  missing: {
    vi: "Có trong CSDL quốc gia, thiếu trong danh mục (hoặc đã bãi bỏ)",
    en: "In the national database, missing from the catalogue (or abolished)",
  },
  not_national: { vi: "Mã quốc gia không có trong các bản ghi", en: "National codes the records do not hold" },
  none: { vi: "Danh mục khớp với CSDL quốc gia.", en: "The catalogue matches the national database." },
  catalogue: { vi: "danh mục", en: "catalogue" },
  national: { vi: "CSDL quốc gia", en: "national" },
} as const;

/** One change: "Thời hạn giải quyết › giá trị: danh mục 7 · CSDL quốc gia 5". */
export function describeChange(change: ReconcileChange, lang: Lang): { where: string; catalogue: string; national: string } {
  return {
    where: describePath(change.path, lang),
    catalogue: describeSide(change, change.catalogue, lang),
    national: describeSide(change, change.national, lang),
  };
}

function describeSide(change: ReconcileChange, value: unknown, lang: Lang): string {
  const none = pick(lang, { vi: "(không có)", en: "(none)" });
  if (value === undefined || value === null) return none;
  // Fees are compared as their amounts.
  if (change.path[0] === "phi_le_phi") {
    const amounts = Array.isArray(value) ? value : [value];
    if (amounts.every((v) => typeof v === "number"))
      return amounts.length === 0 ? none : amounts.map((v) => formatMoney(v, lang)).join("; ");
  }
  const text = describeValue(change.path, value, lang);
  return text === "" ? none : text;
}

/** Where a change's values go in JSON: an absent side is null, so that both keys are always there. */
export function jsonChange(change: ReconcileChange): { path: (string | number)[]; catalogue: unknown; national: unknown } {
  return { path: change.path, catalogue: change.catalogue ?? null, national: change.national ?? null };
}
