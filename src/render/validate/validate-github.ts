import type { ValidateReport } from "./validate-report.js";

import { escapeWorkflowData as escapeData, escapeWorkflowProperty as escapeProperty } from "../../words/escape.js";

/** `--format github`: one `::error` / `::warning` annotation a finding. */
export function renderValidateGithub(report: ValidateReport): string {
  return report.diagnostics
    .map((d) => {
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`tthc ${d.rule}`)}`,
      ].join(",");
      return `::${d.severity} ${props}::${escapeData(d.message)}\n`;
    })
    .join("");
}
