import { escapeMarkdown } from "../../words/escape.js";
import { pick } from "../../model/lang.js";
import type { EffectsReport } from "../../effects/effects-report.js";
import { buildGroupTable, buildProcedureTable, type TextTable } from "./effects-sections.js";
import {
  describeChanges,
  describeEffects,
  describeGroupOverlap,
  describeNote,
  describeRevision,
  type EffectsRenderOptions,
} from "./effects-wording.js";

/** Outside a table a pipe is plain text. */
const PARAGRAPH = { inTable: false };

/**
 * The effects report as Markdown (for a merge request, a wiki, a report draft): the sentence,
 * the groups with a totals row, the procedures that changed, and the lists. Never coloured.
 */
export function renderEffectsMd(report: EffectsReport, options: EffectsRenderOptions): string {
  const { lang } = options;
  const out: string[] = [];
  out.push(
    `# ${pick(lang, { vi: "Hiệu quả đơn giản hóa TTHC", en: "Simplification effects" })}`,
    "",
    ...describeEffects(report, lang).flatMap((line, i) => [
      i === 0 ? `**${escapeMarkdown(line, PARAGRAPH)}**` : escapeMarkdown(line, PARAGRAPH),
      "",
    ]),
    escapeMarkdown(
      pick(lang, {
        vi: `So sánh: ${describeRevision(report.base, lang)} → ${describeRevision(report.head, lang)}`,
        en: `Compared: ${describeRevision(report.base, lang)} → ${describeRevision(report.head, lang)}`,
      }),
      PARAGRAPH,
    ),
    "",
    ...table(buildGroupTable(report, lang)),
  );
  const overlap = describeGroupOverlap(report, lang);
  if (overlap) out.push("", escapeMarkdown(overlap, PARAGRAPH));
  if (report.procedures.length > 0) {
    out.push("", `## ${pick(lang, { vi: "TTHC có thay đổi", en: "Procedures changed" })}`, "");
    out.push(...table(buildProcedureTable(report, lang)));
  }
  const list = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    out.push("", `## ${title}`, "", ...items.map((item) => `- ${escapeMarkdown(item, PARAGRAPH)}`));
  };
  list(
    pick(lang, { vi: "TTHC bãi bỏ", en: "Procedures abolished" }),
    report.abolished.map((p) => `${p.code} ${p.name}`),
  );
  list(
    pick(lang, { vi: "TTHC thêm mới", en: "Procedures added" }),
    report.added.map((p) => `${p.code} ${p.name}`),
  );
  list(
    pick(lang, { vi: "TTHC tăng gánh nặng", en: "Procedures with added burden" }),
    report.burden_added.map((p) => `${p.code} ${p.name}: ${describeChanges(p, lang)}`),
  );
  list(
    pick(lang, { vi: "Ghi chú", en: "Notes" }),
    report.notes.map((note) => describeNote(note, lang)),
  );
  return out.join("\n") + "\n";
}

function table(t: TextTable): string[] {
  const row = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  const rule = `| ${t.align.map((a) => (a === "right" ? "---:" : "---")).join(" | ")} |`;
  const rows = t.rows.map((cells) => row(cells.map((cell) => escapeMarkdown(cell))));
  if (t.total) rows.push(row(t.total.map((cell) => (cell === "" ? "" : `**${escapeMarkdown(cell)}**`))));
  return [row(t.header.map((cell) => escapeMarkdown(cell))), rule, ...rows];
}
