import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { fileKindOf, SCHEMA_FILE, type FileKind } from "../model/file-kind.js";

/** One file to format: where it is, how to show it, what kind of catalogue file it is. */
export interface FormatTarget {
  path: string;
  /** Relative to the current folder, forward slashes. */
  display: string;
  kind?: FileKind;
  /**
   * Its schema, for a missing `$schema` line or one that points nowhere: in the style the
   * catalogue's other files use, else a schemas/ folder above it, else the installed package's;
   * absent when no schema can be found (no line is added then).
   */
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

const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/;
const SCHEMA_NAMES = new Set(Object.values(SCHEMA_FILE));
const isAddress = (ref: string) => /^https?:\/\//i.test(ref);

/** Where a relative or file: reference points from `file`. */
function targetOf(file: string, ref: string): string {
  return ref.startsWith("file://") ? fileURLToPath(ref) : resolve(dirname(file), ref);
}

/** Whether a `$schema=` reference works from `file`: a web address, or a path to a file that exists. */
export function schemaRefWorks(file: string, ref: string): boolean {
  if (isAddress(ref)) return true;
  try {
    return existsSync(targetOf(file, ref));
  } catch {
    return false;
  }
}

/**
 * The `$schema=` reference of a file's leading comments, if it has one. Only a regular file is
 * opened: a FIFO would block the read for ever, and a link is not the catalogue's own file.
 */
function schemaLineOf(file: string): string | undefined {
  let head: string;
  try {
    if (!lstatSync(file).isFile()) return undefined;
    const fd = openSync(file, "r");
    try {
      const buffer = Buffer.alloc(4096);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  for (const line of head.replace(/^\ufeff/, "").split(/\r?\n/)) {
    const found = SCHEMA_LINE.exec(line.trim());
    if (found) return found[1];
    if (line.trim() !== "" && !line.trim().startsWith("#")) return undefined;
  }
  return undefined;
}

/**
 * The schemas folder (or web address) the catalogue's files already point at with a working
 * line: the repository's own choice, which a new line follows.
 */
const styleCache = new Map<string, { folder: string } | { address: string } | undefined>();
function catalogueStyleOf(root: string): { folder: string } | { address: string } | undefined {
  if (styleCache.has(root)) return styleCache.get(root);
  let style: { folder: string } | { address: string } | undefined;
  let files: string[];
  try {
    files = listYamlFiles(root);
  } catch {
    files = []; // an unreadable catalogue folder: said by the reader, no style to follow
  }
  for (const file of files) {
    const ref = schemaLineOf(file);
    if (ref === undefined || !SCHEMA_NAMES.has(basename(ref.replace(/[?#].*$/, ""))) || !schemaRefWorks(file, ref)) continue;
    style = isAddress(ref) ? { address: ref.slice(0, ref.lastIndexOf("/") + 1) } : { folder: dirname(targetOf(file, ref)) };
    break;
  }
  styleCache.set(root, style);
  return style;
}

/** The nearest `below/name` in `dir` or a folder above it. */
function findAbove(dir: string, below: string, name: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, below, name);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * Where a file's schema is, for a line that is missing or points nowhere: where the catalogue's
 * other files point (a folder or a web address), else the nearest schemas/<kind>.schema.json
 * above it (the repository's copy, as `tthc init` makes it), else the installed package's
 * (node_modules/tthc/schemas/). Undefined when none exists: a line to nowhere helps nobody.
 */
function schemaRefOf(file: string, root: string, kind: FileKind): string | undefined {
  const name = SCHEMA_FILE[kind];
  const style = catalogueStyleOf(root);
  if (style && "address" in style) return `${style.address}${name}`;
  const found =
    (style && existsSync(join(style.folder, name)) ? join(style.folder, name) : undefined) ??
    findAbove(dirname(file), "schemas", name) ??
    findAbove(dirname(file), join("node_modules", "tthc", "schemas"), name);
  return found === undefined ? undefined : slashes(relative(dirname(file), found));
}

/** A file with its kind decided by where it stands in its catalogue. */
export function describeTarget(file: string, cwd: string): FormatTarget {
  const display = slashes(relative(cwd, file)) || file;
  const root = catalogueRootOf(dirname(file));
  if (!root) return { path: file, display };
  const kind = fileKindOf(slashes(relative(root, file)));
  if (!kind) return { path: file, display };
  const schemaRef = schemaRefOf(file, root, kind);
  return schemaRef === undefined ? { path: file, display, kind } : { path: file, display, kind, schemaRef };
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
