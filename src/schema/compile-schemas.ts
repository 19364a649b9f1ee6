import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { SCHEMA_FILE, type FileKind } from "../model/file-kind.js";

/** The schemas folder of the package (two levels above src/schema and dist/schema). */
export const SCHEMAS_DIR = new URL("../../schemas/", import.meta.url);

/** Keywords the editors read (VS Code YAML) that ajv must accept in strict mode. */
export const EDITOR_KEYWORDS = ["markdownDescription", "defaultSnippets", "x-title-en"];

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
  addFormats.default(ajv, ["date", "uri", "time"]);
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

let compiled: Map<FileKind, ValidateFunction> | undefined;

/** Compiles every schema once per process. */
export function compileSchemas(): Map<FileKind, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = createAjv();
  const result = new Map<FileKind, ValidateFunction>();
  for (const [kind, file] of Object.entries(SCHEMA_FILE) as [FileKind, string][]) {
    const schema = JSON.parse(readFileSync(new URL(file, SCHEMAS_DIR), "utf8")) as object;
    result.set(kind, ajv.compile(schema));
  }
  compiled = result;
  return result;
}
