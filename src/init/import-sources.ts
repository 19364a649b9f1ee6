// `tthc init --from FILE...`: the portal records read as `tthc import --out` reads them, then
// imported with the same core (src/portal/import-records.ts). Pure: the command reads the bytes.
import type { Level } from "../model/catalogue.js";
import type { Text } from "../model/lang.js";
import { importRecords, type ImportResult } from "../portal/import-records.js";
import { readCodesSource, readPortalSources, type SourceNote } from "../portal/read-portal-sources.js";

/** A file as given on the command line (its name as typed) and its bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export type SourcesImport =
  | { ok: true; result: ImportResult; warnings: Text[] }
  /** The sources cannot be imported: nothing is to be written. */
  | { ok: false; message: Text };

const noteText = (n: SourceNote): Text => ({ vi: `${n.source}:${n.line}: ${n.message.vi}`, en: `${n.source}:${n.line}: ${n.message.en}` });

/**
 * Records of every source, selected by level and codes, converted; or why the sources cannot be
 * used. The files are read as `tthc import` reads them (a list or a file of no records is
 * refused by readPortalSources, a Refusal: exit 2 before anything is written).
 */
export function importSources(sources: readonly SourceFile[], options: { level?: Level; codes?: SourceFile }): SourcesImport {
  const read = readPortalSources(sources);
  const list = options.codes ? readCodesSource(options.codes) : undefined;
  const warnings: Text[] = [...read.notes, ...(list?.notes ?? [])].map(noteText);
  const result = importRecords(read.records, {
    ...(options.level ? { level: options.level } : {}),
    ...(list ? { codes: list.codes } : {}),
  });
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
    const codes = result.unmatchedCodes.join(", ");
    warnings.push({ vi: `Không tìm thấy bản ghi của các mã: ${codes}.`, en: `No record found for the codes: ${codes}.` });
  }
  return { ok: true, result, warnings };
}

function refuse(vi: string, en: string): SourcesImport {
  return { ok: false, message: { vi, en } };
}
