import type { CatalogueSource } from "../source/source.js";
import { fileKindOf } from "../model/file-kind.js";
import { decodeText } from "../parse/decode-text.js";
import { parseYaml } from "../parse/parse-yaml.js";
import type { ParsedFile } from "../model/parsed-file.js";

/** Files the format knows, in the order people read them: manifest, agencies, documents, calendars, fields. */
const ORDER = ["manifest", "agencies", "documents", "calendar", "field"];

function rank(relative: string): number {
  const kind = fileKindOf(relative);
  return kind === undefined ? ORDER.length : ORDER.indexOf(kind);
}

/** Decodes and parses one file's bytes; never throws for what the bytes contain. */
export function parseFile(relative: string, bytes: Uint8Array): ParsedFile {
  const kind = fileKindOf(relative);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { relative, kind, text: decoded.text, schemaValid: false, findings: [{ ...decoded.finding, file: relative }] };
  }
  const { text } = decoded;
  const findings: ParsedFile["findings"] = [];
  if (decoded.bom) {
    findings.push({
      file: relative,
      rule: "utf8-bom",
      path: [],
      range: [0, 0],
      message: {
        vi: "Tệp có ký tự BOM ở đầu. Hãy lưu lại dạng UTF-8 không BOM (VS Code: Save with Encoding → UTF-8).",
        en: "The file starts with a byte-order mark. Save it as UTF-8 without BOM.",
      },
    });
  }
  const parsed = parseYaml(text);
  for (const f of parsed.findings) findings.push({ ...f, file: relative });
  if (parsed.findings.length === 0 && (parsed.data === null || parsed.data === undefined)) {
    findings.push({
      file: relative,
      rule: "empty-file",
      path: [],
      range: [0, 0],
      message: {
        vi: "Tệp rỗng: không có nội dung nào ngoài chú thích. Hãy điền nội dung theo mẫu hoặc xóa tệp.",
        en: "The file is empty (nothing but comments). Fill it in or delete it.",
      },
    });
    return { relative, kind, text, schemaValid: false, findings };
  }
  return { relative, kind, text, data: parsed.data, schemaValid: false, findings };
}

/** Reads at once: enough to overlap git's processes, few enough for any open-file limit. */
const READS_AT_ONCE = 16;

/** Reads and parses every file of a source (in a stable order). */
export async function parseFiles(source: CatalogueSource): Promise<ParsedFile[]> {
  const list = (await source.list()).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const parsed: ParsedFile[] = [];
  for (let i = 0; i < list.length; i += READS_AT_ONCE) {
    const batch = list.slice(i, i + READS_AT_ONCE);
    parsed.push(...(await Promise.all(batch.map(async (relative) => parseFile(relative, await source.read(relative))))));
  }
  return parsed;
}
