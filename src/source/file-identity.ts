import { createHash } from "node:crypto";
import { UnreadableFile } from "../model/refusal.js";
import type { CatalogueSource } from "./source.js";

/** Reads at once from disk: enough to overlap the reads, few enough for any open-file limit. */
const READS_AT_ONCE = 16;

/**
 * Each listed file's git object id (the hash git gives its bytes), so that two versions of a
 * catalogue, from git or from disk, tell which files are byte for byte the same. A git source
 * knows them from its tree; a folder's files are read and hashed one at a time, and their
 * bytes let go. A file that cannot be read has none (reading it again gives the finding).
 */
export async function objectIdsOf(source: CatalogueSource, relatives: readonly string[]): Promise<Map<string, string>> {
  const known = source.objectIds?.();
  if (known !== undefined) return new Map(relatives.flatMap((rel) => (known.has(rel) ? [[rel, known.get(rel)!] as const] : [])));
  const ids = new Map<string, string>();
  for (let i = 0; i < relatives.length; i += READS_AT_ONCE) {
    await Promise.all(
      relatives.slice(i, i + READS_AT_ONCE).map(async (rel) => {
        try {
          ids.set(rel, gitObjectId(await source.read(rel)));
        } catch (error) {
          if (!(error instanceof UnreadableFile)) throw error;
        }
      }),
    );
  }
  return new Map(relatives.flatMap((rel) => (ids.has(rel) ? [[rel, ids.get(rel)!] as const] : [])));
}

/** The id git gives a file's bytes: the SHA-1 of "blob <size>\0" and the bytes. */
export function gitObjectId(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** Files read ahead of the one being parsed, from a folder. */
const READ_AHEAD = 16;

/**
 * The source, with the bytes of `relatives` (in the order they will be asked for) read ahead
 * of their use, so that reading overlaps the caller's work: from git all at once, each given
 * as soon as git has unpacked it; from a folder a few files ahead. A readMany of some of them
 * is answered from what was read and lets go of it. A file that could not be read is left out,
 * so that the caller reads it again and meets the reason itself.
 */
export function readAhead(source: CatalogueSource, relatives: readonly string[]): CatalogueSource {
  const pending = new Map<string, Promise<Uint8Array | undefined>>();
  let next = 0;
  const readUpTo = (end: number) => {
    for (; next < Math.min(end, relatives.length); next++) {
      const rel = relatives[next]!;
      const read = source.read(rel).then(
        (bytes) => bytes,
        () => undefined,
      );
      pending.set(rel, read);
    }
  };
  if (source.readEach !== undefined) {
    const promises = source.readEach(relatives);
    relatives.forEach((rel, i) => pending.set(rel, promises[i]!));
    next = relatives.length;
  } else readUpTo(READ_AHEAD);
  let taken = 0;
  return {
    ...source,
    async readMany(asked) {
      readUpTo(Math.max(...asked.map((rel) => relatives.indexOf(rel))) + 1);
      if (!asked.every((rel) => pending.has(rel))) return source.readMany ? source.readMany(asked) : new Map();
      const reads = asked.map((rel) => pending.get(rel)!);
      for (const rel of asked) pending.delete(rel);
      taken += asked.length;
      readUpTo(taken + READ_AHEAD);
      const bytes = await Promise.all(reads);
      return new Map(asked.flatMap((rel, i) => (bytes[i] === undefined ? [] : [[rel, bytes[i]] as const])));
    },
  };
}
