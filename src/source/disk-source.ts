import { join, relative, sep } from "node:path";
import { UnreadableFile } from "../model/refusal.js";
import { NODE_SOURCE_FS, readCatalogueFile, unreadableFrom, type SourceFs } from "./read-catalogue-file.js";
import type { CatalogueSource } from "./source.js";

const YAML_NAME = /\.ya?ml$/i;

/**
 * Every .yaml file under `dir`, and every entry that cannot be read as one: a symbolic link
 * (to a file or a folder), a FIFO or device named .yaml, a folder that cannot be listed. Those
 * are listed with the reason, so that reading them gives a finding instead of a silent skip.
 */
async function walk(fs: SourceFs, dir: string, prefix: string, out: string[], refused: Map<string, UnreadableFile>): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    if (prefix === "") throw error;
    out.push(prefix);
    refused.set(prefix, unreadableFrom(error, true));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(fs, join(dir, entry.name), rel, out, refused);
    else if (entry.isSymbolicLink()) {
      out.push(rel);
      refused.set(rel, new UnreadableFile("symlink"));
    } else if (YAML_NAME.test(entry.name)) {
      out.push(rel);
      if (!entry.isFile()) refused.set(rel, new UnreadableFile("not-regular"));
    }
  }
}

/** The catalogue as it is on disk, in folder `dir` (absolute). */
export function diskSource(dir: string, cwd: string, label?: string, fs: SourceFs = NODE_SOURCE_FS): CatalogueSource {
  const shown = relative(cwd, dir).split(sep).join("/") || ".";
  const refused = new Map<string, UnreadableFile>();
  return {
    label: label ?? shown,
    displayPath: (rel) => (shown === "." ? rel : `${shown}/${rel}`),
    async list() {
      const out: string[] = [];
      refused.clear();
      await walk(fs, dir, "", out, refused);
      return out;
    },
    async read(rel) {
      const known = refused.get(rel);
      if (known) throw known;
      return readCatalogueFile(join(dir, ...rel.split("/")), fs);
    },
  };
}
