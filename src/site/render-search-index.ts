// The search index as a static script (assets/search-index.js) that assigns a global: a page
// opened from a USB stick (file://) may not fetch() a local JSON file, but it may load a script.
import type { Level } from "../model/catalogue.js";
import { searchText } from "./search-text.js";
import type { SiteEntry } from "./site-page.js";

/** The global the index script assigns and assets/search.js reads. */
export const SEARCH_INDEX_GLOBAL = "tthcSearchIndex";

export interface SearchIndexEntry {
  /** The procedure's code, as the index page's `data-ma` has it. */
  code: string;
  /** The field's code, as the field filter's option values have it. */
  field: string;
  levels: Level[];
  /** Code, name and field name as the search compares them (search-text.ts). */
  text: string;
}

export function buildSearchIndex(entries: readonly SiteEntry[]): SearchIndexEntry[] {
  return entries.map((entry) => ({
    code: entry.code,
    field: entry.fieldCode,
    levels: [...entry.levels],
    text: searchText(`${entry.code} ${entry.name} ${entry.fieldName}`),
  }));
}

/** JSON that is also safe inside an HTML <script> and in every JavaScript engine. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function renderSearchIndex(index: readonly SearchIndexEntry[]): string {
  const lines = index.map((entry) => scriptJson(entry));
  return (
    "// The search index of the look-up site, written by tthc site. Loaded by index.html before search.js.\n" +
    `window.${SEARCH_INDEX_GLOBAL} = { "version": 1, "procedures": [\n${lines.join(",\n")}\n] };\n`
  );
}
