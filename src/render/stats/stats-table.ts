import { Chalk, type ChalkInstance } from "chalk";
import type { CatalogueStats } from "../../stats/catalogue-stats.js";
import { buildStatsSections, describeStats, type StatsRenderOptions, type StatsSection } from "./stats-wording.js";

/**
 * The counts for a terminal: the report sentence, then one aligned table per breakdown.
 * Colour only when `options.color` (a Chalk of its own, so the global one's terminal
 * detection never decides).
 */
export function renderStatsTable(stats: CatalogueStats, options: StatsRenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const [sentence = "", ...rest] = describeStats(stats, options.lang);
  const out: string[] = [c.bold(sentence), ...rest.map((line) => c.dim(line)), ""];
  for (const section of buildStatsSections(stats, options.lang)) {
    out.push(c.bold(section.title));
    if (section.note) out.push(c.dim(section.note));
    out.push(...layOut(section, c), "");
  }
  return out.join("\n").replace(/\n+$/u, "") + "\n";
}

/** Aligned columns, two spaces apart, widths in code points (NFC text). */
function layOut(section: StatsSection, c: ChalkInstance): string[] {
  const all = [section.header, ...section.rows];
  const widths = section.header.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ""))));
  const line = (row: string[]): string =>
    row
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - width(cell));
        return section.align[i] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [c.bold(line(section.header)), "-".repeat(widths.reduce((s, w) => s + w, 0) + 2 * (widths.length - 1)), ...section.rows.map(line)];
}

function width(text: string): number {
  return [...text.normalize("NFC")].length;
}
