import type { Problem } from "../model/problem.js";
import type { JsonPath } from "../model/problem.js";
import { isIsoDate } from "../model/date.js";
import { asArray, asString, isObj, type Rule, type RuleContext } from "./rule.js";
import type { ParsedFile } from "../model/parsed-file.js";

function* days(from: string, to: string): Generator<string> {
  const end = new Date(`${to}T00:00:00Z`).getTime();
  for (let t = new Date(`${from}T00:00:00Z`).getTime(), n = 0; t <= end && n < 400; t += 86_400_000, n++) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

function weekday(s: string): number {
  return new Date(`${s}T00:00:00Z`).getUTCDay();
}

interface DateAt {
  date: string;
  path: JsonPath;
  list: "ngay_nghi" | "ngay_lam_bu";
}

/** Every (real) date a calendar file lists, single days and ranges expanded, with its path. */
function calendarDates(file: ParsedFile): DateAt[] {
  if (!isObj(file.data)) return [];
  const out: DateAt[] = [];
  for (const list of ["ngay_nghi", "ngay_lam_bu"] as const) {
    asArray(file.data[list]).forEach((entry, i) => {
      if (!isObj(entry)) return;
      const single = asString(entry.ngay);
      if (single !== undefined && isIsoDate(single)) out.push({ date: single, path: [list, i, "ngay"], list });
      const from = asString(entry.tu);
      const to = asString(entry.den);
      if (from !== undefined && to !== undefined && isIsoDate(from) && isIsoDate(to) && from <= to) {
        for (const d of days(from, to)) out.push({ date: d, path: [list, i, d === from ? "tu" : "den"], list });
      }
    });
  }
  return out;
}

function yearOf(file: ParsedFile): number | undefined {
  const m = /^lich\/(\d{4})\.yaml$/.exec(file.relative);
  return m ? Number(m[1]) : undefined;
}

export const calendarYear: Rule = {
  id: "calendar-outside-year",
  perFile: true,
  severity: "error",
  title: { vi: "Ngày trong lịch thuộc đúng năm của tệp", en: "Calendar dates lie inside their file's year" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const file of files) {
      if (file.kind !== "calendar" || !isObj(file.data)) continue;
      const fromName = yearOf(file);
      const nam = typeof file.data.nam === "number" ? file.data.nam : undefined;
      if (fromName !== undefined && nam !== undefined && nam !== fromName) {
        problems.push({
          file: file.relative,
          rule: this.id,
          path: ["nam"],
          message: {
            vi: `Năm ${nam} khác với tên tệp (${fromName}.yaml). Hãy sửa nam hoặc đổi tên tệp.`,
            en: `Year ${nam} differs from the file name (${fromName}.yaml). Fix nam or rename the file.`,
          },
        });
      }
      const year = nam ?? fromName;
      if (year === undefined) continue;
      const reported = new Set<string>();
      for (const at of calendarDates(file)) {
        const key = at.path.join("/");
        if (Number(at.date.slice(0, 4)) === year || reported.has(key)) continue;
        reported.add(key);
        problems.push({
          file: file.relative,
          rule: this.id,
          path: at.path,
          message: {
            vi: `Ngày ${at.date} không thuộc năm ${year} của tệp lịch này. Hãy chuyển sang tệp lich/${at.date.slice(0, 4)}.yaml.`,
            en: `${at.date} is not in ${year}, this calendar's year. Move it to lich/${at.date.slice(0, 4)}.yaml.`,
          },
        });
      }
    }
    return problems;
  },
};

export const calendarDuplicates: Rule = {
  id: "calendar-duplicate",
  perFile: true,
  severity: "error",
  title: { vi: "Một ngày chỉ ghi một lần trong lịch", en: "A date is listed once in a calendar" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const file of files) {
      if (file.kind !== "calendar") continue;
      const seen = new Map<string, DateAt>();
      for (const at of calendarDates(file)) {
        const first = seen.get(at.date);
        if (!first) {
          seen.set(at.date, at);
          continue;
        }
        const both = first.list !== at.list;
        problems.push({
          file: file.relative,
          rule: this.id,
          path: at.path,
          message: {
            vi: both
              ? `Ngày ${at.date} vừa là ngày nghỉ vừa là ngày làm bù. Hãy giữ một trong hai.`
              : `Ngày ${at.date} được ghi hai lần trong ${at.list}. Hãy xóa bản trùng.`,
            en: both
              ? `${at.date} is both a day off and a make-up working day. Keep one.`
              : `${at.date} is listed twice in ${at.list}. Remove the duplicate.`,
          },
        });
      }
    }
    return problems;
  },
};

export const calendarRange: Rule = {
  id: "calendar-range",
  perFile: true,
  severity: "error",
  title: { vi: "Khoảng ngày nghỉ có ngày bắt đầu trước ngày kết thúc", en: "A date range starts before it ends" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const file of files) {
      if (file.kind !== "calendar" || !isObj(file.data)) continue;
      for (const list of ["ngay_nghi", "ngay_lam_bu"] as const) {
        asArray(file.data[list]).forEach((entry, i) => {
          if (!isObj(entry)) return;
          const from = asString(entry.tu);
          const to = asString(entry.den);
          if (from === undefined || to === undefined || !isIsoDate(from) || !isIsoDate(to) || from <= to) return;
          problems.push({
            file: file.relative,
            rule: this.id,
            path: [list, i, "den"],
            message: {
              vi: `Khoảng ngày kết thúc (${to}) trước ngày bắt đầu (${from}). Hãy đổi lại thứ tự tu/den.`,
              en: `The range ends (${to}) before it starts (${from}). Swap tu and den.`,
            },
          });
        });
      }
    }
    return problems;
  },
};

export const calendarWeekday: Rule = {
  id: "calendar-weekday",
  perFile: true,
  severity: "warning",
  title: {
    vi: "Ngày nghỉ rơi vào thứ Hai–thứ Sáu, ngày làm bù rơi vào thứ Bảy, Chủ nhật",
    en: "Days off fall on weekdays, make-up days on weekends",
  },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const file of files) {
      if (file.kind !== "calendar" || !isObj(file.data)) continue;
      const data = file.data;
      for (const list of ["ngay_nghi", "ngay_lam_bu"] as const) {
        asArray(data[list]).forEach((entry, i) => {
          if (!isObj(entry) || typeof entry.ngay !== "string" || !isIsoDate(entry.ngay)) return;
          const weekend = [0, 6].includes(weekday(entry.ngay));
          if (list === "ngay_nghi" ? !weekend : weekend) return;
          problems.push({
            file: file.relative,
            rule: this.id,
            path: [list, i, "ngay"],
            message:
              list === "ngay_nghi"
                ? {
                    vi: `Ngày ${entry.ngay} là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ. Nếu ngày lễ rơi vào cuối tuần, hãy ghi ngày nghỉ bù (thứ Hai kế tiếp).`,
                    en: `${entry.ngay} is a weekend day, already off. If a holiday falls on a weekend, list the compensatory Monday instead.`,
                  }
                : {
                    vi: `Ngày làm bù ${entry.ngay} là ngày thường, vốn đã là ngày làm việc. Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.`,
                    en: `Make-up day ${entry.ngay} is a weekday, already a working day. Make-up days are Saturdays or Sundays.`,
                  },
          });
        });
      }
    }
    return problems;
  },
};
