// tthc deadline --from DATETIME (--procedure CODE | --days N [--unit U]) [--format text|json]
//
// When a result is due, counted under the catalogue's calendars (lich/*.yaml) and office hours
// (tthc.yaml gio_lam_viec). DATETIME is "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM", the same with
// DD/MM/YYYY, or a bare date, which means received at opening time (gio_lam_viec.sang[0]).

import { computeDeadlineReport, DEADLINE_UNITS, parseDays, parseReceipt } from "../../calendar/deadline-report.js";
import { loadCatalogue } from "../../lint/load-catalogue.js";
import { pick } from "../../model/lang.js";
import { renderDeadlineJson, renderDeadlineText } from "../../render/deadline/deadline-report.js";
import { type CommandContext, UserError, say } from "../context.js";

export interface DeadlineOptions {
  from?: string;
  procedure?: string;
  days?: string | number;
  unit?: string;
  format?: string;
}

export async function run(opts: DeadlineOptions, ctx: CommandContext): Promise<number> {
  // Check the flags before reading the catalogue, so a typo is reported first.
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new UserError(
      say(ctx, `--format "${format}" không hợp lệ. Hãy chọn text hoặc json.`, `--format "${format}" is not valid. Choose text or json.`),
    );
  }
  if (opts.from === undefined || opts.from.trim() === "") {
    throw new UserError(
      say(
        ctx,
        'Thiếu --from. Hãy ghi thời điểm tiếp nhận hồ sơ, vd --from "2026-02-12 10:00".',
        'Missing --from. Give the moment the dossier was received, e.g. --from "2026-02-12 10:00".',
      ),
    );
  }
  const receipt = parseReceipt(opts.from);
  if (!receipt) {
    throw new UserError(
      say(
        ctx,
        `--from "${opts.from}" không phải thời điểm hợp lệ. Hãy ghi ngày có thật theo dạng ` +
          `"2026-02-12 10:00", "2026-02-12T10:00" hoặc chỉ ngày "2026-02-12" (tính từ giờ mở cửa).`,
        `--from "${opts.from}" is not a valid moment. Give a real date as "2026-02-12 10:00", ` +
          `"2026-02-12T10:00", or a bare date "2026-02-12" (counted from opening time).`,
      ),
    );
  }
  const hasProcedure = opts.procedure !== undefined && opts.procedure.trim() !== "";
  const hasDays = opts.days !== undefined && String(opts.days).trim() !== "";
  if (hasProcedure === hasDays) {
    throw new UserError(
      say(
        ctx,
        "Hãy dùng đúng một trong hai: --procedure MÃ (lấy thời hạn của thủ tục) hoặc --days N (thời hạn tự nhập).",
        "Use exactly one of --procedure CODE (the procedure's deadline) or --days N (a deadline you give).",
      ),
    );
  }
  const unit = DEADLINE_UNITS.find((u) => u === (opts.unit ?? "ngay_lam_viec"));
  if (!unit) {
    throw new UserError(
      say(
        ctx,
        `--unit "${opts.unit}" không hợp lệ. Hãy chọn một trong: ${DEADLINE_UNITS.join(", ")}.`,
        `--unit "${opts.unit}" is not valid. Choose one of: ${DEADLINE_UNITS.join(", ")}.`,
      ),
    );
  }
  if (hasProcedure && opts.unit !== undefined) {
    throw new UserError(
      say(
        ctx,
        "--unit chỉ dùng với --days: thủ tục đã có đơn vị thời hạn riêng. Hãy bỏ --unit.",
        "--unit goes with --days only: a procedure has its own deadline unit. Drop --unit.",
      ),
    );
  }
  const days = hasDays ? parseDays(opts.days ?? "") : undefined;
  if (hasDays && days === undefined) {
    throw new UserError(
      say(
        ctx,
        `--days "${opts.days}" không phải số dương. Hãy ghi số ngày (giờ, tháng), vd --days 3 hoặc --days 1,5.`,
        `--days "${opts.days}" is not a positive number. Give the number of days (hours, months), e.g. --days 3 or --days 1.5.`,
      ),
    );
  }

  const catalogue = await loadCatalogue(ctx);
  const report = computeDeadlineReport(catalogue, receipt, hasProcedure ? { procedure: opts.procedure ?? "" } : { days: days ?? 0, unit });
  if (format === "json") {
    ctx.stdout(renderDeadlineJson(ctx.lang, report));
  } else if (ctx.quiet) {
    ctx.stdout(`${renderDeadlineText(ctx.lang, report).split("\n")[0]}\n`);
    for (const warning of report.warnings) ctx.stderr(`${pick(ctx.lang, warning.message)}\n`);
  } else {
    ctx.stdout(renderDeadlineText(ctx.lang, report, ctx.columns));
  }
  return 0;
}
