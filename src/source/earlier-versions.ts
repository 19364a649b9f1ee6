// The versions a procedure had before the working tree's, read from the catalogue's git history:
// what `tthc post --date D` needs when the working tree holds a version that takes effect after D.
import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";
import { findRepositoryRoot, isShallowRepository, listCommitsChanging, showFileAt } from "../git/git.js";
import type { Procedure } from "../model/catalogue.js";
import { parseYaml } from "../parse/parse-yaml.js";

/** The earlier versions of each code asked for, newest first; undefined when the history cannot tell. */
export type VersionsByCode = Map<string, Procedure[] | undefined>;

function proceduresIn(data: unknown): Procedure[] {
  if (typeof data !== "object" || data === null) return [];
  const list = (data as { thu_tuc?: unknown }).thu_tuc;
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is Procedure => typeof item === "object" && item !== null && typeof (item as Procedure).ma === "string");
}

/**
 * Walks the history of the catalogue folder `catalogueDir` newest first, reading each field file
 * in the commits that changed it, and gathers the versions of `codes` until `settled` says a
 * version is old enough. A code is undefined in the answer when the history could not be read
 * (no git repository) or was cut short (a shallow clone) before its question was settled.
 */
export async function readEarlierVersions(
  catalogueDir: string,
  codes: string[],
  settled: (version: Procedure) => boolean,
): Promise<VersionsByCode> {
  const answer: VersionsByCode = new Map(codes.map((code) => [code, undefined]));
  if (codes.length === 0) return answer;
  const dir = realpathSync(catalogueDir);
  const root = await findRepositoryRoot(dir);
  if (root === undefined) return answer;
  const folder = relative(realpathSync(root), dir).split(sep).join("/");
  if (folder.startsWith("..")) return answer;
  const fields = `${folder === "" ? "" : `${folder}/`}linh-vuc/`;

  const found = new Map<string, Procedure[]>(codes.map((code) => [code, []]));
  const open = new Set(codes);
  for (const { commit, paths } of await listCommitsChanging(root, fields)) {
    if (open.size === 0) break;
    for (const path of paths.filter((p) => p.startsWith(fields) && /\.ya?ml$/i.test(p))) {
      let text: string;
      try {
        text = Buffer.from(await showFileAt(root, commit, path)).toString("utf8");
      } catch {
        continue; // deleted in this commit
      }
      for (const version of proceduresIn(parseYaml(text).data)) {
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
