import { existsSync, lstatSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileKindOf, SCHEMA_FILE, type FileKind } from "../model/file-kind.js";

/** One file to format: where it is, how to show it, what kind of catalogue file it is. */
export interface FormatTarget {
  path: string;
  /** Relative to the current folder, forward slashes. */
  display: string;
  kind?: FileKind;
  /** Path to its schema, relative to the file's folder, for a missing `$schema` line. */
  schemaRef?: string;
}

const slashes = (p: string) => p.split(sep).join("/");

/**
 * Every .yaml file under a folder, skipping dot-folders (.git), sorted. A link or a special
 * file (FIFO, device) named .yaml is listed too, so that the reader refuses it aloud.
 */
export function listYamlFiles(dir: string, unreadable: string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (error) {
      // A folder that cannot be listed (EACCES) is said, not skipped and not a crash.
      unreadable.push(d);
      if (d === dir) throw error;
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** The nearest folder at or above `dir` holding tthc.yaml: the catalogue the file belongs to. */
function catalogueRootOf(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "tthc.yaml"))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * Where a file's schema is: the nearest schemas/<kind>.schema.json above it (the repository's
 * copy), else where the format expects it, schemas/ beside the catalogue folder.
 */
function schemaRefOf(file: string, root: string, kind: FileKind): string {
  const name = SCHEMA_FILE[kind];
  let found: string | undefined;
  for (let d = dirname(file); ; d = dirname(d)) {
    const candidate = join(d, "schemas", name);
    if (existsSync(candidate)) {
      found = candidate;
      break;
    }
    if (dirname(d) === d) break;
  }
  return slashes(relative(dirname(file), found ?? join(root, "..", "schemas", name)));
}

/** A file with its kind decided by where it stands in its catalogue. */
export function describeTarget(file: string, cwd: string): FormatTarget {
  const display = slashes(relative(cwd, file)) || file;
  const root = catalogueRootOf(dirname(file));
  if (!root) return { path: file, display };
  const kind = fileKindOf(slashes(relative(root, file)));
  if (!kind) return { path: file, display };
  return { path: file, display, kind, schemaRef: schemaRefOf(file, root, kind) };
}

/**
 * The files named on the command line (files, or folders searched for .yaml files), or every
 * .yaml file of the catalogue folder. A path that does not exist is returned in `missing`, a
 * folder inside that cannot be listed in `unreadable` (relative to the current folder).
 */
export function findFormatTargets(
  cwd: string,
  paths: string[],
  catalogueDir: () => string,
): { targets: FormatTarget[]; missing: string[]; unreadable: string[] } {
  const missing: string[] = [];
  const unreadable: string[] = [];
  const files: string[] = [];
  if (paths.length === 0) files.push(...listYamlFiles(catalogueDir(), unreadable));
  for (const p of paths) {
    const full = resolve(cwd, p);
    let isDir: boolean;
    try {
      // A link named on the command line is not followed: formatting it would copy its target.
      isDir = lstatSync(full).isDirectory();
    } catch {
      missing.push(p);
      continue;
    }
    if (isDir) files.push(...listYamlFiles(full, unreadable));
    else files.push(full);
  }
  const unique = [...new Set(files)];
  return { targets: unique.map((f) => describeTarget(f, cwd)), missing, unreadable: unreadable.map((d) => slashes(relative(cwd, d)) || d) };
}
