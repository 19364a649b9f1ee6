import { listEntriesAt, readFilesAt, showFileAt, streamFilesAt } from "../git/git.js";
import { MAX_FILE_BYTES } from "../parse/decode-text.js";
import { UnreadableFile } from "../model/refusal.js";
import type { CatalogueSource } from "./source.js";

/**
 * The catalogue as it was at a commit, read with git itself (ls-tree, then one cat-file process
 * for many files): no checkout, no temporary clone. `folder` is the catalogue folder relative to
 * the repository root. As on disk, a link or a submodule is a finding and not read, and a file
 * over the size limit is refused from the size git records, before its bytes are asked for.
 */
export function gitSource(repoRoot: string, commit: string, folder: string, label: string): CatalogueSource {
  const prefix = folder === "" || folder === "." ? "" : `${folder.replace(/\/$/, "")}/`;
  const refused = new Map<string, UnreadableFile>();
  const objects = new Map<string, string>();
  return {
    label,
    displayPath: (rel) => `${label}:${prefix}${rel}`,
    async list() {
      refused.clear();
      objects.clear();
      const entries = await listEntriesAt(repoRoot, commit, prefix === "" ? "" : prefix);
      const out: string[] = [];
      for (const entry of entries) {
        if (!entry.path.startsWith(prefix)) continue;
        const rel = entry.path.slice(prefix.length);
        // A dot-folder is not the catalogue's; a name with a line break cannot be asked of cat-file.
        if (rel.split("/").some((s) => s.startsWith(".")) || rel.includes("\n")) continue;
        const link = entry.mode === "120000" || entry.mode === "160000";
        if (!link && !/\.ya?ml$/i.test(rel)) continue;
        out.push(rel);
        if (entry.mode === "120000") refused.set(rel, new UnreadableFile("symlink"));
        else if (entry.mode === "160000") refused.set(rel, new UnreadableFile("not-regular", { folder: true }));
        else if ((entry.size ?? 0) > MAX_FILE_BYTES) refused.set(rel, new UnreadableFile("too-large", { size: entry.size }));
        else objects.set(rel, entry.object);
      }
      return out;
    },
    objectIds: () => objects,
    readEach(rels) {
      const asked = rels.filter((rel) => !refused.has(rel));
      const found = streamFilesAt(
        repoRoot,
        commit,
        asked.map((rel) => `${prefix}${rel}`),
      );
      const byRel = new Map(asked.map((rel, i) => [rel, found[i]!]));
      return rels.map((rel) => byRel.get(rel) ?? Promise.resolve(undefined));
    },
    read(rel) {
      const known = refused.get(rel);
      return known ? Promise.reject(known) : showFileAt(repoRoot, commit, `${prefix}${rel}`);
    },
    async readMany(rels) {
      // What is refused is left out: read() says why, file by file.
      const asked = rels.filter((rel) => !refused.has(rel));
      const found = await readFilesAt(
        repoRoot,
        commit,
        asked.map((rel) => `${prefix}${rel}`),
      );
      return new Map(asked.flatMap((rel) => (found.has(`${prefix}${rel}`) ? [[rel, found.get(`${prefix}${rel}`)!] as const] : [])));
    },
  };
}
