import type { Problem } from "../model/problem.js";
import type { JsonPath } from "../model/problem.js";
import type { Rule, RuleContext } from "./rule.js";

/** Characters that are NFC whatever follows them: ASCII, Latin, and Vietnamese's precomposed block. */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: every ASCII character is NFC
const SURELY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u206f]*$/;

// eslint-disable-next-line no-control-regex -- the same range as SURELY_NFC
const NOT_SURELY_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u206f]/;

export function isNfc(text: string): boolean {
  return SURELY_NFC.test(text) || text.normalize("NFC") === text;
}

export const nfcText: Rule = {
  id: "nfc",
  perFile: true,
  severity: "warning",
  title: { vi: "Văn bản ở dạng Unicode dựng sẵn (NFC)", en: "Text is in Unicode NFC" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const file of files) {
      if (file.data === undefined || file.kind === undefined) continue;
      // Every key and value is in the text, unless an escape (\u0301) makes a character: a text
      // of sure characters without a backslash has nothing to walk for.
      if (file.text !== undefined && !NOT_SURELY_NFC.test(file.text) && !file.text.includes("\\")) continue;
      walk(file.data, [], (path, text, at) => problems.push(finding(file.relative, [...path], text, at)));
    }
    return problems;
  },
};

/**
 * Every key and string in document order, with one path array pushed and popped on the way
 * (copied only for a finding): the parse has bounded the depth.
 */
function walk(node: unknown, path: (string | number)[], found: (path: JsonPath, text: string, at: "key" | "value") => void): void {
  if (typeof node === "string") {
    if (!isNfc(node)) found(path, node, "value");
  } else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      walk(node[i], path, found);
      path.pop();
    }
  } else if (node !== null && typeof node === "object") {
    const object = node as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      path.push(key);
      if (!isNfc(key)) found(path, key, "key");
      walk(object[key], path, found);
      path.pop();
    }
  }
}

function finding(file: string, path: JsonPath, text: string, at: "key" | "value"): Problem {
  const sample = text.normalize("NFC");
  const shown = sample.length > 40 ? `${sample.slice(0, 40)}…` : sample;
  return {
    file,
    rule: "nfc",
    path,
    at,
    message: {
      vi: `Văn bản "${shown}" dùng dấu tiếng Việt dạng tổ hợp (NFD), dễ làm sai tìm kiếm và so sánh. Chạy "tthc fmt" để chuyển về dạng dựng sẵn (NFC).`,
      en: `Text "${shown}" uses decomposed Vietnamese (NFD), which breaks search and comparison. Run "tthc fmt" to convert it to NFC.`,
    },
  };
}
