// `tthc init --from FILE...`: the portal records read as `tthc import --out` reads them, then
// imported with the same core (src/portal/import-records.ts). Pure: the command reads the bytes.
import type { Level } from "../model/catalogue.js";
import type { Text } from "../model/lang.js";
import { detectSourceKind } from "../portal/detect-source-kind.js";
import { importRecords, type ImportResult } from "../portal/import-records.js";
import { readCodeList } from "../portal/read-code-list.js";
import { readPortalRecords } from "../portal/read-portal-records.js";
import type { SourcedRecord } from "../portal/select-records.js";

/** A file as given on the command line (its name as typed) and its bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export type SourcesImport =
  | { ok: true; result: ImportResult; warnings: Text[] }
  /** The sources cannot be imported: nothing is to be written. */
  | { ok: false; message: Text };

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes);

/** Records of every source, selected by level and codes, converted; or why the sources cannot be used. */
export function importSources(sources: readonly SourceFile[], options: { level?: Level; codes?: SourceFile }): SourcesImport {
  const records: SourcedRecord[] = [];
  const warnings: Text[] = [];
  for (const source of sources) {
    const kind = detectSourceKind(source.bytes);
    if (kind === "xlsx" || kind === "codes") {
      return refuse(
        `${source.name} là danh sách mã thủ tục, không có nội dung thủ tục. Hãy dùng nó với --codes ${source.name} và cho --from tệp bản ghi JSON Lines của Cổng.`,
        `${source.name} is a list of procedure codes without the procedures' content. Use it as --codes ${source.name} and give --from the portal's JSON Lines records.`,
      );
    }
    const read = kind === "records" ? readPortalRecords(decode(source.bytes)) : undefined;
    if (!read?.recognised) {
      return refuse(
        `${source.name} không phải tệp bản ghi thủ tục của Cổng Dịch vụ công quốc gia (JSON Lines, mỗi dòng một bản ghi có ma_thu_tuc). Kiểm tra lại tệp.`,
        `${source.name} is not a file of national portal procedure records (JSON Lines, one record with ma_thu_tuc a line). Check the file.`,
      );
    }
    for (const problem of read.problems)
      warnings.push({ vi: `${source.name}: ${problem.message.vi}`, en: `${source.name}: ${problem.message.en}` });
    for (const { record, line } of read.records) records.push({ record, source: source.name, line });
  }
  let codes: string[] | undefined;
  if (options.codes) {
    const list = readCodeList(options.codes.bytes);
    if (!list.recognised) {
      return refuse(
        `--codes ${options.codes.name} không phải danh sách mã thủ tục (tệp .xlsx xuất từ Cổng có cột "Mã số", hoặc tệp văn bản mỗi dòng một mã). Kiểm tra lại tệp.`,
        `--codes ${options.codes.name} is not a list of procedure codes (the portal's .xlsx export with a "Mã số" column, or a text file with one code a line). Check the file.`,
      );
    }
    codes = list.codes;
  }
  const result = importRecords(records, { ...(options.level ? { level: options.level } : {}), ...(codes ? { codes } : {}) });
  if (result.imported === 0) {
    return refuse(
      `Không có bản ghi nào được chọn để nhập (${result.records} bản ghi đọc được). Kiểm tra --level và --codes, hoặc bỏ chúng để nhập tất cả.`,
      `No record was selected for import (${result.records} records read). Check --level and --codes, or leave them out to import all.`,
    );
  }
  for (const s of result.skipped)
    warnings.push({
      vi: `${s.source}:${s.line}: bỏ qua ${s.code}: ${s.reason.vi}`,
      en: `${s.source}:${s.line}: skipped ${s.code}: ${s.reason.en}`,
    });
  if (result.unmatchedCodes.length > 0) {
    const list = result.unmatchedCodes.join(", ");
    warnings.push({ vi: `Không tìm thấy bản ghi của các mã: ${list}.`, en: `No record found for the codes: ${list}.` });
  }
  return { ok: true, result, warnings };
}

function refuse(vi: string, en: string): SourcesImport {
  return { ok: false, message: { vi, en } };
}
