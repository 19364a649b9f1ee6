import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { JsonPath } from "../model/problem.js";

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Line starts of a text, for offset → line:column without the yaml library. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a character offset. */
export function positionOf(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function spanOf(starts: number[], range: [number, number]): Span {
  const start = positionOf(starts, range[0]);
  const end = positionOf(starts, Math.max(range[0], range[1]));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function rangeOf(node: Node | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** A map's own span is the whole block; for "the object that lacks a key" its first line is enough. */
function headOf(node: Node): [number, number] | undefined {
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0]!;
    const key = isPair(first) ? (first.key as Node | null) : null;
    const r = rangeOf(key);
    if (r) return r;
  }
  if (isSeq(node) || isMap(node)) {
    const r = rangeOf(node);
    return r ? [r[0], r[0] + 1] : undefined;
  }
  return rangeOf(node);
}

/**
 * The source range of a JSON path: the value (or with `at: "key"`, the key) at the path, or,
 * when the path does not exist (a missing key), the nearest parent that does.
 */
export function locatePath(doc: Document, path: JsonPath, at: "key" | "value" = "value"): [number, number] | undefined {
  let node: Node | null | undefined = doc.contents;
  if (!node) return undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return headOf(node);
      if (last && at === "key") return rangeOf(pair.key as Node) ?? headOf(node);
      const value = pair.value as Node | null;
      if (!value) return rangeOf(pair.key as Node);
      node = value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return headOf(node);
      node = item;
    } else {
      return headOf(node);
    }
  }
  return at === "value" && node && (isMap(node) || isSeq(node)) && path.length > 0 ? headOrWhole(node) : rangeOf(node);
}

/** A whole list or block as a range would swallow many lines: keep to where it starts. */
function headOrWhole(node: Node): [number, number] | undefined {
  if (isSeq(node) && (node as { flow?: boolean }).flow) return rangeOf(node);
  return headOf(node);
}

export type { Document, LineCounter };
