import { Chalk } from "chalk";
import type { ValidateRenderOptions, ValidateReport } from "./validate-report.js";

/** The default format, for people at a terminal: problems grouped by file, then a summary. */
export function renderValidateStylish(report: ValidateReport, options: ValidateRenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const en = options.lang === "en";
  const out: string[] = [];
  const byFile = new Map<string, typeof report.diagnostics>();
  for (const d of report.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const [file, list] of byFile) {
    out.push(c.underline(file));
    const width = Math.max(...list.map((d) => `${d.line}:${d.column}`.length));
    for (const d of list) {
      const where = `${d.line}:${d.column}`.padEnd(width);
      const severity = d.severity === "error" ? c.red(en ? "error  " : "lỗi     ") : c.yellow(en ? "warning" : "cảnh báo");
      out.push(`  ${c.dim(where)}  ${severity}  ${d.message}  ${c.dim(d.rule)}`);
    }
    out.push("");
  }
  const counts = en ? `${report.files} files, ${report.procedures} procedures` : `${report.files} tệp, ${report.procedures} thủ tục`;
  if (report.errors === 0 && report.warnings === 0) {
    out.push(
      c.green(en ? `✔ Catalogue ${report.catalogue}: ${counts}, no errors.` : `✔ Danh mục ${report.catalogue}: ${counts}, không có lỗi.`),
    );
  } else {
    const total = report.errors + report.warnings;
    // ✖ only for errors: warnings alone do not fail the check (unless --fail-on warning says so).
    const mark = report.errors > 0 ? "✖" : "⚠";
    const line = en
      ? `${mark} Catalogue ${report.catalogue}: ${counts}; ${total} problem(s) (${report.errors} error(s), ${report.warnings} warning(s)).`
      : `${mark} Danh mục ${report.catalogue}: ${counts}; ${total} vấn đề (${report.errors} lỗi, ${report.warnings} cảnh báo).`;
    out.push(report.errors > 0 ? c.red.bold(line) : c.yellow.bold(line));
  }
  return `${out.join("\n")}\n`;
}
