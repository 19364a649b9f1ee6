// tthc deadline --from DATETIME (--procedure CODE | --days N [--unit U]) [--format text|json]
//
// When a result is due, counted under the catalogue's calendars (lich/*.yaml) and office hours
// (tthc.yaml gio_lam_viec). DATETIME is "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM", the same with
// DD/MM/YYYY, or a bare date, which means received at opening time (gio_lam_viec.sang[0]).

import {
  type CalendarWarning,
  type DeadlineResult,
  type LocalMoment,
  computeDeadline,
} from "../../calendar/deadline.js";
import { parseIsoDate, toDayNumber, weekdayOf } from "../../calendar/day-number.js";
import type { Catalogue, DeadlineUnit, Procedure } from "../../model/catalogue.js";
import { wordDate, wordWeekdayDate } from "../../words/dates.js";
import { wordDeadline } from "../../words/deadlines.js";
import { pick, type Lang } from "../../model/lang.js";
import { type CommandContext, UserError, say } from "../context.js";
import { loadCatalogue } from "../../lint/load-catalogue.js";

export interface DeadlineOptions {
  from?: string;
  procedure?: string;
  days?: string | number;
  unit?: string;
  format?: string;
}

const UNITS: readonly DeadlineUnit[] = ["ngay_lam_viec", "ngay", "gio", "thang"];

interface Receipt {
  date: string;
  /** Undefined for a bare date: the office's opening time, known once the catalogue is read. */
  time?: string;
}

/** Reads --from; throws UserError for anything that is not a real date and time. */
export function parseReceipt(ctx: Pick<CommandContext, "lang">, text: string): Receipt {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(trimmed);
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(trimmed);
  const bad = () =>
    new UserError(
      say(
        ctx,
        `--from "${text}" không phải thời điểm hợp lệ. Hãy ghi ngày có thật theo dạng ` +
          `"2026-02-12 10:00", "2026-02-12T10:00" hoặc chỉ ngày "2026-02-12" (tính từ giờ mở cửa).`,
        `--from "${text}" is not a valid moment. Give a real date as "2026-02-12 10:00", ` +
          `"2026-02-12T10:00", or a bare date "2026-02-12" (counted from opening time).`,
      ),
    );
  let year: string, month: string, day: string, hour: string | undefined, minute: string | undefined;
  if (iso) {
    [, year = "", month = "", day = "", hour, minute] = iso;
  } else if (vietnamese) {
    [, day = "", month = "", year = "", hour, minute] = vietnamese;
  } else {
    throw bad();
  }
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (parseIsoDate(date) === undefined) throw bad();
  if (hour === undefined || minute === undefined) return { date };
  if (Number(hour) > 23 || Number(minute) > 59) throw bad();
  return { date, time: `${hour.padStart(2, "0")}:${minute}` };
}

/** Reads --days: a positive number, with a decimal point or comma (1.5 or 1,5). */
function parseDays(ctx: CommandContext, raw: string | number): number {
  const text = String(raw).trim().replace(",", ".");
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0) {
    throw new UserError(
      say(
        ctx,
        `--days "${raw}" không phải số dương. Hãy ghi số ngày (giờ, tháng), vd --days 3 hoặc --days 1,5.`,
        `--days "${raw}" is not a positive number. Give the number of days (hours, months), e.g. --days 3 or --days 1.5.`,
      ),
    );
  }
  return value;
}

function parseUnit(ctx: CommandContext, raw: string | undefined): DeadlineUnit {
  const unit = UNITS.find((u) => u === (raw ?? "ngay_lam_viec"));
  if (!unit) {
    throw new UserError(
      say(
        ctx,
        `--unit "${raw}" không hợp lệ. Hãy chọn một trong: ${UNITS.join(", ")}.`,
        `--unit "${raw}" is not valid. Choose one of: ${UNITS.join(", ")}.`,
      ),
    );
  }
  return unit;
}

function findProcedure(catalogue: Catalogue, code: string): Procedure | undefined {
  for (const { field } of catalogue.fields) {
    const found = field.thu_tuc.find((procedure) => procedure.ma === code);
    if (found) return found;
  }
  return undefined;
}

/** "thứ Ba, 24/02/2026" / "Tuesday, 24/02/2026". */
function formatDay(lang: Lang, iso: string): string {
  return wordWeekdayDate(iso, lang);
}

function formatMoment(lang: Lang, moment: LocalMoment): string {
  return `${moment.time} ${formatDay(lang, moment.date)}`;
}

