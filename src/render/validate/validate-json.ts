import type { ValidateReport } from "./validate-report.js";

/** `--format json`: the keys of docs/cli.md, a stable interface for scripts. */
export function renderValidateJson(report: ValidateReport): string {
  const { catalogue, files, procedures, errors, warnings, diagnostics } = report;
  return `${JSON.stringify({ catalogue, files, procedures, errors, warnings, diagnostics }, null, 2)}\n`;
}
