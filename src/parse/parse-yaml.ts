import jsYaml from "js-yaml";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { Problem } from "../model/problem.js";

export interface ParsedYaml {
  /** The data, when the text parsed without errors (null for an empty document). */
  data?: unknown;
  problems: Omit<Problem, "file">[];
}

/** Deeper than this, a catalogue file is certainly a mistake (or an attack on the parser). */
export const MAX_DEPTH = 64;
/** Aliases are allowed, but not enough of them to blow up ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, version: "1.2" } as const;

/** The document with positions: parsed only when a finding needs line:column (the slow path). */
export function parseWithPositions(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines, keepSourceTokens: false });
  return { doc, lines };
}

/**
 * Walks the data without recursion: detects shared objects (what an alias produces in
 * js-yaml) and nesting deeper than MAX_DEPTH. Either sends the file down the careful path.
 */
function isPlainTree(data: unknown): boolean {
  if (data === null || typeof data !== "object") return true;
  const seen = new Set<object>();
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (seen.has(node) || depth > MAX_DEPTH) return false;
    seen.add(node);
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return true;
}

function depthExceeded(): Omit<Problem, "file"> {
  return {
    rule: "nesting-too-deep",
    path: [],
    range: [0, 1],
    message: {
      vi: `Cấu trúc lồng nhau quá sâu (hơn ${MAX_DEPTH} cấp). Tệp danh mục không cần lồng sâu như vậy: hãy kiểm tra lại dấu ngoặc và thụt lề.`,
      en: `Nesting is too deep (more than ${MAX_DEPTH} levels). A catalogue file never needs this: check its brackets and indentation.`,
    },
  };
}

function yamlErrorFinding(code: string, message: string, pos: [number, number]): Omit<Problem, "file"> {
  const first = message.split("\n")[0] ?? message;
  if (/call stack/i.test(message)) return { ...depthExceeded(), range: pos };
  if (code === "TAB_AS_INDENT") {
    return {
      rule: "yaml-tab",
      path: [],
      range: pos,
      message: {
        vi: "Dùng ký tự Tab để thụt lề. YAML chỉ chấp nhận dấu cách: hãy thay Tab bằng dấu cách (VS Code: Convert Indentation to Spaces).",
        en: "A tab is used for indentation. YAML accepts only spaces: replace the tab with spaces.",
      },
    };
  }
  if (code === "DUPLICATE_KEY") {
    return {
      rule: "yaml-duplicate-key",
      path: [],
      range: pos,
      message: {
        vi: "Khóa bị lặp lại trong cùng một mục: giá trị sau sẽ ghi đè giá trị trước. Hãy xóa hoặc gộp một trong hai.",
        en: "A key is repeated in the same mapping: the later value would overwrite the earlier one. Remove or merge one of them.",
      },
    };
  }
  return {
    rule: "yaml-syntax",
    path: [],
    range: pos,
    message: {
      vi: `Lỗi cú pháp YAML: ${first}. Kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này.`,
      en: `YAML syntax error: ${first}. Check the indentation, colons and quotes on this line.`,
    },
  };
}

/** The careful path: the yaml library collects every error with its position. */
function parseCarefully(text: string): ParsedYaml {
  let doc: Document;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch (error) {
    if (error instanceof RangeError) return { problems: [depthExceeded()] };
    throw error;
  }
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => yamlErrorFinding(e.code, e.message, e.pos)) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) return { problems: [depthExceeded()] };
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      return {
        problems: [
          {
            rule: "yaml-alias-limit",
            path: [],
            range: [0, 1],
            message: {
              vi: `Tệp dùng quá nhiều bí danh YAML (alias *…, hơn ${MAX_ALIAS_COUNT} lần mở rộng). Hãy viết đầy đủ nội dung thay cho bí danh.`,
              en: `The file expands too many YAML aliases (*…, more than ${MAX_ALIAS_COUNT}). Write the content out instead of aliases.`,
            },
          },
        ],
      };
    }
    throw error;
  }
  if (!isPlainTreeDepthOnly(data)) return { problems: [depthExceeded()] };
  return { data, problems: [] };
}

function isPlainTreeDepthOnly(data: unknown): boolean {
  const stack: [unknown, number][] = [[data, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > MAX_DEPTH) return false;
    if (++visited > 50_000_000) return false;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * YAML text → data. The fast path is js-yaml (about six times faster than building a
 * positioned document); anything unusual (a syntax error, a duplicate key, a tab, an alias,
 * deep nesting) goes down the careful path, which reports positions. Both read YAML 1.2's
 * core schema, so dates stay strings and an unquoted 1.001193 is a number in both.
 */
export function parseYaml(text: string): ParsedYaml {
  try {
    const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
    if (isPlainTree(data)) return { data: data ?? null, problems: [] };
  } catch {
    // fall through: the careful parser says what is wrong, and where
  }
  return parseCarefully(text);
}
