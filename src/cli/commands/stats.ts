import type { CatalogueStats } from "../../stats/catalogue-stats.js";
import { computeStats } from "../../stats/compute-stats.js";
import { renderStatsJson } from "../../render/stats/stats-json.js";
import { renderStatsMd } from "../../render/stats/stats-md.js";
import { renderStatsTable } from "../../render/stats/stats-table.js";
import type { StatsRenderOptions } from "../../render/stats/stats-wording.js";
import { say, UserError, type CommandContext } from "../context.js";
import { loadCatalogue } from "../../lint/load-catalogue.js";

export interface StatsOptions {
  format?: string;
}

const FORMATS = ["table", "json", "md"] as const;
type Format = (typeof FORMATS)[number];

const RENDERERS: Record<Format, (stats: CatalogueStats, options: StatsRenderOptions) => string> = {
  table: renderStatsTable,
  json: renderStatsJson,
  md: renderStatsMd,
};

/**
 * `tthc stats`: counts of the working-tree catalogue as offices report them. Exit 0 when the
 * report is printed; a bad format or a catalogue that cannot be read is a UserError (exit 2).
 */
export async function run(opts: StatsOptions, ctx: CommandContext): Promise<number> {
  const format = opts.format ?? "table";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(
      say(
        ctx,
        `Định dạng "${format}" không hỗ trợ. Chọn một trong: ${FORMATS.join(", ")}.`,
        `Unknown format "${format}". Use one of: ${FORMATS.join(", ")}.`,
      ),
      2,
    );
  }
  const catalogue = await loadCatalogue(ctx);
  const stats = computeStats(catalogue);
  // Colour only for the table: json and md go to files and scripts.
  ctx.stdout(
    RENDERERS[format as Format](stats, {
      lang: ctx.lang,
      color: format === "table" && ctx.color,
      ...(ctx.columns === undefined ? {} : { width: ctx.columns }),
    }),
  );
  return 0;
}
