// The build precompiles the schemas (dist/schema/validators.cjs); it must say the same as
// compiling them afresh, and carry the fingerprint that keeps a stale copy from being used.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ValidateFunction } from "ajv";
import { createAjv, hashSchemas, readSchemaTexts } from "../../src/schema/compile-schemas.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);

describe("precompiled validators", () => {
  const built = require(join(ROOT, "dist", "schema", "validators.cjs")) as Record<string, ValidateFunction> & { schemaHash: string };
  const texts = readSchemaTexts();

  it("carry the fingerprint of the current schema files", () => {
    expect(built.schemaHash).toBe(hashSchemas(texts));
    const edited = new Map(texts);
    edited.set("field", `${texts.get("field")} `);
    expect(hashSchemas(edited)).not.toBe(built.schemaHash);
  });

  it("report exactly what freshly compiled schemas report", () => {
    const fresh = createAjv().compile(JSON.parse(texts.get("field")!) as object);
    const bad = { ma: "x", ten: "", phien_ban: 2, thu_tuc: [{ ma: 1.00119, ten: "A", cap: ["quan"], thoi_hn: {} }] };
    expect(built.field!(bad)).toBe(false);
    expect(fresh(bad)).toBe(false);
    const strip = (errors: ValidateFunction["errors"]) =>
      errors!.map((e) => ({ k: e.keyword, p: e.instancePath, s: e.schemaPath, t: (e.parentSchema as { title?: string }).title }));
    expect(strip(built.field!.errors)).toEqual(strip(fresh.errors));
  });
});
