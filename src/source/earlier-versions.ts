// The versions a procedure had before the working tree's, read from the catalogue's git history:
// what `tthc post --date D` needs when the working tree holds a version that takes effect after D.
import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";
import { findRepositoryRoot, isShallowRepository, listCommitsChanging, showFilesAt } from "../git/git.js";
import type { Procedure } from "../model/catalogue.js";
import { parseYaml } from "../parse/parse-yaml.js";

/** Files read by one git process at a time. */
const BATCH = 64;

/** The earlier versions of each code asked for, newest first; undefined when the history cannot tell. */
export type VersionsByCode = Map<string, Procedure[] | undefined>;

function proceduresIn(data: unknown): Procedure[] {
  if (typeof data !== "object" || data === null) return [];
  const list = (data as { thu_tuc?: unknown }).thu_tuc;
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is Procedure => typeof item === "object" && item !== null && typeof (item as Procedure).ma === "string");
}

/**
 * Walks the history of the field files that hold the `wanted` codes now (paths relative to the
 * catalogue folder `catalogueDir`) newest first, reading each file in the commits that changed
 * it, and gathers the versions of the codes until `settled` says a version is old enough. A
 * procedure that moved from another field's file is followed no further than its move. A code
 * is undefined in the answer when the history could not be read (no git repository, no commit)
 * or was cut short (a shallow clone) before its question was settled.
 */
export async function readEarlierVersions(
  catalogueDir: string,
  wanted: { code: string; file: string }[],
  settled: (version: Procedure) => boolean,
): Promise<VersionsByCode> {
  const codes = wanted.map((w) => w.code);
  const answer: VersionsByCode = new Map(codes.map((code) => [code, undefined]));
  if (codes.length === 0) return answer;
  const dir = realpathSync(catalogueDir);
  // Without git (not installed, not a repository, no commit yet) the history cannot tell.
  const root = await findRepositoryRoot(dir).catch(() => undefined);
  if (root === undefined) return answer;
  const folder = relative(realpathSync(root), dir).split(sep).join("/");
  if (folder.startsWith("..")) return answer;
  const prefix = folder === "" ? "" : `${folder}/`;
  // Only the files that hold the codes now: a field file's history is short, the catalogue's long.
  const files = [...new Set(wanted.map((w) => `${prefix}${w.file}`))];

  const found = new Map<string, Procedure[]>(codes.map((code) => [code, []]));
  const open = new Set(codes);
  // Read in batches, newest first, so that a question settled early stops the walk.
  const commits = await listCommitsChanging(root, files);
  if (commits === undefined) return answer;
  const specs = commits.flatMap(({ commit, paths }) => paths.filter((p) => files.includes(p)).map((path) => `${commit}:${path}`));
  for (let start = 0; start < specs.length && open.size > 0; start += BATCH) {
    for (const bytes of await showFilesAt(root, specs.slice(start, start + BATCH))) {
      if (bytes === undefined) continue; // deleted in that commit
      for (const version of proceduresIn(parseYaml(Buffer.from(bytes).toString("utf8")).data)) {
        if (!open.has(version.ma)) continue;
        found.get(version.ma)!.push(version);
        if (settled(version)) open.delete(version.ma);
      }
    }
  }
  // A shallow clone's oldest commit is not the beginning: what it could not settle stays unknown.
  const cut = open.size > 0 && (await isShallowRepository(root));
  for (const code of codes) answer.set(code, cut && open.has(code) ? undefined : found.get(code));
  return answer;
}
