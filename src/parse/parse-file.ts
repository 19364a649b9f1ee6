import { fileKindOf } from "../model/file-kind.js";
import type { ParsedFile } from "../model/parsed-file.js";
import { decodeText } from "./decode-text.js";
import { parseYaml } from "./parse-yaml.js";

/** Decodes and parses one file's bytes; never throws for what the bytes contain. */
export function parseFile(relative: string, bytes: Uint8Array): ParsedFile {
  const kind = fileKindOf(relative);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { relative, kind, text: decoded.text, schemaValid: false, problems: [{ ...decoded.problem, file: relative }] };
  }
  const { text } = decoded;
  const problems: ParsedFile["problems"] = [];
  if (decoded.bom) {
    problems.push({
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
  for (const f of parsed.problems) problems.push({ ...f, file: relative });
  if (parsed.problems.length === 0 && (parsed.data === null || parsed.data === undefined)) {
    problems.push({
      file: relative,
      rule: "empty-file",
      path: [],
      range: [0, 0],
      message: {
        vi: "Tệp rỗng: không có nội dung nào ngoài chú thích. Hãy điền nội dung theo mẫu hoặc xóa tệp.",
        en: "The file is empty (nothing but comments). Fill it in or delete it.",
      },
    });
    return { relative, kind, text, schemaValid: false, problems };
  }
  return { relative, kind, text, data: parsed.data, schemaValid: false, problems };
}
