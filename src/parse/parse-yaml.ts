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
 * Whether the data is a plain tree: no object shared (what an alias produces in js-yaml, looked
 * for only when the text may hold one) and no nesting deeper than MAX_DEPTH. Either sends the
 * file down the careful path.
 */
function isPlainTree(data: unknown, mayHaveAliases: boolean): boolean {
  if (data === null || typeof data !== "object") return true;
  return mayHaveAliases ? isUnsharedTree(data) : !nestsDeeper(data, 0);
}

/** Nesting past MAX_DEPTH; the recursion stops there, so it is never deeper than that. */
function nestsDeeper(node: object, depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(node)) {
    for (const child of node as unknown[]) if (child !== null && typeof child === "object" && nestsDeeper(child, depth + 1)) return true;
  } else {
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (child !== null && typeof child === "object" && nestsDeeper(child, depth + 1)) return true;
    }
  }
  return false;
}

/** The careful walk, without recursion: shared objects and nesting past MAX_DEPTH. */
function isUnsharedTree(data: object): boolean {
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

/** What a parser error means for a clerk and what to change on its line, by the yaml library's code. */
function syntaxAdvice(code: string, message: string): { vi: string; en: string } {
  switch (code) {
    case "BAD_INDENT":
      return /^Flow/.test(message)
        ? {
            vi: "dấu ngoặc { hoặc [ mở ở trên chưa đóng trên cùng dòng, hoặc dòng này (phần tiếp của nó) thụt lề ít hơn khóa. Hãy viết cả nhóm trong ngoặc trên một dòng và đóng bằng } hoặc ].",
            en: "a { or [ opened above is not closed on its line, or this continuation line is indented less than its key. Write the bracketed group on one line and close it with } or ].",
          }
        : {
            vi: "thụt lề không khớp: các khóa cùng cấp phải bắt đầu ở cùng một cột. Hãy thụt lề dòng này bằng dấu cách cho thẳng cột với khóa cùng cấp ở trên.",
            en: "the indentation does not match: keys of one level start in the same column. Indent this line with spaces to line up with the keys above it.",
          };
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return {
        vi: "có hai dấu hai chấm trong một dòng, hoặc dòng dưới thụt lề sâu hơn dòng này. Nếu giá trị có dấu hai chấm, đặt cả giá trị trong ngoặc kép; nếu không, thụt lề dòng dưới cho thẳng với dòng này.",
        en: "there are two colons on one line, or the next line is indented deeper than this one. Quote a value that holds a colon; otherwise line the next line up with this one.",
      };
    case "MISSING_CHAR":
      return /quote/i.test(message)
        ? {
            vi: "dấu ngoặc kép mở ở đây chưa được đóng. Hãy thêm dấu ngoặc đóng ở cuối giá trị, trên cùng dòng.",
            en: "the quote opened here is never closed. Add the closing quote at the end of the value, on the same line.",
          }
        : {
            vi: "thiếu dấu hai chấm sau khóa, hoặc dòng bị thụt lề sai. Hãy viết khóa: giá trị và kiểm tra thụt lề của dòng này.",
            en: "a colon after a key is missing, or the line is wrongly indented. Write key: value and check this line's indentation.",
          };
    case "MULTIPLE_DOCS":
      return {
        vi: "dòng --- ở đây bắt đầu tài liệu YAML thứ hai, mà mỗi tệp danh mục chỉ có một. Hãy xóa dòng --- (và chuyển phần sau nó sang tệp khác nếu cần).",
        en: "the --- line here starts a second YAML document, and a catalogue file holds one. Remove the --- line (and move what follows to another file if needed).",
      };
    case "BAD_SCALAR_START":
      return {
        vi: "giá trị bắt đầu bằng một ký tự đặc biệt của YAML (như @ ` , [ { hoặc %). Hãy đặt cả giá trị trong ngoặc kép.",
        en: "the value starts with a character YAML reserves (such as @ ` , [ { or %). Put the whole value in double quotes.",
      };
    case "BAD_DQ_ESCAPE":
      return {
        vi: 'trong ngoặc kép, dấu \\ phải đi với một ký tự hợp lệ (\\n, \\", \\\\). Hãy viết \\\\ thay cho \\, hoặc dùng ngoặc đơn.',
        en: 'inside double quotes a backslash must start a valid escape (\\n, \\", \\\\). Write \\\\ for a backslash, or use single quotes.',
      };
    case "UNEXPECTED_TOKEN":
      return {
        vi: "nội dung không đúng chỗ: có thể dòng danh sách (bắt đầu bằng -) lẫn với khóa: giá trị ở cùng cấp, hoặc thụt lề sai. Hãy kiểm tra thụt lề dòng này.",
        en: "content out of place: perhaps list items (starting with -) mixed with key: value at one level, or wrong indentation. Check this line's indentation.",
      };
    case "KEY_OVER_1024_CHARS":
      return {
        vi: "khóa dài hơn 1024 ký tự, thường do thiếu xuống dòng hoặc thiếu dấu hai chấm. Hãy kiểm tra dòng này.",
        en: "a key is longer than 1024 characters, usually a missing line break or colon. Check this line.",
      };
    default:
      return {
        vi: "hãy kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này.",
        en: "check the indentation, colons and quotes on this line.",
      };
  }
}

/**
 * Where brackets first nest deeper than MAX_DEPTH. The yaml library reports running out of
 * stack where it happened to, which depends on how much stack the caller had used: this place
 * does not.
 */
function tooDeepAt(text: string): [number, number] | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "{") {
      if (++depth > MAX_DEPTH) return [i, i + 1];
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return undefined;
}

