import { Chalk } from "chalk";
import { pick } from "../../model/lang.js";
import type { EffectsReport } from "../../effects/effects-report.js";
import { DEFAULT_WIDTH, layOutTable, wrapText } from "../table/text-table.js";
import { buildGroupTable, buildProcedureTable } from "./effects-sections.js";
import {
  describeChanges,
  describeEffects,
  describeGroupOverlap,
  describeNote,
  describeRevision,
  type EffectsRenderOptions,
} from "./effects-wording.js";

/**
 * The effects report for a terminal, within `options.width` columns: the report sentence, the
 * groups with a totals row, the procedures that changed, then abolished, added and
 * burden-adding procedures and the notes. Colour only when `options.color` (a Chalk of its own,
 * so the global one's detection of the terminal never decides).
 */
export function renderEffectsTable(report: EffectsReport, options: EffectsRenderOptions): string {
  const { lang } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const paragraph = (text: string, dress: (line: string) => string = (l) => l) => out.push(...wrapText(text, width).map(dress));
  const [sentence = "", second = ""] = describeEffects(report, lang);
  paragraph(sentence, (l) => c.bold(l));
  paragraph(second);
  paragraph(
    pick(lang, {
      vi: `So sánh: ${describeRevision(report.base, lang)} → ${describeRevision(report.head, lang)}`,
      en: `Compared: ${describeRevision(report.base, lang)} → ${describeRevision(report.head, lang)}`,
    }),
  );
  out.push("");
  out.push(...layOutTable(buildGroupTable(report, lang), width, { header: (l) => c.bold(l), total: (l) => c.bold(l) }));
  const overlap = describeGroupOverlap(report, lang);
  if (overlap) paragraph(overlap, (l) => c.dim(l));
  out.push("");

  if (report.procedures.length > 0) {
    const table = buildProcedureTable(report, lang);
    out.push(c.bold(pick(lang, { vi: "TTHC có thay đổi", en: "Procedures changed" })));
    out.push(
      ...layOutTable(table, width, {
        header: (l) => c.bold(l),
        row: (l, i) => (table.burdened?.[i] ? c.red(l) : l),
      }),
      "",
    );
  }
  const list = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    out.push(c.bold(title), ...items.flatMap((item) => wrapText(item, width, "  - ", "    ")), "");
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
