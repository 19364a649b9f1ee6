import type { Catalogue } from "../model/catalogue.js";
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
  return assembleCatalogue(opened.kind === "worktree" ? "working tree" : opened.source.label, files);
}
