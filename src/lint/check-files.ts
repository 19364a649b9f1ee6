import { compileSchemas } from "../schema/compile-schemas.js";
import { schemaProblems } from "../schema/schema-problems.js";
import { isExcusedByReview } from "../rules/import-review.js";
import { CATALOGUE_RULES, SCHEMA_RULES } from "../rules/registry.js";
import type { Rule, RuleContext } from "../rules/rule.js";
import type { Problem } from "../model/problem.js";
import type { ParsedFile } from "../model/parsed-file.js";

/** Validates each parsed file against its kind's schema, marking `schemaValid`. */
export function checkSchemas(files: ParsedFile[]): void {
  const validators = compileSchemas();
  for (const file of files) {
    if (file.kind === undefined || file.data === undefined || file.data === null) continue;
    const validate = validators.get(file.kind)!;
    if (validate(file.data)) {
      file.schemaValid = true;
      continue;
    }
    for (const problem of schemaProblems(validate.errors ?? [])) {
      // An element under review may be missing: import-review reports it, as a warning.
      if (file.kind === "field" && isExcusedByReview(problem, file.data)) continue;
      file.problems.push({ ...problem, file: file.relative });
    }
  }
}

export interface CheckFilesOptions {
  /** The same files at the base revision (`--changed-since`), for the rules that compare. */
  base?: RuleContext["base"];
  /** The cross-file rules to run; all of them unless told. */
  rules?: readonly Rule[];
  /** Check only these files against the schema: the others were checked already (same content). */
  schemaFor?: ParsedFile[];
}

const SCHEMA_IDS = new Set(SCHEMA_RULES.map((rule) => rule.id));
const placeOf = (problem: Problem) => `${problem.file}\u0000${JSON.stringify(problem.path)}`;

/**
 * Schema checks, then the cross-file rules; returns every problem of every file. Where a rule
 * speaks of the very value the schema refused (a fee of 1.5, a document cited by its printed
 * number), the rule's finding says more, so the schema's is left out: one finding per mistake.
 */
export function checkFiles(files: ParsedFile[], options: CheckFilesOptions = {}): Problem[] {
  checkSchemas(options.schemaFor ?? files);
  const ctx: RuleContext = { files, base: options.base };
  const found = (options.rules ?? CATALOGUE_RULES).flatMap((rule) => rule.check(ctx));
  const claimed = new Set(found.map(placeOf));
  const own = files.flatMap((f) => f.problems).filter((p) => !(SCHEMA_IDS.has(p.rule) && claimed.has(placeOf(p))));
  return [...own, ...found];
}