/** "2026-02-24T17:00:00+07:00": RFC 3339 with Vietnam's offset, for scripts. */
function toRfc3339(moment: LocalMoment): string {
  return `${moment.date}T${moment.time}:00+07:00`;
}

function describeDeadline(lang: Lang, value: number, unit: DeadlineUnit): string {
  return wordDeadline({ gia_tri: value, don_vi: unit }, lang, { counted: true, singular: true, note: "none" });
}

/** Consecutive days with the same reason, as "16/02/2026 – 20/02/2026  Tết Nguyên đán". */
function groupDaysOff(result: DeadlineResult): { from: string; to: string; reason: string }[] {
  const groups: { from: string; to: string; reason: string }[] = [];
  for (const day of result.daysOffSkipped) {
    const last = groups[groups.length - 1];
    if (last && last.reason === day.reason && toDayNumber(day.date) === toDayNumber(last.to) + 1) {
      last.to = day.date;
    } else {
      groups.push({ from: day.date, to: day.date, reason: day.reason });
    }
  }
  return groups;
}

function shortDate(iso: string): string {
  return wordDate(iso);
}

export interface DeadlineReport {
  result: DeadlineResult;
  procedure?: Procedure;
  cutoff: string;
  /** Notes beyond the calendar's: an abolished procedure. */
  notes: CalendarWarning["message"][];
}

/** The text report; the first line is the answer. */
export function renderDeadlineText(lang: Lang, report: DeadlineReport): string {
  const { result, procedure } = report;
  const lines: string[] = [];
  lines.push(
    pick(lang, { vi: "Hạn trả kết quả: ", en: "Result due: " }) + formatMoment(lang, result.due),
  );
  const deadline = describeDeadline(lang, result.value, result.unit);
  lines.push(
    pick(lang, { vi: "Thời hạn: ", en: "Deadline: " }) +
      deadline +
      (procedure
        ? pick(lang, {
            vi: ` (thủ tục ${procedure.ma} ${procedure.ten})`,
            en: ` (procedure ${procedure.ma} ${procedure.ten})`,
          })
        : ""),
  );
  lines.push(
    pick(lang, { vi: "Tiếp nhận: ", en: "Received: " }) + formatMoment(lang, result.received),
  );
  if (result.deemedMoved) {
    const why =
      result.deemedReason === "day_off"
      ? pick(lang, { vi: "nhận vào ngày nghỉ", en: "received on a day off" })
      : pick(lang, {
          vi: `nhận sau ${report.cutoff}`,
          en: `received after ${report.cutoff}`,
        });
    lines.push(
      pick(lang, { vi: "Coi như tiếp nhận: ", en: "Deemed received: " }) +
        `${formatMoment(lang, result.deemedReceived)} (${why})`,
    );
  } else if (result.deemedReceived.time !== result.received.time) {
    lines.push(
      pick(lang, { vi: "Bắt đầu tính giờ: ", en: "Hours counted from: " }) +
        formatMoment(lang, result.deemedReceived),
    );
  }
  if (result.periodEnd !== undefined && result.periodEnd !== result.due.date) {
    lines.push(
      pick(lang, {
        vi: `Thời hạn kết thúc vào ${formatDay(lang, result.periodEnd)} là ngày nghỉ, nên chuyển sang ngày làm việc tiếp theo.`,
        en: `The period ends on ${formatDay(lang, result.periodEnd)}, a day off, so it moves to the next working day.`,
      }),
    );
  }
  const groups = groupDaysOff(result);
  if (groups.length > 0) {
    lines.push(pick(lang, { vi: "Ngày nghỉ đã bỏ qua:", en: "Days off skipped:" }));
    for (const group of groups) {
      const span =
        group.from === group.to
          ? shortDate(group.from)
          : `${shortDate(group.from)} – ${shortDate(group.to)}`;
      lines.push(`  ${span}  ${group.reason}`);
    }
  }
  for (const warning of [...result.warnings.map((w) => w.message), ...report.notes]) {
    lines.push(pick(lang, { vi: "Cảnh báo: ", en: "Warning: " }) + pick(lang, warning));
  }
  return `${lines.join("\n")}\n`;
}

