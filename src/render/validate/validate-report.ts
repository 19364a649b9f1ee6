import type { Diagnostic } from "../../model/problem.js";
import type { Lang } from "../../model/lang.js";
import type { RuleInfo } from "../../rules/rule.js";

/** What every validate renderer gets: the run's counts and its (filtered) diagnostics. */
export interface ValidateReport {
  catalogue: string;
  files: number;
  /** Display paths of the files checked, for formats that list every file (JUnit). */
  fileList: string[];
  procedures: number;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

export interface ValidateRenderOptions {
  lang: Lang;
  color: boolean;
  version: string;
  /** The project's address, for SARIF's informationUri (left out when unknown). */
  homepage?: string | undefined;
  rules: RuleInfo[];
}

export function summarize(catalogue: string, fileList: string[], procedures: number, diagnostics: Diagnostic[]): ValidateReport {
  return {
    catalogue,
    files: fileList.length,
    fileList,
    procedures,
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    diagnostics,
  };
}
