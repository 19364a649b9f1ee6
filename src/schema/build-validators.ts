// Build step (npm run build / prepare): writes dist/schema/validators.cjs, the schemas compiled
// to standalone validator code, with the fingerprint of the schema files it was made from; then
// dist/code-id.txt, a hash of all the compiled code and of its libraries' versions, which the
// check cache (source/check-cache.ts) keys its entries with.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import standaloneCode from "ajv/dist/standalone/index.js";
import { createAjv, hashSchemas, PRECOMPILED, readSchemaTexts } from "./compile-schemas.js";

const texts = readSchemaTexts();
const ajv = createAjv({ standalone: true });
const refs: Record<string, string> = {};
for (const [kind, text] of texts) {
  ajv.addSchema({ ...(JSON.parse(text) as object), $id: `tthc:${kind}` });
  refs[kind] = `tthc:${kind}`;
}
const code = standaloneCode.default(ajv, refs);
writeFileSync(PRECOMPILED, `${code}\nexports.schemaHash = ${JSON.stringify(hashSchemas(texts))};\n`);

const dist = fileURLToPath(new URL("..", import.meta.url));
const hash = createHash("sha256");
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.c?js$/.test(e.name))
  .map((e) => join(e.parentPath, e.name))
  .sort()) {
  hash
    .update(`${entry.slice(dist.length)}\0`)
    .update(readFileSync(entry))
    .update("\0");
}
// The libraries whose answers a check depends on: the two YAML readers and the schema runtime.
for (const library of ["js-yaml", "yaml", "ajv", "ajv-formats"]) {
  const { version } = createRequire(import.meta.url)(`${library}/package.json`) as { version: string };
  hash.update(`${library} ${version}\0`);
}
writeFileSync(new URL("../code-id.txt", import.meta.url), `${hash.digest("hex")}\n`);
