import type { CatalogueSource } from "../source/source.js";
import { fileKindOf } from "../model/file-kind.js";
import { parseFile } from "../parse/parse-file.js";
import type { ParsedFile } from "../model/parsed-file.js";

/** Files the format knows, in the order people read them: manifest, agencies, documents, calendars, fields. */
const ORDER = ["manifest", "agencies", "documents", "calendar", "field"];

function rank(relative: string): number {
  const kind = fileKindOf(relative);
  return kind === undefined ? ORDER.length : ORDER.indexOf(kind);
}

/** Reads at once: enough to overlap git's processes, few enough for any open-file limit. */
const READS_AT_ONCE = 16;

/** Reads and parses every file of a source (in a stable order), or only those listed in `only`. */
export async function parseFiles(source: CatalogueSource, only?: readonly string[]): Promise<ParsedFile[]> {
  const list = [...(only ?? (await source.list()))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (source.readMany) {
    const bytes = await source.readMany(list);
    return list.map((relative) => parseFile(relative, bytes.get(relative) ?? new Uint8Array()));
  }
  const parsed: ParsedFile[] = [];
  for (let i = 0; i < list.length; i += READS_AT_ONCE) {
    const batch = list.slice(i, i + READS_AT_ONCE);
    parsed.push(...(await Promise.all(batch.map(async (relative) => parseFile(relative, await source.read(relative))))));
  }
  return parsed;
}
