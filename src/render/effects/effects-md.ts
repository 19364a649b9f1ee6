import { pick } from "../../model/lang.js";
import type { EffectsReport } from "../../effects/effects-report.js";
import { buildGroupTable, buildProcedureTable, type TextTable } from "./effects-sections.js";
import {
  describeChanges,
  describeEffects,
  describeNote,
  describeRevision,
  type EffectsRenderOptions,
} from "./effects-wording.js";

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
    ...describeEffects(report, lang).flatMap((line, i) => [i === 0 ? `**${escapeText(line)}**` : escapeText(line), ""]),
    escapeText(
      pick(lang, {
        vi: `So sánh: ${describeRevision(report.base, lang)} → ${describeRevision(report.head, lang)}`,
        en: `Compared: ${describeRevision(report.base, lang)} → ${describeRevision(report.head, lang)}`,
      }),
    ),
    "",
    ...table(buildGroupTable(report, lang)),
  );
  if (report.procedures.length > 0) {
    out.push("", `## ${pick(lang, { vi: "TTHC có thay đổi", en: "Procedures changed" })}`, "");
    out.push(...table(buildProcedureTable(report, lang)));
  }
  const list = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    out.push("", `## ${title}`, "", ...items.map((item) => `- ${escapeText(item)}`));
  };
  list(
    pick(lang, { vi: "TTHC bãi bỏ", en: "Procedures abolished" }),
    report.abolished.map((p) => `${p.code} ${p.name}`),
  );
  list(pick(lang, { vi: "TTHC thêm mới", en: "Procedures added" }), report.added.map((p) => `${p.code} ${p.name}`));
  list(
    pick(lang, { vi: "TTHC tăng gánh nặng", en: "Procedures with added burden" }),
    report.burden_added.map((p) => `${p.code} ${p.name}: ${describeChanges(p, lang)}`),
  );
  list(pick(lang, { vi: "Ghi chú", en: "Notes" }), report.notes.map((note) => describeNote(note, lang)));
  return out.join("\n") + "\n";
}

function table(t: TextTable): string[] {
  const row = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  const rule = `| ${t.align.map((a) => (a === "right" ? "---:" : "---")).join(" | ")} |`;
  const rows = t.rows.map((cells) => row(cells.map(escapeCell)));
  if (t.total) rows.push(row(t.total.map((cell) => (cell === "" ? "" : `**${escapeCell(cell)}**`))));
  return [row(t.header.map(escapeCell)), rule, ...rows];
}

/** A pipe ends a cell and a line break ends the table: both are escaped in catalogue text. */
function escapeCell(text: string): string {
  return escapeText(text).replace(/\|/gu, "\\|").replace(/\r?\n/gu, " ");
}

/** Markdown would read *, _, `, [ and < in a procedure name as markup. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>]/gu, (ch) => `\\${ch}`);
}
