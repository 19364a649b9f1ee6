import { Chalk } from "chalk";
import type { CatalogueStats } from "../../stats/catalogue-stats.js";
import { DEFAULT_WIDTH, layOutTable, wrapText } from "../table/text-table.js";
import { buildStatsSections, describeStats, type StatsRenderOptions } from "./stats-wording.js";

/**
 * The counts for a terminal, within `options.width` columns: the report sentence, then one
 * table per breakdown. Colour only when `options.color` (a Chalk of its own, so the global
 * one's terminal detection never decides).
 */
export function renderStatsTable(stats: CatalogueStats, options: StatsRenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? DEFAULT_WIDTH;
  const [sentence = "", ...rest] = describeStats(stats, options.lang);
  const out: string[] = [
    ...wrapText(sentence, width).map((l) => c.bold(l)),
    ...rest.flatMap((line) => wrapText(line, width).map((l) => c.dim(l))),
    "",
  ];
  for (const section of buildStatsSections(stats, options.lang)) {
    out.push(...wrapText(section.title, width).map((l) => c.bold(l)));
    if (section.note) out.push(...wrapText(section.note, width).map((l) => c.dim(l)));
    out.push(...layOutTable(section, width, { header: (l) => c.bold(l) }), "");
  }
  return out.join("\n").replace(/\n+$/u, "") + "\n";
}
