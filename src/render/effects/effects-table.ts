import { Chalk, type ChalkInstance } from "chalk";
import { pick } from "../../model/lang.js";
import type { EffectsReport } from "../../effects/effects-report.js";
import { buildGroupTable, buildProcedureTable, type TextTable } from "./effects-sections.js";
import { describeChanges, describeEffects, describeNote, describeRevision, type EffectsRenderOptions } from "./effects-wording.js";

/** Names longer than this are cut with "…" so a row fits a wide terminal. */
const MAX_NAME = 48;

/**
 * The effects report for a terminal: the report sentence, the groups with a totals row, the
 * procedures that changed, then abolished, added and burden-adding procedures and the notes.
 * Colour only when `options.color` (a Chalk of its own, so the global one's detection of the
 * terminal never decides).
 */
export function renderEffectsTable(report: EffectsReport, options: EffectsRenderOptions): string {
  const { lang } = options;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const [sentence = "", second = ""] = describeEffects(report, lang);
  out.push(c.bold(sentence), second);
  out.push(
    pick(lang, {
      vi: `So sánh: ${describeRevision(report.base, lang)} → ${describeRevision(report.head, lang)}`,
      en: `Compared: ${describeRevision(report.base, lang)} → ${describeRevision(report.head, lang)}`,
    }),
    "",
  );
  out.push(...layOut(buildGroupTable(report, lang), c), "");

  if (report.procedures.length > 0) {
    out.push(c.bold(pick(lang, { vi: "TTHC có thay đổi", en: "Procedures changed" })));
    out.push(...layOut(buildProcedureTable(report, lang, MAX_NAME), c), "");
  }
  const list = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    out.push(c.bold(title), ...items.map((item) => `  - ${item}`), "");
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
  return out.join("\n").replace(/\n+$/u, "") + "\n";
}

/** Aligned columns, two spaces apart, widths by NFC code points. */
function layOut(raw: TextTable, c: ChalkInstance): string[] {
  // Print NFC, the form widths are measured in: a decomposed name would otherwise take more
  // code points than columns and push its row out of line.
  // A line break inside a cell (a pasted name) would break the row: fold it to a space.
  const nfc = (row: string[]): string[] => row.map((cell) => cell.normalize("NFC").replace(/\s*[\r\n]+\s*/gu, " "));
  const table: TextTable = {
    ...raw,
    header: nfc(raw.header),
    rows: raw.rows.map(nfc),
    ...(raw.total ? { total: nfc(raw.total) } : {}),
  };
  const all = [table.header, ...table.rows, ...(table.total ? [table.total] : [])];
  const widths = table.header.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ""))));
  const line = (row: string[]): string =>
    row
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - width(cell));
        return table.align[i] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const lines = [c.bold(line(table.header)), "-".repeat(widths.reduce((s, w) => s + w, 0) + 2 * (widths.length - 1))];
  table.rows.forEach((row, i) => lines.push(table.burdened?.[i] ? c.red(line(row)) : line(row)));
  if (table.total) lines.push(c.bold(line(table.total)));
  return lines;
}

/** Columns a cell takes: one per NFC code point, which holds for Vietnamese letters. */
function width(text: string): number {
  return [...text].length;
}
