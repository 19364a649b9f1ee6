import type { Text } from "../model/lang.js";
import type { PortalRecord } from "./imported-procedure.js";

export interface SourceProblem {
  /** 1-based line (of a JSON Lines file) or row (of a sheet); 0 for the whole source. */
  line: number;
  message: Text;
}

export interface ReadRecords {
  records: { record: PortalRecord; line: number }[];
  problems: SourceProblem[];
  /** Whether the text holds any portal record at all: a source that does not is refused. */
  recognised: boolean;
}

/**
 * JSON Lines text → the portal records it holds, with their line numbers. A blank line is
 * fine; a line that is not JSON, or JSON that is not a procedure record (an object with a text
 * `ma_thu_tuc`), is a problem of that line and the others are still read.
 */
export function readPortalRecords(text: string): ReadRecords {
  const records: ReadRecords["records"] = [];
  const problems: SourceProblem[] = [];
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({
        line: i + 1,
        message: {
          vi: `Dòng ${i + 1} không phải JSON nên bị bỏ qua. Mỗi dòng phải là một bản ghi thủ tục của Cổng DVCQG.`,
          en: `Line ${i + 1} is not JSON and was skipped. Each line must be one procedure record of the national portal.`,
        },
      });
      return;
    }
    if (
      value === null ||
      typeof value !== "object" ||
      Array.isArray(value) ||
      typeof (value as Record<string, unknown>).ma_thu_tuc !== "string"
    ) {
      problems.push({
        line: i + 1,
        message: {
          vi: `Dòng ${i + 1} không phải bản ghi thủ tục (thiếu ma_thu_tuc) nên bị bỏ qua.`,
          en: `Line ${i + 1} is not a procedure record (no ma_thu_tuc) and was skipped.`,
        },
      });
      return;
    }
    records.push({ record: value as PortalRecord, line: i + 1 });
  });
  return { records, problems, recognised: records.length > 0 };
}
