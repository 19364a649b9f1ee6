// The tables of an effects report as rows of text cells, shared by the table and md renderers
// so that both show the same columns and the same figures.

import type { Lang } from "../../model/lang.js";
import type { Align, TextTable as BaseTable } from "../table/text-table.js";
import { pick } from "../../model/lang.js";
import type { EffectsReport } from "../../effects/effects-report.js";
import {
  describeChanges,
  describeDaysCut,
  describeDeadline,
  describeGroupHeading,
  describeGroupName,
  formatNumber,
} from "./effects-wording.js";

export type { Align } from "../table/text-table.js";

export interface TextTable extends BaseTable {
  /** Per row: whether it adds burden (the table renderer colours it). */
  burdened?: boolean[];
}

/** Groups with a totals row taken from the report's totals (not summed here). */
export function buildGroupTable(report: EffectsReport, lang: Lang): TextTable {
  const n = (value: number): string => formatNumber(value, lang);
  const header = [
    describeGroupHeading(report.by, lang),
    pick(lang, { vi: "TTHC đơn giản hóa", en: "Simplified" }),
    pick(lang, { vi: "Ngày làm việc cắt giảm", en: "Working days cut" }),
    pick(lang, { vi: "Ngày cắt giảm", en: "Calendar days cut" }),
    pick(lang, { vi: "TPHS cắt giảm", en: "Components cut" }),
    pick(lang, { vi: "Bãi bỏ", en: "Abolished" }),
    pick(lang, { vi: "Thêm mới", en: "Added" }),
    pick(lang, { vi: "Chi phí trước (đồng/năm)", en: "Cost before (VND/year)" }),
    pick(lang, { vi: "Chi phí sau (đồng/năm)", en: "Cost after (VND/year)" }),
    pick(lang, { vi: "Tiết kiệm (đồng/năm)", en: "Saved (VND/year)" }),
  ];
  const rows = report.groups.map((g) => [
    describeGroupName(report.by, g.key, g.name, lang),
    n(g.procedures_simplified),
    n(g.working_days_cut),
    n(g.calendar_days_cut),
    n(g.dossier_components_cut),
    n(g.procedures_abolished),
    n(g.procedures_added),
    n(g.compliance_cost_before_vnd),
    n(g.compliance_cost_after_vnd),
    n(g.compliance_cost_saved_vnd),
  ]);
  const t = report.totals;
  const total = [
    pick(lang, { vi: "Tổng cộng", en: "Total" }),
    n(t.procedures_simplified),
    n(t.working_days_cut),
    n(t.calendar_days_cut),
    n(t.dossier_components_cut),
    n(t.procedures_abolished),
    n(t.procedures_added),
    n(t.compliance_cost_before_vnd),
    n(t.compliance_cost_after_vnd),
    n(t.compliance_cost_saved_vnd),
  ];
  return { header, align: ["left", ...header.slice(1).map((): Align => "right")], rows, total };
}

/** Matched procedures that changed: deadline, components, yearly cost, what changed. */
export function buildProcedureTable(report: EffectsReport, lang: Lang): TextTable {
  const n = (value: number): string => formatNumber(value, lang);
  const header = [
    pick(lang, { vi: "Mã", en: "Code" }),
    pick(lang, { vi: "Tên TTHC", en: "Procedure" }),
    pick(lang, { vi: "Thời hạn trước", en: "Deadline before" }),
    pick(lang, { vi: "Thời hạn sau", en: "Deadline after" }),
    pick(lang, { vi: "Cắt giảm", en: "Cut" }),
    pick(lang, { vi: "TPHS trước", en: "Components before" }),
    pick(lang, { vi: "TPHS sau", en: "Components after" }),
    pick(lang, { vi: "Chi phí trước (đồng/năm)", en: "Cost before (VND/year)" }),
    pick(lang, { vi: "Chi phí sau (đồng/năm)", en: "Cost after (VND/year)" }),
    pick(lang, { vi: "Thay đổi", en: "Changes" }),
  ];
  const rows = report.procedures.map((p) => {
    const replaces = p.replaces ? pick(lang, { vi: ` (thay thế ${p.replaces})`, en: ` (replaces ${p.replaces})` }) : "";
    return [
      p.code,
      p.name + replaces,
      describeDeadline(p.deadline_before, lang),
      describeDeadline(p.deadline_after, lang),
      describeDaysCut(p, lang),
      n(p.components_before),
      n(p.components_after),
      n(p.cost_before_vnd),
      n(p.cost_after_vnd),
      describeChanges(p, lang),
    ];
  });
  const align: Align[] = ["left", "left", "right", "right", "right", "right", "right", "right", "right", "left"];
  return { header, align, rows, burdened: report.procedures.map((p) => p.burdens.length > 0) };
}
