import type { FileKind } from "./file-kind.js";
import type { Problem } from "./problem.js";

/** One catalogue file after decoding and parsing; `data` is absent when it did not parse. */
export interface ParsedFile {
  /** Relative to the catalogue folder, forward slashes. */
  relative: string;
  kind?: FileKind;
  /** The decoded text; validate drops it from a file with no finding when parsed (see restoreTexts). */
  text?: string;
  /** A hash of the content, line endings aside: what "unchanged" compares once the text is dropped. */
  fingerprint?: string;
  data?: unknown;
  /** Whether the data matched its kind's schema (rules may trust its shape only then). */
  schemaValid: boolean;
  problems: Problem[];
}

/** Whether two versions of a parsed file say the same (line endings aside), text or no text. */
export function sameFile(a: ParsedFile, b: ParsedFile): boolean {
  if (a.fingerprint !== undefined && b.fingerprint !== undefined) return a.fingerprint === b.fingerprint;
  return sameContent(a.text, b.text);
}

/** Whether two versions of a file say the same: line endings do not count (git's autocrlf). */
export function sameContent(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a === b || a.replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");
}
