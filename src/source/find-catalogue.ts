import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

function hasManifest(dir: string): boolean {
  return existsSync(join(dir, "tthc.yaml"));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export type FoundCatalogue = { ok: true; dir: string } | { ok: false; reason: "no-folder" | "no-manifest" | "not-found"; dir?: string };

/**
 * Where the catalogue is: `--catalogue DIR`, else ./catalogue if it has a tthc.yaml, else the
 * nearest parent folder holding catalogue/tthc.yaml (docs/format.md). A DIR that holds
 * catalogue/tthc.yaml rather than tthc.yaml itself is accepted too.
 */
export function findCatalogue(cwd: string, option?: string): FoundCatalogue {
  if (option !== undefined) {
    const dir = resolve(cwd, option);
    if (!isDirectory(dir)) return { ok: false, reason: "no-folder", dir };
    if (hasManifest(dir)) return { ok: true, dir };
    if (hasManifest(join(dir, "catalogue"))) return { ok: true, dir: join(dir, "catalogue") };
    return { ok: false, reason: "no-manifest", dir };
  }
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (hasManifest(join(dir, "catalogue"))) return { ok: true, dir: join(dir, "catalogue") };
    if (dirname(dir) === dir) return { ok: false, reason: "not-found" };
  }
}

/** A REV that names a folder: the catalogue folder itself or a folder holding catalogue/. */
export function catalogueFolderOf(cwd: string, rev: string): string | undefined {
  const dir = resolve(cwd, rev);
  if (!isDirectory(dir)) return undefined;
  if (hasManifest(dir)) return dir;
  if (hasManifest(join(dir, "catalogue"))) return join(dir, "catalogue");
  return undefined;
}

export { isDirectory };
