// What validate found in each file the last time it read that content, so that a file nobody
// has touched is not parsed and checked again (docs/cli.md, "The check cache"). One cache file
// per catalogue folder, under the user's cache folder; an entry is used only for the same path,
// the same bytes, the same tthc build, the same schema files and the same Node. A cache that
// cannot be read is empty, one that cannot be written is not written: it never changes what
// validate says, only how soon.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { FileKind } from "../model/file-kind.js";
import type { Problem } from "../model/problem.js";

/** One file as validate left it: its own findings and what the cross-file rules read of it. */
export interface CachedCheck {
  /** A hash of the file's path and bytes (cacheKey). */
  key: string;
  kind?: FileKind;
  schemaValid: boolean;
  problems: Problem[];
  data?: unknown;
  fingerprint?: string;
}

export interface CheckCache {
  get(key: string): CachedCheck | undefined;
  put(entry: CachedCheck): void;
  /** Writes the cache file if anything was put (a temporary file renamed over it). Never throws. */
  save(): void;
}

/** The key of a file's content (a hash of its bytes) at a path: what an entry must match to be used. */
export function cacheKey(relative: string, contentHash: string): string {
  return createHash("sha1").update(relative).update("\u0000").update(contentHash).digest("base64url");
}

/** Where caches live: TTHC_CACHE_DIR, else $XDG_CACHE_HOME/tthc, else ~/.cache/tthc. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TTHC_CACHE_DIR) return env.TTHC_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "tthc");
}

/** Written by the build next to the compiled code (dist/code-id.txt): a hash of that code. */
const CODE_ID = new URL("../code-id.txt", import.meta.url);

function readBuildId(): string | undefined {
  try {
    return readFileSync(CODE_ID, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A cache folder not used for this long belongs to an old build, or to a catalogue long gone. */
const STALE_MS = 30 * 24 * 3600 * 1000;

interface CacheFile {
  version: 1;
  entries: Record<string, CachedCheck>;
}

/**
 * The cache of one catalogue folder (its real path), for the code that runs now: `codeId` is
 * the build's hash with the schema files' and Node's version (checkCodeId). Undefined when
 * there is no build id (running from source).
 */
export function openCheckCache(catalogueDir: string, codeId: string | undefined, root = cacheRoot()): CheckCache | undefined {
  if (codeId === undefined) return undefined;
  const folder = join(root, createHash("sha1").update(codeId).digest("hex").slice(0, 16));
  const file = join(folder, `${createHash("sha1").update(catalogueDir).digest("hex").slice(0, 24)}.bin`);
  let entries: Record<string, CachedCheck> = {};
  try {
    const read = deserialize(readFileSync(file)) as Partial<CacheFile>;
    if (read.version === 1 && read.entries !== null && typeof read.entries === "object") entries = read.entries;
  } catch {
    // no cache yet, or one that does not read: start empty
  }
  let changed = false;
  const used = new Set<string>();
  return {
    get(key) {
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (entry !== undefined) used.add(key);
      return entry;
    },
    put(entry) {
      entries[entry.key] = entry;
      used.add(entry.key);
      changed = true;
    },
    save() {
      if (!changed) return;
      // What this run did not read (an older content, a file gone) leaves the cache as it is written.
      for (const key of Object.keys(entries)) if (!used.has(key)) delete entries[key];
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, serialize({ version: 1, entries } satisfies CacheFile), { mode: 0o600 });
        renameSync(temporary, file);
        removeStale(root, folder);
      } catch {
        // a cache that cannot be written only costs time next run
      }
    },
  };
}

/** The code's side of the key: the build, the schema files it checks with, and Node. */
export function checkCodeId(schemaHash: string): string | undefined {
  const build = readBuildId();
  return build === undefined ? undefined : `${build}\u0000${schemaHash}\u0000${process.version}`;
}

/** tthc's own names: a build's folder, a catalogue's file (and its temporary). Nothing else is touched. */
const FOLDER_NAME = /^[0-9a-f]{16}$/;
const FILE_NAME = /^[0-9a-f]{24}\.bin(\.\d+\.tmp)?$/;

/** Old builds' folders and catalogues' files not written for STALE_MS; only names tthc gives. */
function removeStale(root: string, current: string): void {
  const now = Date.now();
  for (const name of readdirSync(root).filter((n) => FOLDER_NAME.test(n))) {
    const folder = join(root, name);
    try {
      if (folder !== current && now - statSync(folder).mtimeMs > STALE_MS) rmSync(folder, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
  for (const name of readdirSync(current).filter((n) => FILE_NAME.test(n))) {
    const file = join(current, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
    } catch {
      // idem
    }
  }
}
