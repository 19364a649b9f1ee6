import type { CatalogueSource } from "../source/source.js";
import { fileKindOf } from "../model/file-kind.js";
import { parseFile } from "../parse/parse-file.js";
import type { ParsedFile } from "../model/parsed-file.js";
import { UnreadableFile } from "../model/refusal.js";
import { unreadableProblem } from "../parse/unreadable-problem.js";

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
    // One read for all; what it did not bring (a link, a file too large) is read alone, to say why.
    const bytes = await source.readMany(list);
    return Promise.all(
      list.map(async (relative) => (bytes.has(relative) ? parseFile(relative, bytes.get(relative)!) : readAndParse(source, relative))),
    );
  }
  const parsed: ParsedFile[] = [];
  for (let i = 0; i < list.length; i += READS_AT_ONCE) {
    const batch = list.slice(i, i + READS_AT_ONCE);
    parsed.push(...(await Promise.all(batch.map((relative) => readAndParse(source, relative)))));
  }
  return parsed;
}

/** One file; an entry the source refuses to read (a link, a FIFO, no permission) is a finding on it. */
async function readAndParse(source: CatalogueSource, relative: string): Promise<ParsedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read(relative);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return { relative, kind: fileKindOf(relative), schemaValid: false, problems: [{ ...unreadableProblem(error), file: relative }] };
  }
  return parseFile(relative, bytes);
}
