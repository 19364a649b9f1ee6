import { createHash } from "node:crypto";
import type { CatalogueSource } from "../source/source.js";
import { fileKindOf } from "../model/file-kind.js";
import { decodeText } from "../parse/decode-text.js";
import { parseFile } from "../parse/parse-file.js";
import type { ParsedFile } from "../model/parsed-file.js";
import { keepCrossFileData } from "../rules/cross-file-data.js";
import { checkFile, markChecked } from "./check-files.js";
import { cacheKey, type CachedCheck, type CheckCache } from "../source/check-cache.js";
import { UnreadableFile } from "../model/refusal.js";
import { unreadableProblem } from "../parse/unreadable-problem.js";

/** Files the format knows, in the order people read them: manifest, agencies, documents, calendars, fields. */
const ORDER = ["manifest", "agencies", "documents", "calendar", "field"];

function rank(relative: string): number {
  const kind = fileKindOf(relative);
  return kind === undefined ? ORDER.length : ORDER.indexOf(kind);
}

/** The order parseFiles gives files in. */
export function byParseOrder(a: string, b: string): number {
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Reads at once: enough to overlap git's processes, few enough for any open-file limit. */
const READS_AT_ONCE = 16;

export interface ParseOptions {
  /**
   * Drop the text of a file that parsed without a finding, as soon as it is parsed: a
   * national catalogue's texts weigh about as much as its data. Whoever positions a later
   * finding in such a file reads it again (restoreTexts).
   */
  dropText?: boolean;
  /**
   * Give each file a fingerprint (its content, line endings aside), for comparing it with
   * another version once its text is gone: only --changed-since needs it.
   */
  fingerprint?: boolean;
  /**
   * Check each file as soon as it is parsed (schema and per-file rules, checkFile) and keep of
   * its data only what the cross-file rules read: validate's way, so that a national catalogue
   * is never held whole.
   */
  check?: boolean;
  /**
   * With `check`: take a file's findings and cross-file data from here when its bytes were
   * checked before, and leave here those of every file checked now.
   */
  cache?: CheckCache;
}

/** Reads and parses every file of a source (in a stable order), or only those listed in `only`. */
export async function parseFiles(source: CatalogueSource, only?: readonly string[], options: ParseOptions = {}): Promise<ParsedFile[]> {
  const cache = options.check ? options.cache : undefined;
  const parse = (relative: string, bytes: Uint8Array) => {
    const hash = cache !== undefined || options.fingerprint ? createHash("sha1").update(bytes).digest("base64") : undefined;
    const key = cache === undefined ? undefined : cacheKey(relative, hash!);
    const cached = key === undefined ? undefined : cache!.get(key);
    if (cached !== undefined) return fromCache(relative, cached, bytes, options);
    const file = parseFile(relative, bytes);
    if (hash !== undefined) file.fingerprint = fingerprintOf(file, bytes, hash);
    return lighten(file, options, key);
  };
  const list = [...(only ?? (await source.list()))].sort(byParseOrder);
  if (source.readMany) {
    // One read for all; what it did not bring (a link, a file too large) is read alone, to say why.
    const bytes = await source.readMany(list);
    return Promise.all(
      list.map(async (relative) => (bytes.has(relative) ? parse(relative, bytes.get(relative)!) : readAndParse(source, relative, parse))),
    );
  }
  const parsed: ParsedFile[] = [];
  for (let i = 0; i < list.length; i += READS_AT_ONCE) {
    const batch = list.slice(i, i + READS_AT_ONCE);
    parsed.push(...(await Promise.all(batch.map((relative) => readAndParse(source, relative, parse)))));
  }
  return parsed;
}

/** One file; an entry the source refuses to read (a link, a FIFO, no permission) is a finding on it. */
async function readAndParse(
  source: CatalogueSource,
  relative: string,
  parse: (relative: string, bytes: Uint8Array) => ParsedFile,
): Promise<ParsedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read(relative);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return { relative, kind: fileKindOf(relative), schemaValid: false, problems: [{ ...unreadableProblem(error), file: relative }] };
  }
  return parse(relative, bytes);
}

/** Files whose text was dropped: the ones restoreTexts may read again. */
const dropped = new WeakSet<ParsedFile>();

/**
 * The content, line endings and a byte-order mark aside: the hash of the bytes themselves where
 * they hold neither (the same as the text's), else the hash of the text with LF line ends.
 */
function fingerprintOf(file: ParsedFile, bytes: Uint8Array, bytesHash: string): string {
  const text = file.text;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (text === undefined || (!bom && !text.includes("\r"))) return bytesHash;
  return createHash("sha1")
    .update(text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text)
    .digest("base64");
}

function lighten(file: ParsedFile, options: ParseOptions, cacheKey?: string): ParsedFile {
  if (options.check) {
    checkFile(file);
    keepCrossFileData(file);
    const { kind, schemaValid, problems, data, fingerprint } = file;
    if (cacheKey !== undefined) options.cache!.put({ key: cacheKey, kind, schemaValid, problems, data, fingerprint });
  }
  return dropText(file, options);
}

function dropText(file: ParsedFile, options: ParseOptions): ParsedFile {
  if (options.dropText && file.problems.length === 0) {
    delete file.text;
    dropped.add(file);
  }
  return file;
}

/** A file checked before with the same bytes: what it said then, its text only if a finding stands in it. */
function fromCache(relative: string, cached: CachedCheck, bytes: Uint8Array, options: ParseOptions): ParsedFile {
  const { kind, schemaValid, problems, data, fingerprint } = cached;
  const file: ParsedFile = { relative, kind, schemaValid, problems, data };
  if (options.fingerprint) file.fingerprint = fingerprint;
  markChecked(file);
  if (problems.length > 0 || !options.dropText) file.text = decodeText(bytes).text;
  return dropText(file, options);
}

/**
 * Reads again the text of each file a problem stands in whose text was dropped, so that its
 * line:column can be found: positions are computed only for files with findings.
 */
export async function restoreTexts(source: CatalogueSource, files: ParsedFile[], problems: readonly { file: string }[]): Promise<void> {
  const wanted = new Set(problems.map((p) => p.file));
  const missing = files.filter((f) => f.text === undefined && dropped.has(f) && wanted.has(f.relative));
  for (let i = 0; i < missing.length; i += READS_AT_ONCE) {
    await Promise.all(
      missing.slice(i, i + READS_AT_ONCE).map(async (file) => {
        const decoded = decodeText(await source.read(file.relative));
        file.text = decoded.text;
      }),
    );
  }
}
