import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { CatalogueSource } from "./source.js";

async function walk(dir: string, prefix: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(join(dir, entry.name), rel, out);
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(rel);
  }
}

/** The catalogue as it is on disk, in folder `dir` (absolute). */
export function diskSource(dir: string, cwd: string, label?: string): CatalogueSource {
  const shown = relative(cwd, dir).split(sep).join("/") || ".";
  return {
    label: label ?? shown,
    displayPath: (rel) => (shown === "." ? rel : `${shown}/${rel}`),
    async list() {
      const out: string[] = [];
      await walk(dir, "", out);
      return out;
    },
    async read(rel) {
      return readFile(join(dir, ...rel.split("/")));
    },
  };
}
