import { isZip } from "./read-code-list.js";

export type SourceKind = "records" | "xlsx" | "codes" | "unknown";

/**
 * What a source file holds, by its content rather than its name: a zip (an .xlsx list export),
 * JSON Lines of portal records (the first non-blank line is a JSON object), a text list of
 * codes, or none of these.
 */
export function detectSourceKind(bytes: Uint8Array): SourceKind {
  if (isZip(bytes)) return "xlsx";
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096)).replace(/^\ufeff/u, "");
  const lines = head
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines[0]?.startsWith("{")) return "records";
  // A list of codes may open with comment lines ("# …"); its first other line is a code.
  const first = lines.find((l) => !l.startsWith("#"));
  return first !== undefined && /^\d\.\d{6}$/u.test(first) ? "codes" : "unknown";
}