/** The JSON report: English keys, a stable interface (spec/cli.md). */
export function renderDeadlineJson(lang: Lang, report: DeadlineReport): string {
  const { result, procedure } = report;
  const json = {
    received: toRfc3339(result.received),
    deemed_received: toRfc3339(result.deemedReceived),
    deemed_moved: result.deemedMoved,
    deemed_reason: result.deemedReason ?? null,
    due: toRfc3339(result.due),
    unit: result.unit,
    value: result.value,
    procedure: procedure ? { code: procedure.ma, name: procedure.ten } : null,
    period_end: result.periodEnd ?? null,
    days_off_skipped: result.daysOffSkipped.map(({ date, reason }) => ({ date, reason })),
    warnings: [
      ...result.warnings.map((warning) => ({
        code: warning.code,
        ...(warning.year === undefined ? {} : { year: warning.year }),
        message: pick(lang, warning.message),
      })),
      ...report.notes.map((note) => ({ code: "procedure-abolished", message: pick(lang, note) })),
    ],
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export async function run(opts: DeadlineOptions, ctx: CommandContext): Promise<number> {
  // Check the flags before reading the catalogue, so a typo is reported first.
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new UserError(
      say(
        ctx,
        `--format "${format}" không hợp lệ. Hãy chọn text hoặc json.`,
        `--format "${format}" is not valid. Choose text or json.`,
      ),
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
  const receipt = parseReceipt(ctx, opts.from);
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
  const unit = parseUnit(ctx, opts.unit);
  if (hasProcedure && opts.unit !== undefined) {
    throw new UserError(
      say(
        ctx,
        "--unit chỉ dùng với --days: thủ tục đã có đơn vị thời hạn riêng. Hãy bỏ --unit.",
        "--unit goes with --days only: a procedure has its own deadline unit. Drop --unit.",
      ),
    );
  }
  const days = hasDays ? parseDays(ctx, opts.days ?? "") : undefined;

  const catalogue = await loadCatalogue(ctx);

  let procedure: Procedure | undefined;
  const notes: CalendarWarning["message"][] = [];
  let deadline: { gia_tri: number; don_vi: DeadlineUnit };
  if (hasProcedure) {
    const code = (opts.procedure ?? "").trim();
    procedure = findProcedure(catalogue, code);
    if (!procedure) {
      throw new UserError(
        say(
          ctx,
          `Không có thủ tục mã "${code}" trong danh mục. Hãy kiểm tra lại mã (vd 1.001193), hoặc dùng --days N.`,
          `No procedure with code "${code}" in the catalogue. Check the code (e.g. 1.001193), or use --days N.`,
        ),
      );
    }
    deadline = { gia_tri: procedure.thoi_han.gia_tri, don_vi: procedure.thoi_han.don_vi };
    if (procedure.trang_thai === "bai_bo") {
      notes.push({
        vi: `Thủ tục ${procedure.ma} đã bị bãi bỏ${procedure.bai_bo ? ` (${procedure.bai_bo.quyet_dinh})` : ""}.`,
        en: `Procedure ${procedure.ma} has been abolished${procedure.bai_bo ? ` (${procedure.bai_bo.quyet_dinh})` : ""}.`,
      });
    }
  } else {
    deadline = { gia_tri: days ?? 0, don_vi: unit };
  }

  const hours = catalogue.manifest.gio_lam_viec;
  let result: DeadlineResult;
  try {
    result = computeDeadline({
      received: { date: receipt.date, time: receipt.time ?? hours.sang[0] },
      deadline,
      officeHours: hours,
      calendars: catalogue.calendars,
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UserError(
      say(
        ctx,
        `Không tính được hạn: ${error.message}. Hãy sửa gio_lam_viec trong tthc.yaml (vd sang: ["07:30", "11:30"]) rồi chạy lại.`,
        `Cannot compute the deadline: ${error.message}. Fix gio_lam_viec in tthc.yaml (e.g. sang: ["07:30", "11:30"]) and run again.`,
      ),
    );
  }

  const report: DeadlineReport = {
    result,
    ...(procedure ? { procedure } : {}),
    cutoff: hours.gio_chuyen_ngay,
    notes,
  };
  if (format === "json") {
    ctx.stdout(renderDeadlineJson(ctx.lang, report));
  } else if (ctx.quiet) {
    ctx.stdout(`${renderDeadlineText(ctx.lang, report).split("\n")[0]}\n`);
    for (const warning of [...result.warnings.map((w) => w.message), ...notes]) {
      ctx.stderr(`${pick(ctx.lang, warning)}\n`);
    }
  } else {
    ctx.stdout(renderDeadlineText(ctx.lang, report));
  }
  return 0;
}
