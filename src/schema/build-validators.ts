// Build step (npm run build / prepare): writes dist/schema/validators.cjs, the schemas compiled
// to standalone validator code, with the fingerprint of the schema files it was made from.
import { writeFileSync } from "node:fs";
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
