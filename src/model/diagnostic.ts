// The one positioned message type: YAML errors, schema errors and rule findings all become it.

export type Severity = "error" | "warning";
export type JsonPath = (string | number)[];

export interface Diagnostic {
  /** Path as shown to the user: relative to the current folder, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  path: JsonPath;
}
