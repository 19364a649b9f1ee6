import type { JsonPath, Severity } from "../model/diagnostic.js";
import type { Text } from "../model/lang.js";

/**
 * What a check reports before the engine positions it: which file, which JSON path, which
 * rule and what to say. The engine stamps severity (from the rule registry) and line:column
 * (from the YAML source), so a rule never computes positions itself.
 */
export interface Finding {
  /** Path relative to the catalogue folder ("linh-vuc/ho-tich.yaml"). */
  file: string;
  rule: string;
  message: Text;
  path: JsonPath;
  /** Point at the key of the last path segment rather than its value (unknown keys). */
  at?: "key" | "value";
  /** A source range (character offsets) when the finding knows it already (YAML errors). */
  range?: [number, number];
  severity?: Severity;
}
