// Words and number formats shared by the effects renderers (table, md, csv): one place, so the
// three say the same thing in the same words.

import type { DeadlineUnit, Level } from "../../model/catalogue.js";
import { wordDeadline, wordUnit } from "../../words/deadlines.js";
import { LEVEL_WORDS, pickWord } from "../../words/enum-words.js";
import { formatNumber as formatAnyNumber } from "../../words/format-number.js";
import type { Lang, Text } from "../../model/lang.js";
import { pick } from "../../model/lang.js";
import { noteProblem } from "../../effects/note-problem.js";
import type { Action, Burden, DeadlineValue, EffectsNote, EffectsReport, GroupBy, ProcedureEffect } from "../../effects/effects-report.js";

export interface EffectsRenderOptions {
  lang: Lang;
  color: boolean;
  /** The table's width in columns (default 80): tables and lines wrap to fit it. */
  width?: number;
}

/** Costs and shares are computed, not typed in: shown with at most `decimals` places (71,64). */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  return formatAnyNumber(value, lang, { decimals });
}

export const ACTION_TEXT: Record<Action, Text> = {
  shorten_deadline: { vi: "rút ngắn thời hạn", en: "shorter deadline" },
  drop_component: { vi: "giảm thành phần hồ sơ", en: "fewer dossier components" },
  fewer_copies: { vi: "giảm số bản", en: "fewer copies" },
  lower_fee: { vi: "giảm phí, lệ phí", en: "lower fees" },
  fewer_steps: { vi: "giảm bước của người dân", en: "fewer applicant steps" },
  raise_online_level: { vi: "nâng mức dịch vụ công trực tuyến", en: "better online service" },
  add_channel: { vi: "thêm cách thức thực hiện", en: "new channel" },
  lower_cost: { vi: "giảm chi phí tuân thủ", en: "lower compliance cost" },
};

export const BURDEN_TEXT: Record<Burden, Text> = {
  lengthen_deadline: { vi: "kéo dài thời hạn", en: "longer deadline" },
  add_component: { vi: "thêm thành phần hồ sơ", en: "more dossier components" },
  more_copies: { vi: "tăng số bản", en: "more copies" },
  raise_fee: { vi: "tăng phí, lệ phí", en: "higher fees" },
  more_steps: { vi: "thêm bước của người dân", en: "more applicant steps" },
  lower_online_level: { vi: "hạ mức dịch vụ công trực tuyến", en: "worse online service" },
  remove_channel: { vi: "bỏ cách thức thực hiện", en: "channel removed" },
  raise_cost: { vi: "tăng chi phí tuân thủ", en: "higher compliance cost" },
};

const BY_TEXT: Record<GroupBy, Text> = {
  field: { vi: "Lĩnh vực", en: "Field" },
  level: { vi: "Cấp thực hiện", en: "Level" },
  agency: { vi: "Cơ quan", en: "Agency" },
};

export function describeUnit(unit: DeadlineUnit, lang: Lang): string {
  return wordUnit(unit, lang);
}

export function describeDeadline(deadline: DeadlineValue, lang: Lang): string {
  if (deadline.value === null) return deadline.text;
  return wordDeadline({ gia_tri: deadline.value, don_vi: deadline.unit }, lang, { note: "none" });
}

/** The per-procedure cut, in the unit it is compared in, or why it has none. */
export function describeDaysCut(effect: ProcedureEffect, lang: Lang): string {
  if (effect.deadline_in_words) return pick(lang, { vi: "thời hạn ghi bằng chữ, không tính", en: "deadline in words, not counted" });
  if (effect.unit_changed || effect.days_cut === null || effect.unit === null) {
    return pick(lang, { vi: "đổi đơn vị", en: "unit changed" });
  }
  return `${formatNumber(effect.days_cut, lang)} ${describeUnit(effect.unit, lang)}`;
}

export function describeGroupHeading(by: GroupBy, lang: Lang): string {
  return pick(lang, BY_TEXT[by]);
}

/** Level groups are named in the data in Vietnamese; English output names them itself. */
export function describeGroupName(by: GroupBy, key: string, name: string, lang: Lang): string {
  if (by === "level" && key in LEVEL_WORDS) return pickWord(LEVEL_WORDS[key as Level], lang);
  return name;
}

