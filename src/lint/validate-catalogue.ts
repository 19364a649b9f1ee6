// The whole of `tthc validate`'s job, apart from reading flags and printing: check the working
// catalogue, narrow what is reported to the PATHS asked for and to what changed since a base
// revision (with the phien_ban bumps checked against it), and count what is left.
import { existsSync, realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Lang } from "../model/lang.js";
import type { ParsedFile } from "../model/parsed-file.js";
import type { Diagnostic, JsonPath } from "../model/problem.js";
import { sameFile } from "../model/parsed-file.js";
import { Refusal } from "../model/refusal.js";
import { installedSchemas } from "../schema/compile-schemas.js";
import { checkCodeId, openCheckCache, type CheckCache } from "../source/check-cache.js";
import { diskSource } from "../source/disk-source.js";
import { findWorkingCatalogue, openSource, type CatalogueLocation } from "../source/open-source.js";
import { checkCatalogue } from "./check-catalogue.js";
import { checkFiles } from "./check-files.js";
import { parseFiles } from "./parse-files.js";

export interface ValidateRequest extends CatalogueLocation {
  lang: Lang;
  /** PATHS: report only these files or folders (cross-file rules still see the whole catalogue). */
  paths?: string[];
  /** --changed-since REV: report only what changed since REV, and check the phien_ban bumps. */
  changedSince?: string;
  /** Where the check cache lives (source/check-cache.ts); none with --no-cache. */
  cacheDir?: string;
  /** The code's id for the cache: the build's (dist/code-id.txt) unless given (tests run the sources). */
  cacheCodeId?: string;
}

export interface ValidateResult {
  /** How the catalogue is named (its folder as given). */
  catalogue: string;
  /** Display paths of the files reported on. */
  files: string[];
  procedures: number;
  diagnostics: Diagnostic[];
}

/** PATHS → catalogue-relative paths; a path outside the catalogue is the user's mistake. */
function selectPaths(cwd: string, dir: string, paths: string[]): Set<string> | undefined {
  if (paths.length === 0) return undefined;
  const root = realpathSync(dir);
  const selected = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs))
      throw new Refusal({ vi: `Không có tệp "${p}". Kiểm tra lại đường dẫn.`, en: `There is no file "${p}". Check the path.` });
    const rel = relative(root, realpathSync(abs)).split(sep).join("/");
    if (rel.startsWith("..")) {
      throw new Refusal({
        vi: `Tệp "${p}" không nằm trong danh mục ${relative(cwd, dir) || "."}. Chỉ kiểm tra được tệp của danh mục.`,
        en: `"${p}" is not inside the catalogue ${relative(cwd, dir) || "."}.`,
      });
    }
    selected.add(rel);
  }
  return selected;
}

function problemKey(file: string, rule: string, path: JsonPath): string {
  return `${file}\u0000${rule}\u0000${JSON.stringify(path)}`;
}

/** A display path back to catalogue-relative ("catalogue/linh-vuc/a.yaml" → "linh-vuc/a.yaml"). */
function relativeOf(prefix: string, display: string): string {
  return prefix !== "" && display.startsWith(prefix) ? display.slice(prefix.length) : display;
}

function inSelection(selected: Set<string>, rel: string): boolean {
  for (const s of selected) if (s === "" || s === rel || rel.startsWith(`${s}/`)) return true;
  return false;
}

/** The base of --changed-since, opened, and its files that git says the work tree has unchanged. */
async function openBase(request: ValidateRequest, rev: string) {
  const opened = await openSource(request, rev);
  const listed = await opened.source.list();
  const mayDiffer = opened.mayDiffer ? await opened.mayDiffer() : undefined;
  // A folder has no git to ask: each of its files is read and compared.
  const unchanged = new Set(mayDiffer ? listed.filter((rel) => !mayDiffer.has(rel)) : []);
  return { source: opened.source, listed, unchanged };
}

