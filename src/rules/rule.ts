import type { Problem } from "../model/problem.js";
import type { ParsedFile } from "../model/parsed-file.js";
import type { Severity } from "../model/problem.js";
import type { Text } from "../model/lang.js";

/** What every check, built in or cross-file, declares: a stable id, a severity, a title. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  title: Text;
  /**
   * An error of this rule leaves the catalogue unreadable for the commands that compute from it
   * (diff, effects, post, stats…): they refuse it, as they refuse a file that does not parse.
   */
  blocksReading?: boolean;
}

export interface RuleContext {
  files: ParsedFile[];
  /** The same files at the base revision (`--changed-since`), by relative path. */
  base?: Map<string, ParsedFile>;
}

/** A cross-file rule: says what and where; the engine stamps severity and position. */
export interface Rule extends RuleInfo {
  check(ctx: RuleContext): Problem[];
  /**
   * Its findings on a file depend on that file alone (its path and content): validate checks it
   * as each file is read, then keeps of the file only what the other, cross-file rules read
   * (rules/cross-file-data.ts).
   */
  perFile?: boolean;
}

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asString(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export interface ProcedureAt {
  file: ParsedFile;
  index: number;
  procedure: Obj;
}

/** Every procedure object of every field file that parsed, with where it stands. */
export function* eachProcedure(files: ParsedFile[]): Generator<ProcedureAt> {
  for (const file of files) {
    if (file.kind !== "field" || !isObj(file.data)) continue;
    const list = asArray(file.data.thu_tuc);
    for (let index = 0; index < list.length; index++) {
      const procedure = list[index];
      if (isObj(procedure)) yield { file, index, procedure };
    }
  }
}

/** The data of the first file of a kind, if it parsed. */
export function dataOf(files: ParsedFile[], kind: ParsedFile["kind"]): Obj | undefined {
  const file = files.find((f) => f.kind === kind);
  return file && isObj(file.data) ? file.data : undefined;
}

/** The ids listed under `key` in the file of `kind` (co_quan in co-quan.yaml, van_ban in van-ban.yaml). */
export function idsOf(files: ParsedFile[], kind: ParsedFile["kind"], key: string): Map<string, Obj> {
  const ids = new Map<string, Obj>();
  for (const item of asArray(dataOf(files, kind)?.[key])) {
    if (isObj(item) && typeof item.id === "string" && !ids.has(item.id)) ids.set(item.id, item);
  }
  return ids;
}

export function procedureLabel(p: Obj): string {
  return `${asString(p.ma) ?? "?"} “${asString(p.ten) ?? ""}”`;
}
