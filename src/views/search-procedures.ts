import type { PlacedProcedure } from "../model/catalogue.js";
import { foldText } from "../words/fold-text.js";

/** A procedure with its folded texts, computed once for the whole catalogue. */
export interface SearchEntry {
  placed: PlacedProcedure;
  code: string;
  name: string;
  /** Code, name and field name, folded: what every query word must be found in. */
  haystack: string;
}

export function buildSearchIndex(procedures: PlacedProcedure[]): SearchEntry[] {
  return procedures.map((placed) => {
    const code = foldText(String(placed.procedure.ma));
    const name = foldText(placed.procedure.ten ?? "");
    return { placed, code, name, haystack: `${code} ${name} ${foldText(placed.fieldName ?? "")} ${foldText(placed.field)}` };
  });
}

/**
 * The procedures matching a query, best first: the code itself, then codes starting with the
 * query, then names holding the whole query as typed (from a word start), then entries where
 * every word of the query starts a word of the code, name or field (so a half-typed last word
 * already finds), then codes holding the query anywhere ("001193"). Ties keep catalogue order.
 * An empty query lists everything.
 */
export function searchProcedures(index: SearchEntry[], query: string): PlacedProcedure[] {
  const q = foldText(query);
  if (q === "") return index.map((e) => e.placed);
  const words = q.split(" ");
  const scored: { entry: SearchEntry; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    let score: number;
    if (entry.code === q) score = 0;
    else if (entry.code.startsWith(q)) score = 1;
    else if (entry.name.startsWith(q) || entry.name.includes(` ${q}`)) score = 2;
    else if (words.every((w) => entry.haystack.startsWith(w) || entry.haystack.includes(` ${w}`))) score = 3;
    else if (entry.code.includes(q)) score = 4;
    else return;
    scored.push({ entry, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.entry.placed);
}
