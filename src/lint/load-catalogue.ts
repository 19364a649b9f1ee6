import type { Catalogue } from "../model/catalogue.js";
import type { ParsedFile } from "../model/parsed-file.js";
import { UnreadableCatalogue } from "../model/refusal.js";
import { BLOCKING_RULES, ruleInfo } from "../rules/registry.js";
import { openSource, type CatalogueLocation } from "../source/open-source.js";
import { assembleCatalogue } from "./assemble-catalogue.js";
import { checkFiles } from "./check-files.js";
import { parseFiles } from "./parse-files.js";
import { positionProblems } from "./position-problems.js";

/**
 * The catalogue for commands other than validate: the working tree (rev undefined), a folder or
 * a git revision. The engine runs the checks that decide whether it can be read at all (parse,
 * schema, the rules that block reading); any error of theirs throws UnreadableCatalogue, while
 * the other rules' findings are validate's business and do not stop a computation.
 */
export async function loadCatalogue(location: CatalogueLocation, rev?: string): Promise<Catalogue> {
  return (await loadCatalogueWithFiles(location, rev)).catalogue;
}

/** A loaded catalogue with what it was read from. */
export interface LoadedCatalogue {
  catalogue: Catalogue;
  /** Its files as parsed, with their text (for positions and for adding to them). */
  files: ParsedFile[];
  /** The folder on disk, for a working tree or a folder (undefined for a git revision). */
  dir?: string;
  /** How a file is shown in messages (relative to the current folder, or "REV:path"). */
  displayPath: (relative: string) => string;
}

/** `loadCatalogue`, keeping the parsed files: for commands that position findings or add to files. */
export async function loadCatalogueWithFiles(location: CatalogueLocation, rev?: string): Promise<LoadedCatalogue> {
  const opened = await openSource(location, rev);
  const files = await parseFiles(opened.source);
  const problems = checkFiles(files, { rules: BLOCKING_RULES }).filter((problem) => {
    const info = ruleInfo(problem.rule);
    return info?.blocksReading === true && (problem.severity ?? info.severity) === "error";
  });
  if (problems.length > 0) {
    const revision = opened.kind === "git" ? opened.source.label : undefined;
    throw new UnreadableCatalogue(revision, (lang) => positionProblems(problems, files, (rel) => opened.source.displayPath(rel), lang));
  }
  return {
    catalogue: assembleCatalogue(opened.kind === "worktree" ? "working tree" : opened.source.label, files),
    files,
    dir: opened.dir,
    displayPath: (relative) => opened.source.displayPath(relative),
  };
}