/**
 * The catalogue at the base revision, for --changed-since, without checking it again: a file
 * that git (or a byte comparison, for a folder) finds unchanged is the working file itself, so
 * only the changed files are read, parsed and checked on their own; the cross-file rules
 * then run over the whole base. Same findings as a full check of the base, at a fraction of it.
 */
async function readBase(base: Awaited<ReturnType<typeof openBase>>, working: ParsedFile[], cache: CheckCache | undefined) {
  const workingBy = new Map(working.map((f) => [f.relative, f]));
  const toRead = base.listed.filter((rel) => !base.unchanged.has(rel) || !workingBy.has(rel));
  const read = new Map(
    (await parseFiles(base.source, toRead, { dropText: true, fingerprint: true, check: true, cache })).map((f) => [f.relative, f]),
  );
  const files = base.listed.map((rel) => {
    const before = read.get(rel);
    const now = workingBy.get(rel);
    if (before === undefined) return now!;
    return now !== undefined && sameFile(before, now) ? now : before;
  });
  return { files, byPath: new Map(files.map((f) => [f.relative, f])) };
}

/**
 * Checks the working catalogue and returns what to report. With --changed-since, a file is
 * reported when it differs from the base (line endings aside), and so is any problem that the
 * base did not have, wherever it stands (a deleted document still cited elsewhere). A file git
 * finds unchanged is still checked on its own: a schema finding that a cross-file finding on the
 * same value stood in for in the base comes back when a change elsewhere takes the latter away.
 */
export async function validateCatalogue(request: ValidateRequest): Promise<ValidateResult> {
  const dir = findWorkingCatalogue(request);
  const source = diskSource(dir, request.cwd);
  const selected = selectPaths(request.cwd, dir, request.paths ?? []);
  const changedSince = request.changedSince;
  const opened = changedSince === undefined ? undefined : await openBase(request, changedSince);
  const cache =
    request.cacheDir === undefined
      ? undefined
      : openCheckCache(realpathSync(dir), request.cacheCodeId ?? checkCodeId(installedSchemas().hash), request.cacheDir);
  const working = await parseFiles(source, undefined, {
    dropText: true,
    fingerprint: changedSince !== undefined,
    check: true,
    cache,
  });

  const baseRead = opened === undefined ? undefined : await readBase(opened, working, cache);
  cache?.save();
  const base = baseRead?.byPath;
  const result = await checkCatalogue(source, request.lang, base, working);
  let known: Set<string> | undefined;
  if (baseRead) {
    // What the base already had: a problem that is new is the change's, wherever it stands.
    // Unchanged files carry their own findings from the check above.
    const problems = checkFiles(baseRead.files);
    known = new Set(problems.map((f) => problemKey(source.displayPath(f.file), f.rule, f.path)));
  }

  let reported = result.files;
  if (base) {
    const before = base;
    reported = reported.filter((f) => !before.has(f.relative) || !sameFile(before.get(f.relative)!, f));
  }
  if (selected) reported = reported.filter((f) => inSelection(selected, f.relative));
  const shown = new Set(reported.map((f) => source.displayPath(f.relative)));
  const allShown = !base && !selected;
  const diagnostics = allShown
    ? result.diagnostics
    : result.diagnostics.filter(
        (d) =>
          shown.has(d.file) ||
          (known !== undefined &&
            !known.has(problemKey(d.file, d.rule, d.path)) &&
            (!selected || inSelection(selected, relativeOf(source.displayPath(""), d.file)))),
      );
  const listed = new Set([...shown, ...diagnostics.map((d) => d.file)]);
  return {
    catalogue: source.label,
    files: allShown ? result.files.map((f) => source.displayPath(f.relative)) : [...listed],
    procedures: result.procedures,
    diagnostics,
  };
}

/** Exit 1 for errors, for warnings with --fail-on warning, or for more warnings than --max-warnings. */
export function validateExitCode(
  counts: { errors: number; warnings: number },
  options: { failOn?: "error" | "warning"; maxWarnings?: number },
): 0 | 1 {
  if (counts.errors > 0) return 1;
  if (options.failOn === "warning" && counts.warnings > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) return 1;
  return 0;
}
