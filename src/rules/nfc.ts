import type { Problem } from "../model/problem.js";
import type { JsonPath } from "../model/problem.js";
import type { Rule, RuleContext } from "./rule.js";

/** Characters that are NFC whatever follows them: ASCII, Latin, and Vietnamese's precomposed block. */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: every ASCII character is NFC
const SURELY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u206f]*$/;

export function isNfc(text: string): boolean {
  return SURELY_NFC.test(text) || text.normalize("NFC") === text;
}

export const nfcText: Rule = {
  id: "nfc",
  severity: "warning",
  title: { vi: "Văn bản ở dạng Unicode dựng sẵn (NFC)", en: "Text is in Unicode NFC" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const file of files) {
      if (file.data === undefined || file.kind === undefined) continue;
      const stack: [unknown, JsonPath][] = [[file.data, []]];
      while (stack.length > 0) {
        const [node, path] = stack.pop()!;
        if (typeof node === "string") {
          if (!isNfc(node)) problems.push(finding(file.relative, path, node, "value"));
        } else if (Array.isArray(node)) {
          for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], [...path, i]]);
        } else if (node !== null && typeof node === "object") {
          const entries: [string, unknown][] = Object.entries(node as Record<string, unknown>);
          for (let i = entries.length - 1; i >= 0; i--) {
            const [key, value] = entries[i]!;
            if (!isNfc(key)) problems.push(finding(file.relative, [...path, key], key, "key"));
            stack.push([value, [...path, key]]);
          }
        }
      }
    }
    return problems;
  },
};

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
