import type { ValidateReport } from "./validate-report.js";

// GitHub workflow commands: data escapes %, CR, LF; property values also escape : and ,.
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

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
