// The one problem type. Everything tthc tells a person about their catalogue is a Problem,
// whichever step finds it: a YAML or schema error, a rule's finding, a file `fmt` cannot format,
// a changed procedure that cites no decision (`diff --check`), a calendar year without its file
// (`deadline`), a procedure whose yearly cost cannot be counted (`effects`). After
// vfile-message: a check says what and where; the engine (lint/) stamps the severity from the
// rule registry and line:column from the YAML source, so no check computes positions itself.
import type { Text } from "./lang.js";

export type Severity = "error" | "warning";
export type JsonPath = (string | number)[];

/**
 * A check that has facts for machine-readable outputs (codes, sides, years) adds them as fields
 * of its own problem type, extending this one (`interface CalendarWarning extends Problem`).
 */
export interface Problem {
  /** A stable id for scripts: a rule id ("unique-code") or a note's code ("calendar-year-missing"). */
  rule: string;
  /** What is wrong and what to do next, in both languages. */
  message: Text;
  /** Relative to the catalogue folder ("linh-vuc/ho-tich.yaml"); "" for the catalogue as a whole. */
  file: string;
  /** Where in the file: a JSON path into its data ([] for the file itself). */
  path: JsonPath;
  /** Left out by rules (the registry knows it); set where a check decides it case by case. */
  severity?: Severity;
  /** Point at the key of the last path segment rather than its value (unknown keys). */
  at?: "key" | "value";
  /** A source range (character offsets) when the check knows it already (YAML errors). */
  range?: [number, number];
  /** 1-based line and column, once stamped (by lint/position-problems.ts, or by fmt from `range`). */
  line?: number;
  column?: number;
}

/** A problem as reported: positioned, in the reader's language, its file as the reader names it. */
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
