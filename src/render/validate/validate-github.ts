import { pick, type Lang } from "../../model/lang.js";
import type { Diagnostic } from "../../model/problem.js";
import { renderGithubAnnotations, renderGithubSummary, type Annotation } from "../github/github-annotations.js";
import type { ValidateReport } from "./validate-report.js";

function annotationOf(d: Diagnostic): Annotation {
  return {
    severity: d.severity,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    title: `tthc ${d.rule}`,
    message: d.message,
  };
}

/**
 * `--format github`: annotations for GitHub Actions, the most serious first and within GitHub's
 * limits (render/github/github-annotations.ts). The files are named as the report names them:
 * the command makes them relative to the repository root, so that they attach to the PR's files.
 */
export function renderValidateGithub(report: ValidateReport, options: { lang: Lang } = { lang: "vi" }): string {
  return renderGithubAnnotations(report.diagnostics.map(annotationOf), options.lang);
}

/** Every finding, for the job summary ($GITHUB_STEP_SUMMARY). */
export function renderValidateGithubSummary(report: ValidateReport, lang: Lang): string {
  const heading = pick(lang, {
    vi: `tthc validate — danh mục ${report.catalogue}: ${report.errors} lỗi, ${report.warnings} cảnh báo (${report.files} tệp, ${report.procedures} thủ tục)`,
    en: `tthc validate — catalogue ${report.catalogue}: ${report.errors} error(s), ${report.warnings} warning(s) (${report.files} files, ${report.procedures} procedures)`,
  });
  return renderGithubSummary(heading, report.diagnostics.map(annotationOf), lang);
}
