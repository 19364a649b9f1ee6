import jsYaml from "js-yaml";
import type { JsonPath } from "../model/problem.js";

/**
 * Source spans of a YAML document from js-yaml's parse events: the fast way to line:column.
 * The yaml library's positioned parse costs about 0.35 s a megabyte, js-yaml with a listener
 * about a third of that, which is what keeps validate near 2 s on a province whose every file
 * has a finding. Where the events do not pair up with the data (js-yaml emits no node for
 * some empty values), locating answers "unsure" and the caller uses the yaml library instead.
 */
export interface SpanNode {
  start: number;
  end: number;
  result: unknown;
  children: SpanNode[];
}

interface ListenerState {
  position: number;
  result: unknown;
}

export function buildSpanTree(text: string): SpanNode | undefined {
  const root: SpanNode = { start: 0, end: text.length, result: undefined, children: [] };
  const stack: SpanNode[] = [root];
  jsYaml.load(text, {
    schema: jsYaml.CORE_SCHEMA,
    listener(event: string, state: ListenerState) {
      if (event === "open") {
        const node: SpanNode = { start: state.position, end: state.position, result: undefined, children: [] };
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      } else if (event === "close") {
        const node = stack.pop()!;
        node.end = state.position;
        node.result = state.result;
      }
    },
  });
  return unwrap(root.children[0]);
}

/** js-yaml opens some nodes twice (a block sequence entry); keep the inner one. */
function unwrap(node: SpanNode | undefined): SpanNode | undefined {
  let n = node;
  while (n && n.children.length === 1 && n.children[0]!.result === n.result && n.children[0]!.start === n.start) n = n.children[0];
  return n;
}

/** Skips blanks, line breaks and comments forward: where a node's text really starts. */
function skipBlank(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
    else if (c === "#") while (i < text.length && text[i] !== "\n") i++;
    else return i;
  }
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function rangeOf(text: string, node: SpanNode): [number, number] {
  const start = skipBlank(text, node.start);
  let end = Math.max(start, trimEnd(text, start, node.end));
  // Like the yaml library, a block scalar (>-, |) or block collection ends after its line break.
  const block =
    text[start] === ">" ||
    text[start] === "|" ||
    (node.result !== null && typeof node.result === "object" && text[start] !== "[" && text[start] !== "{");
  if (block && text[end] === "\r") end++;
  if (block && text[end] === "\n") end++;
  return [start, end];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Pairs a mapping node's children as key, value; undefined when the events do not fit the data. */
function pairsOf(node: SpanNode): [SpanNode, SpanNode][] | undefined {
  const keys = Object.keys(node.result as object);
  const kids = node.children.map((c) => unwrap(c)!);
  if (kids.length !== keys.length * 2) return undefined;
  const pairs: [SpanNode, SpanNode][] = [];
  for (let i = 0; i < keys.length; i++) {
    if (String(kids[2 * i]!.result) !== keys[i]) return undefined;
    pairs.push([kids[2 * i]!, kids[2 * i + 1]!]);
  }
  return pairs;
}

function itemsOf(node: SpanNode): SpanNode[] | undefined {
  const kids = node.children.map((c) => unwrap(c)!);
  return kids.length === (node.result as unknown[]).length ? kids : undefined;
}

/** The start of a collection: its first key, or the first character of the list. */
function headOf(text: string, node: SpanNode): [number, number] | "unsure" {
  if (isObject(node.result)) {
    const pairs = pairsOf(node);
    if (!pairs) return "unsure";
    if (pairs.length > 0) return rangeOf(text, pairs[0]![0]);
  }
  const start = skipBlank(text, node.start);
  return [start, start + 1];
}

/**
 * The range of a JSON path, by the same rules as locatePath (parse/locate.ts): the value, or
 * the key with `at: "key"`; the nearest existing parent for a missing key; the head of a
 * block collection. "unsure" when the span tree cannot answer for certain.
 */
export function locateInSpanTree(text: string, tree: SpanNode, path: JsonPath, at: "key" | "value" = "value"): [number, number] | "unsure" {
  let node = tree;
  let key: SpanNode | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isObject(node.result)) {
      const pairs = pairsOf(node);
      if (!pairs) return "unsure";
      const pair = pairs.find(([k]) => String(k.result) === String(segment));
      if (!pair) return headOf(text, node);
      if (last && at === "key") return rangeOf(text, pair[0]);
      key = pair[0];
      node = pair[1];
    } else if (Array.isArray(node.result) && typeof segment === "number") {
      const items = itemsOf(node);
      if (!items) return "unsure";
      const item = items[segment];
      if (!item) return headOf(text, node);
      key = undefined;
      node = item;
    } else {
      return "unsure";
    }
  }
  if (path.length > 0 && node.result !== null && typeof node.result === "object") {
    // A flow list is short enough to show whole; a block collection is shown by its head.
    return Array.isArray(node.result) && text[skipBlank(text, node.start)] === "[" ? rangeOf(text, node) : headOf(text, node);
  }
  // An empty value (`key:` alone) has no text of its own: the place right after the colon.
  if (node.result === null && key && skipBlank(text, node.start) >= node.end) return [node.start, node.start];
  return rangeOf(text, node);
}
