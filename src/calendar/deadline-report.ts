// tthc deadline's question, answered from the catalogue: when is a result due for a dossier
// received at a moment, under a procedure's deadline or one given by hand. Pure: the command
// reads the flags and prints; what cannot be answered is a Refusal that says what to do.
import type { Catalogue, Deadline, DeadlineUnit, Procedure } from "../model/catalogue.js";
import { isIsoDate } from "../model/date.js";
import type { Problem } from "../model/problem.js";
import { findProcedure, hasDeadlineValue, isInForce } from "../model/procedure.js";
import { Refusal } from "../model/refusal.js";
import { computeDeadline, type CalendarWarning, type DeadlineResult } from "./deadline.js";

export const DEADLINE_UNITS: readonly DeadlineUnit[] = ["ngay_lam_viec", "ngay", "gio", "thang"];

/** When a dossier was received. */
export interface Receipt {
  date: string;
  /** Undefined for a bare date: the office's opening time, known once the catalogue is read. */
  time?: string;
}

/**
 * "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM", the same with DD/MM/YYYY, or a bare date; undefined
 * for anything that is not a real date and time.
 */
export function parseReceipt(text: string): Receipt | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(trimmed);
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(trimmed);
  let year: string, month: string, day: string, hour: string | undefined, minute: string | undefined;
  if (iso) [, year = "", month = "", day = "", hour, minute] = iso;
  else if (vietnamese) [, day = "", month = "", year = "", hour, minute] = vietnamese;
  else return undefined;
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (!isIsoDate(date)) return undefined;
  if (hour === undefined || minute === undefined) return { date };
  if (Number(hour) > 23 || Number(minute) > 59) return undefined;
  return { date, time: `${hour.padStart(2, "0")}:${minute}` };
}

/** A positive number of days (hours, months), with a decimal point or comma (1.5 or 1,5). */
export function parseDays(raw: string | number): number | undefined {
  const text = String(raw).trim().replace(",", ".");
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export interface DeadlineReport {
  result: DeadlineResult;
  procedure?: Procedure;
  /** The office's receipt cut-off (gio_chuyen_ngay), which the text names when it applies. */
  cutoff: string;
  /** The calendar's warnings, then the report's own (an abolished procedure). */
  warnings: (CalendarWarning | Problem)[];
}

/** The deadline asked for: a procedure's (by code) or one given by hand. */
export type DeadlineQuestion = { procedure: string } | { days: number; unit: DeadlineUnit };

export function computeDeadlineReport(catalogue: Catalogue, receipt: Receipt, question: DeadlineQuestion): DeadlineReport {
  let procedure: Procedure | undefined;
  const notes: Problem[] = [];
  let deadline: { gia_tri: number; don_vi: DeadlineUnit };
  if ("procedure" in question) {
    const code = question.procedure.trim();
    const found = findProcedure(catalogue, code, { inForce: true });
    if (!found) {
      throw new Refusal({
        vi: `Không có thủ tục mã "${code}" trong danh mục. Hãy kiểm tra lại mã (vd 1.001193), hoặc dùng --days N.`,
        en: `No procedure with code "${code}" in the catalogue. Check the code (e.g. 1.001193), or use --days N.`,
      });
    }
    procedure = found.procedure;
    const stated: unknown = procedure.thoi_han;
    if (!hasDeadlineValue(stated as Partial<Deadline> | undefined)) {
      const text = (stated as { ghi_chu?: unknown } | undefined)?.ghi_chu;
      const words = typeof text === "string" && text !== "" ? ` ("${text}")` : "";
      throw new Refusal({
        vi: `Thủ tục ${procedure.ma} ghi thời hạn bằng chữ${words}, không có số và đơn vị, nên không tính được hạn. Hãy rà soát thời hạn của thủ tục trong danh mục (mục can_ra_soat), hoặc tính theo số ngày: --days N --unit ngay_lam_viec.`,
        en: `Procedure ${procedure.ma} states its deadline in words${words}, with no number and unit, so no due date can be computed. Review the procedure's deadline in the catalogue (can_ra_soat), or count a number of days: --days N --unit ngay_lam_viec.`,
      });
    }
    deadline = { gia_tri: procedure.thoi_han.gia_tri, don_vi: procedure.thoi_han.don_vi };
    if (!isInForce(procedure)) {
      const decision = procedure.bai_bo ? ` (${procedure.bai_bo.quyet_dinh})` : "";
      notes.push({
        rule: "procedure-abolished",
        file: found.file,
        path: ["thu_tuc", found.index, "trang_thai"],
        severity: "warning",
        message: {
          vi: `Thủ tục ${procedure.ma} đã bị bãi bỏ${decision}.`,
          en: `Procedure ${procedure.ma} has been abolished${decision}.`,
        },
      });
    }
  } else {
    deadline = { gia_tri: question.days, don_vi: question.unit };
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
    throw new Refusal({
      vi: `Không tính được hạn: ${error.message}. Hãy sửa gio_lam_viec trong tthc.yaml (vd sang: ["07:30", "11:30"]) rồi chạy lại.`,
      en: `Cannot compute the deadline: ${error.message}. Fix gio_lam_viec in tthc.yaml (e.g. sang: ["07:30", "11:30"]) and run again.`,
    });
  }
  return { result, ...(procedure ? { procedure } : {}), cutoff: hours.gio_chuyen_ngay, warnings: [...result.warnings, ...notes] };
}
