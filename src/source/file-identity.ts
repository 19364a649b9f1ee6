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

/**
 * The source, with the bytes of `relatives` asked for now where it can give each as soon as it
 * is read (git), so that git reads them while the caller does other work. A readMany of some of
 * them is answered as soon as those are read, and lets go of them; a failure to read surfaces
 * there, not before.
 */
export function readAhead(source: CatalogueSource, relatives: readonly string[]): CatalogueSource {
  if (source.readEach === undefined || relatives.length === 0) return source;
  const promises = source.readEach(relatives);
  const pending = new Map(relatives.map((rel, i) => [rel, promises[i]!]));
  return {
    ...source,
    async readMany(asked) {
      if (!asked.every((rel) => pending.has(rel))) return source.readMany ? source.readMany(asked) : new Map();
      const taken = asked.map((rel) => pending.get(rel)!);
      for (const rel of asked) pending.delete(rel);
      const bytes = await Promise.all(taken);
      return new Map(asked.flatMap((rel, i) => (bytes[i] === undefined ? [] : [[rel, bytes[i]] as const])));
    },
  };
}
