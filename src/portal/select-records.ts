import type { Level } from "../model/catalogue.js";
import type { Text } from "../model/lang.js";
import { foldText } from "../words/fold-text.js";
import type { PortalRecord } from "./imported-procedure.js";
import { normalisePortalText } from "./normalise-portal-text.js";
import { NATIONAL_CODE } from "./read-code-list.js";
import { parseLevels } from "./parse-levels.js";

/** A record with where it came from. */
export interface SourcedRecord {
  record: PortalRecord;
  /** The source as named to people (a file name). */
  source: string;
  line: number;
}

export interface Selection {
  /** `--level`: records whose `cap_thuc_hien` names that level. */
  level?: Level;
  /** `--field` (repeatable): field names, matched without diacritics or case. */
  fields?: readonly string[];
  /** `--codes`: only these codes. */
  codes?: readonly string[];
}

export interface SkippedRecord {
  code: string;
  source: string;
  line: number;
  reason: Text;
}

export interface SelectedRecords {
  selected: SourcedRecord[];
  /** Records in the selection that cannot be imported at all, with the reason; never dropped silently. */
  skipped: SkippedRecord[];
  /** Codes of `--codes` that no source holds (a code held by a record outside the level or fields is not one). */
  unmatchedCodes: string[];
}

/**
 * The records to import: those of the level, fields and codes asked for (all when none is),
 * in source order. A record with no code, a code of the wrong form, no name or no field cannot
 * become a procedure; a code met a second time (in another file, or again in the same one) is
 * imported once, from where it came first. Both are listed with the reason.
 */
export function selectRecords(records: readonly SourcedRecord[], selection: Selection = {}): SelectedRecords {
  const fields = selection.fields && selection.fields.length > 0 ? new Set(selection.fields.map(foldText)) : undefined;
  const codes = selection.codes && selection.codes.length > 0 ? new Set(selection.codes.map((c) => c.trim())) : undefined;
  const selected: SourcedRecord[] = [];
  const skipped: SkippedRecord[] = [];
  const firstSeen = new Map<string, SourcedRecord>();
  const found = new Set<string>();
  for (const item of records) {
    const { record } = item;
    const code = normalisePortalText(typeof record.ma_thu_tuc === "string" ? record.ma_thu_tuc : "");
    if (codes && !codes.has(code)) continue;
    // A code of --codes that a source holds is not "unmatched", even outside the level or fields.
    found.add(code);
    if (selection.level && !parseLevels(String(record.cap_thuc_hien ?? "")).levels.includes(selection.level)) continue;
    if (fields && !fields.has(foldText(String(record.linh_vuc ?? "")))) continue;
    const skip = (reason: Text) => skipped.push({ code, source: item.source, line: item.line, reason });
    if (code === "") {
      skip({ vi: "Bản ghi không có mã thủ tục.", en: "The record has no procedure code." });
      continue;
    }
    if (!NATIONAL_CODE.test(code)) {
      skip({
        vi: `Mã "${code}" không đúng dạng mã quốc gia (một chữ số, dấu chấm, sáu chữ số).`,
        en: `Code "${code}" is not a national code (a digit, a dot, six digits).`,
      });
      continue;
    }
    if (normalisePortalText(String(record.ten_thu_tuc ?? "")) === "") {
      skip({ vi: "Bản ghi không có tên thủ tục.", en: "The record has no procedure name." });
      continue;
    }
    if (normalisePortalText(String(record.linh_vuc ?? "")) === "") {
      skip({
        vi: "Bản ghi không ghi lĩnh vực nên không biết ghi vào tệp lĩnh vực nào.",
        en: "The record names no field, so it has no field file to go to.",
      });
      continue;
    }
    const first = firstSeen.get(code);
    if (first) {
      skip({
        vi: `Mã ${code} đã được nhập từ ${first.source} (dòng ${first.line}).`,
        en: `Code ${code} was already imported from ${first.source} (line ${first.line}).`,
      });
      continue;
    }
    firstSeen.set(code, item);
    selected.push(item);
  }
  const unmatchedCodes = codes ? [...codes].filter((c) => !found.has(c)) : [];
  return { selected, skipped, unmatchedCodes };
}
