// GitHub Actions workflow commands for a list of findings, within what GitHub shows: at most
// 10 `::error` and 10 `::warning` annotations per step (more are dropped by GitHub without a
// word), the most serious first, then one `::notice` saying how many were not annotated; and a
// Markdown table of every finding for the job summary ($GITHUB_STEP_SUMMARY), which has no
// such limit. Every value is escaped as the workflow-command syntax requires, so a message
// holding "%0A::error::x" or a line break cannot start a command of its own.
import { pick, type Lang } from "../../model/lang.js";
import type { Severity } from "../../model/problem.js";
import { escapeMarkdown, escapeWorkflowData, escapeWorkflowProperty } from "../../words/escape.js";

/** One finding as an annotation: where (relative to the repository root), how serious, what. */
export interface Annotation {
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  title: string;
  message: string;
}

/** What GitHub displays per step and per kind (docs.github.com, "Workflow commands": annotations). */
export const ANNOTATIONS_PER_KIND = 10;

const RANK: Record<Severity, number> = { error: 0, warning: 1 };

/** The most serious first, then by file and position, so the 10 shown are the 10 that matter most. */
function bySeriousness(a: Annotation, b: Annotation): number {
  return RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

function command(a: Annotation): string {
  const properties = [
    `file=${escapeWorkflowProperty(a.file)}`,
    `line=${a.line}`,
    `col=${a.column}`,
    `endLine=${a.endLine}`,
    `endColumn=${a.endColumn}`,
    `title=${escapeWorkflowProperty(a.title)}`,
  ].join(",");
  return `::${a.severity} ${properties}::${escapeWorkflowData(a.message)}`;
}

/** The workflow commands: at most 10 of each kind, then a notice for the rest (none when all fit). */
export function renderGithubAnnotations(annotations: readonly Annotation[], lang: Lang): string {
  const sorted = [...annotations].sort(bySeriousness);
  const shown: Annotation[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0 };
  for (const a of sorted) {
    if (count[a.severity] >= ANNOTATIONS_PER_KIND) continue;
    count[a.severity] += 1;
    shown.push(a);
  }
  const lines = shown.map(command);
  const hidden = sorted.length - shown.length;
  if (hidden > 0) {
    const message = pick(lang, {
      vi: `Còn ${hidden} phát hiện khác không hiện được dưới dạng chú thích (GitHub chỉ hiện ${ANNOTATIONS_PER_KIND} lỗi và ${ANNOTATIONS_PER_KIND} cảnh báo mỗi bước). Xem đủ trong phần tóm tắt của lượt chạy (job summary) hoặc chạy tthc validate trên máy.`,
      en: `${hidden} more finding(s) are not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} errors and ${ANNOTATIONS_PER_KIND} warnings per step). See them all in the job summary, or run tthc validate locally.`,
    });
    lines.push(`::notice title=${escapeWorkflowProperty("tthc")}::${escapeWorkflowData(message)}`);
  }
  return lines.map((line) => `${line}\n`).join("");
}

/** Every finding as a Markdown table for the job summary, under a heading that gives the counts. */
export function renderGithubSummary(heading: string, annotations: readonly Annotation[], lang: Lang): string {
  const sorted = [...annotations].sort(bySeriousness);
  const severity = (s: Severity) => pick(lang, s === "error" ? { vi: "lỗi", en: "error" } : { vi: "cảnh báo", en: "warning" });
  const cell = (text: string) => escapeMarkdown(text);
  const rows = sorted.map(
    (a) => `| ${cell(`${a.file}:${a.line}:${a.column}`)} | ${severity(a.severity)} | ${cell(a.title)} | ${cell(a.message)} |`,
  );
  const header = pick(lang, { vi: "| Tệp:dòng:cột | Mức | Quy tắc | Nội dung |", en: "| File:line:column | Severity | Rule | Message |" });
  return [`### ${cell(heading)}`, "", ...(rows.length > 0 ? [header, "|---|---|---|---|", ...rows] : []), ""].join("\n") + "\n";
}