function yamlErrorFinding(text: string, code: string, message: string, pos: [number, number]): Omit<Problem, "file"> {
  const first = message.split("\n")[0] ?? message;
  if (/call stack/i.test(message)) return { ...depthExceeded(), range: tooDeepAt(text) ?? pos };
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
  const advice = syntaxAdvice(code, first);
  return {
    rule: "yaml-syntax",
    path: [],
    range: pos,
    message: {
      vi: `Lỗi cú pháp YAML: ${advice.vi}`,
      en: `YAML syntax error: ${advice.en}`,
    },
  };
}

/**
 * The yaml library reports every error it meets, and one broken structure (a tab, a dedented
 * key) makes a dozen more below it. What a clerk needs is the first, on the line to fix: so the
 * first structural error is kept, with every duplicate key (each is a mistake of its own).
 */
function firstErrors(text: string, errors: readonly { code: string; message: string; pos: [number, number] }[]) {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  let structural = sorted.find((e) => e.code !== "DUPLICATE_KEY");
  // A tab is the cause of whatever the parser says about its line or the line before it.
  const tab = sorted.find((e) => e.code === "TAB_AS_INDENT");
  if (structural && tab && text.slice(structural.pos[0], tab.pos[0]).split("\n").length <= 2) structural = tab;
  return sorted.filter((e) => e === structural || (e.code === "DUPLICATE_KEY" && (!structural || e.pos[0] < structural.pos[0])));
}

/** What needsCarefulParse looks for, by state: outside brackets a line end does not matter. */
const OUTSIDE = /[#"'{[]/g;
const IN_FLOW = /[\n#"'{}[\]]/g;
const IN_DOUBLE = /[\n\\"]/g;
const IN_SINGLE = /[\n']/g;

/**
 * Whether a text holds what js-yaml accepts and YAML (and the yaml library, which fmt edits
 * with) refuses: a flow collection ({…} or […]) or a quoted value running over a line end,
 * whose continuation may start in column 0, or a comment glued to a closing bracket or quote
 * (`}#`). Such a text takes the careful path, so that validate and fmt agree on what parses.
 * A false alarm only costs speed.
 */
export function needsCarefulParse(text: string): boolean {
  let depth = 0;
  let quote = "";
  let i = 0;
  for (;;) {
    // Jump to the next character that can change the answer in the current state.
    const next = quote === '"' ? IN_DOUBLE : quote === "'" ? IN_SINGLE : depth > 0 ? IN_FLOW : OUTSIDE;
    next.lastIndex = i;
    const found = next.exec(text);
    if (found === null) break;
    i = found.index;
    const c = text[i];
    if (quote !== "") {
      if (c === "\n") return true;
      if (c === "\\") i++;
      else if (quote === "'" && text[i + 1] === "'") i++;
      else if (text[i + 1] === "#") return true;
      else quote = "";
      i++;
      continue;
    }
    const before = i === 0 ? "\n" : text[i - 1]!;
    if (c === "\n") return true; // only looked for inside brackets
    if (c === "#" && (before === "}" || before === "]")) return true;
    if (c === "#" && (before === " " || before === "\t" || before === "\n")) {
      const end = text.indexOf("\n", i);
      if (end < 0) break;
      i = end;
      continue;
    }
    if ((c === '"' || c === "'") && " \t\n[{,:-".includes(before)) quote = c;
    else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && depth > 0) depth--;
    i++;
  }
  return depth > 0 || quote !== "";
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
    return { problems: firstErrors(text, doc.errors).map((e) => yamlErrorFinding(text, e.code, e.message, e.pos)) };
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
 * deep nesting, a bracket or quote running over a line end) goes down the careful path, which
 * reports positions and is the one that decides. Both read YAML 1.2's
 * core schema, so dates stay strings and an unquoted 1.001193 is a number in both.
 */
export function parseYaml(text: string): ParsedYaml {
  try {
    if (!needsCarefulParse(text)) {
      const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
      // An alias is written with "*": a text without one cannot share an object.
      if (isPlainTree(data, text.includes("*"))) return { data: data ?? null, problems: [] };
    }
  } catch {
    // fall through: the careful parser says what is wrong, and where
  }
  return parseCarefully(text);
}
