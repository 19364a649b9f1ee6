import type { ValidateRenderOptions, ValidateReport } from "./validate-report.js";

import { escapeXml } from "../../words/escape.js";

/** `--format junit`: one testcase a file; a file with errors fails (warnings go in system-out). */
export function renderValidateJunit(report: ValidateReport, options: ValidateRenderOptions): string {
  const en = options.lang === "en";
  const cases = report.fileList.map((file) => {
    const list = report.diagnostics.filter((d) => d.file === file);
    const errors = list.filter((d) => d.severity === "error");
    const warnings = list.filter((d) => d.severity === "warning");
    const line = (d: (typeof list)[number]) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`;
    const body: string[] = [];
    if (errors.length > 0) {
      const summary = en ? `${errors.length} error(s)` : `${errors.length} lỗi`;
      body.push(`      <failure message="${escapeXml(summary)}" type="tthc">${escapeXml(errors.map(line).join("\n"))}</failure>`);
    }
    if (warnings.length > 0) body.push(`      <system-out>${escapeXml(warnings.map(line).join("\n"))}</system-out>`);
    const open = `    <testcase classname="tthc.validate" name="${escapeXml(file)}" file="${escapeXml(file)}"`;
    return body.length === 0 ? `${open}/>` : `${open}>\n${body.join("\n")}\n    </testcase>`;
  });
  const failures = report.fileList.filter((f) => report.diagnostics.some((d) => d.file === f && d.severity === "error")).length;
  // Findings in files outside the list (a missing required file) still show as their own case.
  const listed = new Set(report.fileList);
  const extra = [...new Set(report.diagnostics.filter((d) => !listed.has(d.file)).map((d) => d.file))];
  for (const file of extra) {
    const list = report.diagnostics.filter((d) => d.file === file);
    cases.push(
      `    <testcase classname="tthc.validate" name="${escapeXml(file)}" file="${escapeXml(file)}">\n      <failure message="${escapeXml(list[0]!.message)}" type="tthc">${escapeXml(list.map((d) => `${d.rule}: ${d.message}`).join("\n"))}</failure>\n    </testcase>`,
    );
  }
  const tests = cases.length;
  const failed = failures + extra.length;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="tthc validate" tests="${tests}" failures="${failed}" errors="0">`,
    `  <testsuite name="${escapeXml(report.catalogue)}" tests="${tests}" failures="${failed}" errors="0" skipped="0">`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}
