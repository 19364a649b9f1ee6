import { listFilesAt, readFilesAt, showFileAt } from "../git/git.js";
import type { CatalogueSource } from "./source.js";

/**
 * The catalogue as it was at a commit, read with git itself (ls-tree, then one cat-file
 * process for many files): no checkout, no temporary clone. `folder` is the catalogue folder relative to the repository root.
 */
export function gitSource(repoRoot: string, commit: string, folder: string, label: string): CatalogueSource {
  const prefix = folder === "" || folder === "." ? "" : `${folder.replace(/\/$/, "")}/`;
  return {
    label,
    displayPath: (rel) => `${label}:${prefix}${rel}`,
    async list() {
      const paths = await listFilesAt(repoRoot, commit, prefix === "" ? "" : prefix);
      return paths
        .filter((p) => p.startsWith(prefix) && /\.ya?ml$/i.test(p))
        .map((p) => p.slice(prefix.length))
        .filter((p) => !p.split("/").some((s) => s.startsWith(".")) && !p.includes("\n"));
    },
    read: (rel) => showFileAt(repoRoot, commit, `${prefix}${rel}`),
    async readMany(rels) {
      const found = await readFilesAt(
        repoRoot,
        commit,
        rels.map((rel) => `${prefix}${rel}`),
      );
      return new Map(rels.flatMap((rel) => (found.has(`${prefix}${rel}`) ? [[rel, found.get(`${prefix}${rel}`)!] as const] : [])));
    },
  };
}
