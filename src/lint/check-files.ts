import { compileSchemas } from "../schema/compile-schemas.js";
import { schemaFindings } from "../schema/schema-findings.js";
import { CATALOGUE_RULES } from "../rules/registry.js";
import type { RuleContext } from "../rules/rule.js";
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
    for (const f of schemaFindings(validate.errors ?? [])) file.findings.push({ ...f, file: file.relative });
  }
}

/** Schema checks, then every cross-file rule; returns every finding of every file. */
export function checkFiles(files: ParsedFile[], base?: RuleContext["base"]): Problem[] {
  checkSchemas(files);
  const findings: Problem[] = files.flatMap((f) => f.findings);
  const ctx: RuleContext = { files, base };
  for (const rule of CATALOGUE_RULES) findings.push(...rule.check(ctx));
  return findings;
}
