import type { Diagnostic } from "../model/problem.js";
import { pick, type Lang } from "../model/lang.js";
import { lineStarts, locatePath, spanOf, type Span } from "../parse/locate.js";
import { parseWithPositions } from "../parse/parse-yaml.js";
import { buildSpanTree, locateInSpanTree, type SpanNode } from "../parse/span-tree.js";
import { ruleInfo } from "../rules/registry.js";
import type { Problem } from "../model/problem.js";
import type { ParsedFile } from "../model/parsed-file.js";

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Findings → diagnostics: the engine stamps severity from the rule registry and line:column
 * from the YAML source. Positions are computed only for files that have findings.
 */
export function positionProblems(
  problems: Problem[],
  files: ParsedFile[],
  displayPath: (relative: string) => string,
  lang: Lang,
): Diagnostic[] {
  const byFile = new Map(files.map((f) => [f.relative, f]));
  const cache = new Map<string, { starts: number[]; tree?: SpanNode | null; doc?: ReturnType<typeof parseWithPositions>["doc"] }>();
  const sourceOf = (relative: string) => {
    let entry = cache.get(relative);
    if (!entry) {
      const text = byFile.get(relative)?.text ?? "";
      entry = { starts: lineStarts(text) };
      cache.set(relative, entry);
    }
    return entry;
  };
  const diagnostics = problems.map((finding): Diagnostic => {
    const file = byFile.get(finding.file);
    const text = file?.text ?? "";
    const source = sourceOf(finding.file);
    let range = finding.range;
    if (!range && file?.text !== undefined) {
      // The fast span tree first; the yaml library's positioned parse only where it is unsure.
      if (source.tree === undefined) {
        try {
          source.tree = buildSpanTree(text) ?? null;
        } catch {
          source.tree = null;
        }
      }
      const fast = source.tree ? locateInSpanTree(text, source.tree, finding.path, finding.at) : "unsure";
      if (fast !== "unsure") range = fast;
      else {
        source.doc ??= parseWithPositions(text).doc;
        range = locatePath(source.doc, finding.path, finding.at);
      }
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
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
