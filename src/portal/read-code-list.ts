import { foldText } from "../words/fold-text.js";
import { normalisePortalText } from "./normalise-portal-text.js";
import type { SourceProblem } from "./read-portal-records.js";
import { readXlsxRows } from "./read-xlsx-rows.js";

export interface CodeList {
  codes: string[];
  problems: SourceProblem[];
  /** Whether the source is a list at all (a sheet with a "Mã số" column, or lines of codes). */
  recognised: boolean;
}

/** A national procedure code: one digit, a dot, six digits. */
export const NATIONAL_CODE = /^\d\.\d{6}$/u;

/**
 * A selection of codes for `--codes`: the portal's list export (.xlsx: a title block, then a
 * header row with Mã số, Tên, Cơ quan ban hành, Cơ quan thực hiện, Lĩnh vực, then one row per
 * procedure; the header row is found, not assumed) or a text file with one code a line (blank
 * lines and lines starting with # ignored). Told apart by content: a zip starts with "PK".
 */
export function readCodeList(bytes: Uint8Array): CodeList {
  if (isZip(bytes)) return readSheetCodes(readXlsxRows(bytes));
  return readTextCodes(new TextDecoder("utf-8").decode(bytes));
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function readSheetCodes(rows: string[][]): CodeList {
  const headerRow = rows.findIndex((cells) => cells.some((c) => foldText(c) === "ma so"));
  if (headerRow < 0) {
    return {
      codes: [],
      recognised: false,
      problems: [
        {
          line: 0,
          message: {
            vi: 'Bảng tính không có cột "Mã số" nên không phải danh sách thủ tục của Cổng DVCQG.',
            en: 'The sheet has no "Mã số" column, so it is not the portal\'s list of procedures.',
          },
        },
      ],
    };
  }
  const column = rows[headerRow]!.findIndex((c) => foldText(c) === "ma so");
  const codes: string[] = [];
  const problems: SourceProblem[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const raw = normalisePortalText(rows[r]?.[column] ?? "");
    if (raw === "") continue;
    // A code stored as a number loses its trailing zeros ("1.00012"); codes always have six decimals.
    const code = /^\d\.\d{1,6}$/u.test(raw) && !NATIONAL_CODE.test(raw) && !/^\d\.0*$/u.test(raw) ? raw.padEnd(8, "0") : raw;
    if (NATIONAL_CODE.test(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      problems.push({
        line: r + 1,
        message: {
          vi: `Dòng ${r + 1}: "${raw}" không phải mã thủ tục nên bị bỏ qua.`,
          en: `Row ${r + 1}: "${raw}" is not a procedure code and was skipped.`,
        },
      });
    }
  }
  return { codes, problems, recognised: true };
}

function readTextCodes(text: string): CodeList {
  const codes: string[] = [];
  const problems: SourceProblem[] = [];
  (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split("\n").forEach((raw, i) => {
    const line = normalisePortalText(raw);
    if (line === "" || line.startsWith("#")) return;
    if (NATIONAL_CODE.test(line)) {
      if (!codes.includes(line)) codes.push(line);
    } else {
      problems.push({
        line: i + 1,
        message: {
          vi: `Dòng ${i + 1}: "${line}" không phải mã thủ tục nên bị bỏ qua.`,
          en: `Line ${i + 1}: "${line}" is not a procedure code and was skipped.`,
        },
      });
    }
  });
  return { codes, problems, recognised: codes.length > 0 };
}
