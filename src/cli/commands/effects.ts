import { computeEffects } from "../../effects/compute-effects.js";
import type { EffectsReport, GroupBy } from "../../effects/effects-report.js";
import { renderEffectsCsv } from "../../render/effects/effects-csv.js";
import { renderEffectsJson } from "../../render/effects/effects-json.js";
import { renderEffectsMd } from "../../render/effects/effects-md.js";
import { renderEffectsTable } from "../../render/effects/effects-table.js";
import type { EffectsRenderOptions } from "../../render/effects/effects-wording.js";
import { say, UserError, type CommandContext } from "../context.js";
import { loadCataloguePair } from "../../lint/load-catalogue.js";

export interface EffectsOptions {
  base?: string;
  head?: string;
  format?: string;
  by?: string;
}

const FORMATS = ["table", "json", "md", "csv"] as const;
type Format = (typeof FORMATS)[number];
const GROUPINGS: readonly GroupBy[] = ["field", "level", "agency"];

const RENDERERS: Record<Format, (report: EffectsReport, options: EffectsRenderOptions) => string> = {
  table: renderEffectsTable,
  json: renderEffectsJson,
  md: renderEffectsMd,
  csv: renderEffectsCsv,
};

/** How the working tree is named in the report (the JSON example of docs/cli.md). */
const WORKING_TREE = "working tree";

/**
 * `tthc effects --base REV [--head REV]`: the simplification effects of going from BASE to HEAD
 * (default the working tree). Exit 0 when the report is printed; bad options or a catalogue
 * that cannot be read throw UserError (exit 2).
 */
export async function run(opts: EffectsOptions, ctx: CommandContext): Promise<number> {
  const { base, format, by } = validateOptions(opts, ctx);
  const { base: baseCatalogue, head: headCatalogue } = await loadCataloguePair(ctx, base, opts.head);
  const report = computeEffects(baseCatalogue, headCatalogue, {
    by,
    baseLabel: base,
    headLabel: opts.head ?? WORKING_TREE,
  });
  // Colour only for the table: json, md and csv go to files and scripts.
  const text = RENDERERS[format](report, {
    lang: ctx.lang,
    color: format === "table" && ctx.color,
    ...(ctx.columns === undefined ? {} : { width: ctx.columns }),
  });
  ctx.stdout(text);
  return 0;
}

function validateOptions(opts: EffectsOptions, ctx: CommandContext): { base: string; format: Format; by: GroupBy } {
  if (opts.base === undefined || opts.base === "") {
    throw new UserError(
      say(
        ctx,
        "Thiếu --base REV: cho biết bản trước để so sánh (một nhánh, thẻ, mã commit hoặc thư mục), ví dụ: tthc effects --base main.",
        "Missing --base REV: name the version to compare with (a branch, tag, commit or folder), e.g. tthc effects --base main.",
      ),
      2,
    );
  }
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
  const by = opts.by ?? "field";
  if (!(GROUPINGS as readonly string[]).includes(by)) {
    throw new UserError(
      say(
        ctx,
        `Không nhóm được theo "${by}". Chọn một trong: ${GROUPINGS.join(", ")}.`,
        `Cannot group by "${by}". Use one of: ${GROUPINGS.join(", ")}.`,
      ),
      2,
    );
  }
  return { base: opts.base, format: format as Format, by: by as GroupBy };
}
