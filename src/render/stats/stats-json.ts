import type { CatalogueStats } from "../../stats/catalogue-stats.js";
import type { StatsRenderOptions } from "./stats-wording.js";

/**
 * The counts as JSON: the computed stats are already the contract's shape (English snake_case
 * keys). Never coloured, never translated, whatever the options say.
 */
export function renderStatsJson(stats: CatalogueStats, _options?: StatsRenderOptions): string {
  return JSON.stringify(stats, null, 2) + "\n";
}
