import type { Text } from "../model/lang.js";
import { Refusal } from "../model/refusal.js";
import { detectSourceKind } from "./detect-source-kind.js";
import { readCodeList } from "./read-code-list.js";
import { readPortalRecords } from "./read-portal-records.js";
import type { SourcedRecord } from "./select-records.js";

/** A source file's content and how it is named to people. */
export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** A line of a source that was read past, with why. */
export interface SourceNote {
  source: string;
  /** 1-based line or row; 0 for the whole file. */
  line: number;
  message: Text;
}

export interface PortalSources {
  /** The sources' names, in the order given. */
  sources: string[];
  records: SourcedRecord[];
  /** Lines that are not records (not JSON, no ma_thu_tuc): read past, said to the user. */
  notes: SourceNote[];
}

/**
 * The records of `tthc import` and `tthc reconcile` (and `init --from`): each file told apart by
 * its content. A file that holds no portal record at all (another JSON Lines file, an empty
 * file, the portal's .xlsx list export, a list of codes) is refused with what to do instead,
 * before anything is written; a bad line in a file of records is read past and noted.
 */
export function readPortalSources(files: readonly NamedBytes[]): PortalSources {
  const out: PortalSources = { sources: [], records: [], notes: [] };
  for (const { name, bytes } of files) {
    const kind = detectSourceKind(bytes);
    if (kind === "xlsx" || kind === "codes") {
      throw new Refusal({
        vi: `${name} là danh sách mã thủ tục (${kind === "xlsx" ? "bảng tính xuất từ Cổng DVCQG" : "mỗi dòng một mã"}), không có nội dung thủ tục nên chỉ dùng để chọn: ghi --codes ${name} cùng với các tệp JSON Lines bản ghi thủ tục.`,
        en: `${name} is a list of procedure codes (${kind === "xlsx" ? "the portal's spreadsheet export" : "one code a line"}) without the procedures' content, so it only selects: pass --codes ${name} along with the JSON Lines files of records.`,
      });
    }
    const read = kind === "records" ? readPortalRecords(new TextDecoder("utf-8").decode(bytes)) : undefined;
    if (!read?.recognised) {
      throw new Refusal({
        vi: `${name} không chứa bản ghi thủ tục nào của Cổng DVCQG (cần JSON Lines: mỗi dòng một bản ghi có ma_thu_tuc, ten_thu_tuc, cap_thuc_hien…). Kiểm tra lại tệp; không có gì được ghi.`,
        en: `${name} holds no procedure record of the national portal (expected JSON Lines: one record a line with ma_thu_tuc, ten_thu_tuc, cap_thuc_hien…). Check the file; nothing was written.`,
      });
    }
    out.sources.push(name);
    for (const r of read.records) out.records.push({ ...r, source: name });
    for (const p of read.problems) out.notes.push({ source: name, ...p });
  }
  return out;
}

/**
 * `--codes FILE`: the codes of the portal's .xlsx list export or of a text file with one code a
 * line. A file that is neither is refused; rows that hold no code are noted.
 */
export function readCodesSource(file: NamedBytes): { codes: string[]; notes: SourceNote[] } {
  const list = readCodeList(file.bytes);
  if (!list.recognised) {
    throw new Refusal({
      vi: `${file.name} không phải danh sách mã thủ tục: --codes cần bảng tính danh sách thủ tục xuất từ Cổng DVCQG (.xlsx, có cột "Mã số") hoặc tệp văn bản mỗi dòng một mã (ví dụ 1.000001).`,
      en: `${file.name} is not a list of procedure codes: --codes takes the portal's list export (.xlsx with a "Mã số" column) or a text file with one code a line (e.g. 1.000001).`,
    });
  }
  return { codes: list.codes, notes: list.problems.map((p) => ({ source: file.name, ...p })) };
}
