import type { Diagnostic } from "../model/diagnostic.js";
import { pick, type Lang } from "../model/lang.js";
import { lineStarts, locatePath, spanOf, type Span } from "../parse/locate.js";
import { parseWithPositions } from "../parse/parse-yaml.js";
import { ruleInfo } from "../rules/registry.js";
import type { Finding } from "./finding.js";
import type { ParsedFile } from "./parsed-file.js";

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Findings → diagnostics: the engine stamps severity from the rule registry and line:column
 * from the YAML source. The positioned document is parsed only for files that have findings.
 */
export function positionFindings(
  findings: Finding[],
  files: ParsedFile[],
  displayPath: (relative: string) => string,
  lang: Lang,
): Diagnostic[] {
  const byFile = new Map(files.map((f) => [f.relative, f]));
  const cache = new Map<string, { starts: number[]; doc?: ReturnType<typeof parseWithPositions>["doc"] }>();
  const sourceOf = (relative: string) => {
    let entry = cache.get(relative);
    if (!entry) {
      const text = byFile.get(relative)?.text ?? "";
      entry = { starts: lineStarts(text) };
      cache.set(relative, entry);
    }
    return entry;
  };
  const diagnostics = findings.map((finding): Diagnostic => {
    const file = byFile.get(finding.file);
    const text = file?.text ?? "";
    const source = sourceOf(finding.file);
    let range = finding.range;
    if (!range && file?.text !== undefined) {
      source.doc ??= parseWithPositions(text).doc;
      range = locatePath(source.doc, finding.path, finding.at);
    }
    const span = range ? spanOf(source.starts, range) : START;
    const raw = range ? text.slice(range[0], range[1]).trim() : "";
    const message = pick(lang, finding.message).replaceAll("{source}", raw);
    return {
      file: displayPath(finding.file),
      ...span,
      severity: finding.severity ?? ruleInfo(finding.rule)?.severity ?? "error",
      rule: finding.rule,
      message,
      path: finding.path,
    };
  });
  return diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
