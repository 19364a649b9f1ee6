import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Ajv2020 as Ajv2020Type } from "ajv/dist/2020.js";
import type addFormatsType from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { SCHEMA_FILE, type FileKind } from "../model/file-kind.js";

/** The schemas folder of the package (two levels above src/schema and dist/schema). */
export const SCHEMAS_DIR = new URL("../../schemas/", import.meta.url);

/** Keywords the editors read (VS Code YAML) that ajv must accept in strict mode. */
export const EDITOR_KEYWORDS = ["markdownDescription", "defaultSnippets", "x-title-en"];

/** Validators generated at build time (see build-validators.ts), next to this module in dist/. */
export const PRECOMPILED = new URL("./validators.cjs", import.meta.url);

const require = createRequire(import.meta.url);

/** Ajv itself is loaded only to compile (build, tests, edited schemas), not to validate. */
export function createAjv(options: { standalone?: boolean } = {}): Ajv2020Type {
  const { Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const addFormats = require("ajv-formats") as { default: typeof addFormatsType.default };
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, ...(options.standalone ? { code: { source: true } } : {}) });
  addFormats.default(ajv, ["date", "uri", "time"]);
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

export function readSchemaTexts(): Map<FileKind, string> {
  return new Map(
    (Object.entries(SCHEMA_FILE) as [FileKind, string][]).map(([kind, file]) => [kind, readFileSync(new URL(file, SCHEMAS_DIR), "utf8")]),
  );
}

let installed: { texts: Map<FileKind, string>; hash: string } | undefined;

/** The package's schema files and their fingerprint, read once per process (validate's cache key and compileSchemas both ask). */
export function installedSchemas(): { texts: Map<FileKind, string>; hash: string } {
  if (installed) return installed;
  const texts = readSchemaTexts();
  installed = { texts, hash: hashSchemas(texts) };
  return installed;
}

/** A fingerprint of the schema files, so a stale precompiled module is never used. */
export function hashSchemas(texts: Map<FileKind, string>): string {
  const hash = createHash("sha256");
  for (const [kind, text] of [...texts].sort(([a], [b]) => a.localeCompare(b))) hash.update(`${kind}\0${text}\0`);
  return hash.digest("hex");
}

let compiled: Map<FileKind, ValidateFunction> | undefined;

/**
 * The validator of each file kind, once per process. Compiling the schemas costs about
 * 250 ms, most of a small catalogue's check, so the build precompiles them to
 * dist/schema/validators.cjs; that module is used only while its fingerprint matches
 * the schema files, and the schemas are compiled here otherwise (tests, edited schemas).
 */
export function compileSchemas(): Map<FileKind, ValidateFunction> {
  if (compiled) return compiled;
  const { texts, hash } = installedSchemas();
  if (existsSync(PRECOMPILED)) {
    const mod = require(fileURLToPath(PRECOMPILED)) as Record<string, unknown> & { schemaHash?: string };
    if (mod.schemaHash === hash) {
      compiled = new Map([...texts.keys()].map((kind) => [kind, mod[kind] as ValidateFunction]));
      return compiled;
    }
  }
  const ajv = createAjv();
  compiled = new Map([...texts].map(([kind, text]) => [kind, ajv.compile(JSON.parse(text) as object)]));
  return compiled;
}
