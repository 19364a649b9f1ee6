import { compileSchemas } from "../schema/compile-schemas.js";
import { schemaProblems } from "../schema/schema-problems.js";
import { isExcusedByReview } from "../rules/import-review.js";
import { CATALOGUE_RULES, SCHEMA_RULES } from "../rules/registry.js";
import type { Rule, RuleContext } from "../rules/rule.js";
import type { Problem } from "../model/problem.js";
import type { ParsedFile } from "../model/parsed-file.js";
import { crossFileView } from "../rules/cross-file-data.js";

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
  /** The rules to run; all of them unless told. */
  rules?: readonly Rule[];
}

const SCHEMA_IDS = new Set(SCHEMA_RULES.map((rule) => rule.id));
const placeOf = (problem: Problem) => `${problem.file}\u0000${JSON.stringify(problem.path)}`;

/** The rule set each file was checked with, so that no file is checked twice. */
const checkedWith = new WeakMap<ParsedFile, readonly Rule[]>();

/**
 * A file's own checks: its schema, then the per-file rules; their findings join the file's
 * problems. A schema finding on the very value a rule speaks of is left out (see checkFiles).
 */
export function checkFile(file: ParsedFile, rules: readonly Rule[] = CATALOGUE_RULES): void {
  if (checkedWith.get(file) === rules) return;
  checkedWith.set(file, rules);
  checkSchemas([file]);
  const found = rules.filter((rule) => rule.perFile).flatMap((rule) => rule.check({ files: [file] }));
  file.problems = [...withoutClaimed(file.problems, found), ...found];
}

/** Counts a file as checked on its own: one whose findings were taken from the check cache. */
export function markChecked(file: ParsedFile): void {
  checkedWith.set(file, CATALOGUE_RULES);
}

/** Schema findings less those a rule's finding stands on: the rule says more about the same mistake. */
function withoutClaimed(problems: Problem[], found: Problem[]): Problem[] {
  if (found.length === 0) return problems;
  const claimed = new Set(found.map(placeOf));
  return problems.filter((p) => !(SCHEMA_IDS.has(p.rule) && claimed.has(placeOf(p))));
}

/**
 * Every file's own checks (those not done yet), then the cross-file rules over what they read
 * of each file (rules/cross-file-data.ts); returns every problem of every file. Where a rule
 * speaks of the very value the schema refused (a fee of 1.5, a document cited by its printed
 * number), the rule's finding says more, so the schema's is left out: one finding per mistake.
 */
export function checkFiles(files: ParsedFile[], options: CheckFilesOptions = {}): Problem[] {
  const rules = options.rules ?? CATALOGUE_RULES;
  for (const file of files) checkFile(file, rules);
  const ctx: RuleContext = { files: files.map(crossFileView), base: options.base };
  const found = rules.filter((rule) => !rule.perFile).flatMap((rule) => rule.check(ctx));
  return [
    ...withoutClaimed(
      files.flatMap((f) => f.problems),
      found,
    ),
    ...found,
  ];
}
