import { compileSchemas } from "../schema/compile-schemas.js";
import { schemaFindings } from "../schema/schema-findings.js";
import { CATALOGUE_RULES } from "../rules/registry.js";
import { isExcusedByReview } from "../rules/import-review.js";
import type { RuleContext } from "../rules/rule.js";
import type { Finding } from "./finding.js";
import type { ParsedFile } from "./parsed-file.js";

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
    for (const f of schemaFindings(validate.errors ?? [])) {
      // An element under review may be missing: import-review reports it, as a warning.
      if (file.kind === "field" && isExcusedByReview(f, file.data)) continue;
      file.findings.push({ ...f, file: file.relative });
    }
  }
}

/** Schema checks, then every cross-file rule; returns every finding of every file. */
export function checkFiles(files: ParsedFile[], base?: RuleContext["base"]): Finding[] {
  checkSchemas(files);
  const findings: Finding[] = files.flatMap((f) => f.findings);
  const ctx: RuleContext = { files, base };
  for (const rule of CATALOGUE_RULES) findings.push(...rule.check(ctx));
  return findings;
}