export function describeChanges(effect: { actions: Action[]; burdens: Burden[] }, lang: Lang): string {
  const parts = effect.actions.map((a) => pick(lang, ACTION_TEXT[a]));
  if (effect.burdens.length > 0) {
    // "; " and not ", ": the labels themselves hold commas ("tăng phí, lệ phí").
    const burdens = effect.burdens.map((b) => pick(lang, BURDEN_TEXT[b])).join("; ");
    parts.push(pick(lang, { vi: `tăng gánh nặng: ${burdens}`, en: `adds burden: ${burdens}` }));
  }
  return parts.join("; ");
}

export function describeRevision(label: string, lang: Lang): string {
  return label === "working tree" ? pick(lang, { vi: "bản đang sửa (working tree)", en: "working tree" }) : label;
}

/**
 * The report sentence in the words offices use ("Đã đơn giản hóa 58 TTHC, cắt giảm 212 ngày
 * làm việc; …"), then a line with abolished, replaced, added and burden-adding procedures.
 */
export function describeEffects(report: EffectsReport, lang: Lang): string[] {
  const t = report.totals;
  const n = (value: number): string => formatNumber(value, lang);
  const saved = t.compliance_cost_saved_vnd;
  const percent = n(Math.abs(t.compliance_cost_cut_percent));
  if (lang === "en") {
    const procedures = (count: number): string => `${n(count)} procedure${count === 1 ? "" : "s"}`;
    const calendar = t.calendar_days_cut > 0 ? ` and ${n(t.calendar_days_cut)} calendar days` : "";
    const cost =
      saved === 0
        ? "compliance cost unchanged"
        : `compliance cost ${saved > 0 ? "down" : "up"} ${n(Math.abs(saved))} VND/year (${percent}%)`;
    return [
      `Simplified ${procedures(t.procedures_simplified)}, cutting ${n(t.working_days_cut)} working days${calendar}; ` +
        `${n(t.dossier_components_cut)} dossier components cut; ${cost}.`,
      `Abolished ${n(t.procedures_abolished)}, replaced ${n(t.procedures_replaced)}, added ${n(t.procedures_added)}; ` +
        `${procedures(t.procedures_burden_added)} changed in a way that adds burden.`,
    ];
  }
  const calendar = t.calendar_days_cut > 0 ? ` và ${n(t.calendar_days_cut)} ngày` : "";
  const cost =
    saved === 0
      ? "chi phí tuân thủ không đổi"
      : `chi phí tuân thủ ${saved > 0 ? "giảm" : "tăng"} ${n(Math.abs(saved))} đồng/năm (${percent}%)`;
  return [
    `Đã đơn giản hóa ${n(t.procedures_simplified)} TTHC, cắt giảm ${n(t.working_days_cut)} ngày làm việc${calendar}; ` +
      `cắt giảm ${n(t.dossier_components_cut)} thành phần hồ sơ; ${cost}.`,
    `Bãi bỏ ${n(t.procedures_abolished)} TTHC, thay thế ${n(t.procedures_replaced)} TTHC, thêm mới ${n(t.procedures_added)} TTHC; ` +
      `${n(t.procedures_burden_added)} TTHC có thay đổi làm tăng gánh nặng.`,
  ];
}

/** Under a table by level: why its rows add up to more than the totals, or nothing. */
export function describeGroupOverlap(report: EffectsReport, lang: Lang): string | undefined {
  const count = report.procedures_in_several_groups;
  if (count === 0) return undefined;
  return pick(lang, {
    vi: `Một TTHC thực hiện ở nhiều cấp được tính ở mỗi cấp (${formatNumber(count, lang)} TTHC như vậy), nên cộng các dòng có thể lớn hơn dòng Tổng cộng.`,
    en: `A procedure done at several levels counts at each of them (${formatNumber(count, lang)} such), so the rows may add up to more than the Total row.`,
  });
}

export function describeNote(note: EffectsNote, lang: Lang): string {
  return pick(lang, noteProblem(note).message);
}
