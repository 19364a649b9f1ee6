import type { Diagnostic } from "../model/problem.js";
import type { Lang } from "../model/lang.js";
import type { CatalogueSource } from "../source/source.js";
import { checkFiles } from "./check-files.js";
import { parseFiles, restoreTexts } from "./parse-files.js";
import type { ParsedFile } from "../model/parsed-file.js";
import { positionProblems } from "./position-problems.js";
import { asArray, isObj } from "../rules/rule.js";

export interface CheckResult {
  files: ParsedFile[];
  diagnostics: Diagnostic[];
  procedures: number;
}

export function countProcedures(files: ParsedFile[]): number {
  return files
    .filter((f) => f.kind === "field" && isObj(f.data))
    .reduce((n, f) => n + asArray((f.data as Record<string, unknown>).thu_tuc).length, 0);
}

/**
 * The whole of `validate`'s work on one source: parse, schema, rules, positions. `files` are the
 * source's files already parsed, when the caller has them.
 */
export async function checkCatalogue(
  source: CatalogueSource,
  lang: Lang,
  base?: Map<string, ParsedFile>,
  parsed?: ParsedFile[],
): Promise<CheckResult> {
  const files = parsed ?? (await parseFiles(source));
  const problems = checkFiles(files, { base });
  await restoreTexts(source, files, problems);
  const diagnostics = positionProblems(problems, files, (rel) => source.displayPath(rel), lang);
  return { files, diagnostics, procedures: countProcedures(files) };
}
