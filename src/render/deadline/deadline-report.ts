// tthc deadline's report, for people (the first line is the answer) and for scripts (JSON with
// the English keys of docs/cli.md).
import type { DeadlineReport } from "../../calendar/deadline-report.js";
import type { DeadlineResult, LocalMoment } from "../../calendar/deadline.js";
import { toDayNumber } from "../../calendar/day-number.js";
import type { DeadlineUnit } from "../../model/catalogue.js";
import { pick, type Lang } from "../../model/lang.js";
import { wordDate, wordWeekdayDate } from "../../words/dates.js";
import { wordDeadline } from "../../words/deadlines.js";
import { DEFAULT_WIDTH, textWidth, wrapText } from "../table/text-table.js";

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

/** The text report, within `width` columns; the first line is the answer. */
export function renderDeadlineText(lang: Lang, report: DeadlineReport, width: number = DEFAULT_WIDTH): string {
  const { result, procedure } = report;
  const lines: string[] = [];
  lines.push(pick(lang, { vi: "Hạn trả kết quả: ", en: "Result due: " }) + formatMoment(lang, result.due));
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
  lines.push(pick(lang, { vi: "Tiếp nhận: ", en: "Received: " }) + formatMoment(lang, result.received));
  if (result.deemedMoved) {
    const why =
      result.deemedReason === "day_off"
        ? pick(lang, { vi: "nhận vào ngày nghỉ", en: "received on a day off" })
        : pick(lang, {
            vi: `nhận sau ${report.cutoff}`,
            en: `received after ${report.cutoff}`,
          });
    lines.push(
      pick(lang, { vi: "Coi như tiếp nhận: ", en: "Deemed received: " }) + `${formatMoment(lang, result.deemedReceived)} (${why})`,
    );
  } else if (result.deemedReceived.time !== result.received.time) {
    lines.push(pick(lang, { vi: "Bắt đầu tính giờ: ", en: "Hours counted from: " }) + formatMoment(lang, result.deemedReceived));
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
      const span = group.from === group.to ? shortDate(group.from) : `${shortDate(group.from)} – ${shortDate(group.to)}`;
      lines.push(`  ${span}  ${group.reason}`);
    }
  }
  for (const warning of report.warnings) {
    lines.push(pick(lang, { vi: "Cảnh báo: ", en: "Warning: " }) + pick(lang, warning.message));
  }
  // Each line wraps under itself, indented, so a long procedure name or warning fits.
  const wrapped = lines.flatMap((line) => {
    if (textWidth(line) <= width) return [line];
    const indent = /^ */u.exec(line)?.[0] ?? "";
    return wrapText(line, width, indent, `${indent}  `);
  });
  return `${wrapped.join("\n")}\n`;
}

/** The JSON report: English keys, a stable interface (docs/cli.md). */
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
    warnings: report.warnings.map((warning) => {
      const year = "year" in warning ? warning.year : undefined;
      return { code: warning.rule, ...(year === undefined ? {} : { year }), message: pick(lang, warning.message) };
    }),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
