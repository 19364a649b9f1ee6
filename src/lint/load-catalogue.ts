import type { Catalogue } from "../model/catalogue.js";
import type { ParsedFile } from "../model/parsed-file.js";
import { UnreadableCatalogue } from "../model/refusal.js";
import { BLOCKING_RULES, ruleInfo } from "../rules/registry.js";
import { objectIdsOf, readAhead } from "../source/file-identity.js";
import { openSource, type CatalogueLocation, type OpenedSource } from "../source/open-source.js";
import type { CatalogueSource } from "../source/source.js";
import { assembleCatalogue } from "./assemble-catalogue.js";
import { checkFiles } from "./check-files.js";
import { byParseOrder, parseFiles, restoreTexts } from "./parse-files.js";
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
  return {
    catalogue: await checkAndAssemble(opened, files),
    files,
    dir: opened.dir,
    displayPath: (relative) => opened.source.displayPath(relative),
  };
}

/** The two versions that diff and effects compare. */
export interface CataloguePair {
  base: Catalogue;
  head: Catalogue;
}

/**
 * BASE and HEAD as two loadCatalogue calls would give them, with the same refusals in the same
 * order (BASE's first), but cheaper where they share files: a file with the same bytes in both
 * (git's object id, or its hash for a folder) is parsed and checked once and the same parsed
 * file stands in both, so comparing it finds nothing; git reads both versions at once, each
 * file parsed as soon as git has given it.
 */
export async function loadCataloguePair(location: CatalogueLocation, baseRev: string, headRev?: string): Promise<CataloguePair> {
  // Both at once (git's look-ups overlap); BASE's refusal is said first, as it always was.
  const [baseOpen, headOpen] = await Promise.allSettled([openSource(location, baseRev), openSource(location, headRev)]);
  if (baseOpen.status === "rejected") throw baseOpen.reason;
  if (headOpen.status === "rejected") {
    // A BASE that cannot be read is said before a HEAD that cannot be found.
    await loadCatalogue(location, baseRev);
    throw headOpen.reason;
  }
  const baseOpened = baseOpen.value;
  const headOpened = headOpen.value;
  const baseList = await baseOpened.source.list();
  const headList = await headOpened.source.list();
  // Sharing is only a saving: what cannot be told the same is parsed on both sides, as before.
  const baseIds = await objectIdsOf(baseOpened.source, baseList).catch(() => new Map<string, string>());
  // Git reads BASE while HEAD's files are told apart, in the order they are parsed in (git
  // gives them in the order asked).
  const baseSource = readAhead(baseOpened.source, [...baseList].sort(byParseOrder));
  // A file git already knows to differ from BASE in the working tree is not hashed.
  const differs = headOpened.kind === "worktree" && baseOpened.mayDiffer ? await baseOpened.mayDiffer().catch(() => undefined) : undefined;
  const candidates = headList.filter((rel) => baseIds.has(rel) && differs?.has(rel) !== true);
  const headIds = await objectIdsOf(headOpened.source, candidates).catch(() => new Map<string, string>());
  const shared = new Set(candidates.filter((rel) => baseIds.get(rel) === headIds.get(rel)));
  const headOnly = headList.filter((rel) => !shared.has(rel));
  const headSource = readAhead(headOpened.source, [...headOnly].sort(byParseOrder));

  const baseFiles = await parseInTurn(baseSource, baseList);
  const base = await checkAndAssemble(baseOpened, baseFiles);
  const parsed = await parseInTurn(headSource, headOnly);
  const baseByPath = new Map(baseFiles.filter((file) => shared.has(file.relative)).map((file) => [file.relative, file]));
  const parsedByPath = new Map(parsed.map((file) => [file.relative, file]));
  // In the order parseFiles gives: the order of the catalogue's kinds, then by name.
  const headFiles = [...headList].sort(byParseOrder).map((rel) => baseByPath.get(rel) ?? parsedByPath.get(rel)!);
  return { base, head: await checkAndAssemble(headOpened, headFiles) };
}

/** Files parsed a few at a time, while the next ones are read. */
const PARSE_IN_TURN = 4;

/**
 * parseFiles over `relatives`, with their texts dropped once parsed (two catalogues' texts
 * weigh as much as their data; they are read again only to position a finding), a few files at
 * a time in parseFiles's order, so that parsing them overlaps reading the next (readAhead).
 */
async function parseInTurn(source: CatalogueSource, relatives: readonly string[]): Promise<ParsedFile[]> {
  const sorted = [...relatives].sort(byParseOrder);
  const files: ParsedFile[] = [];
  for (let i = 0; i < sorted.length; i += PARSE_IN_TURN) {
    files.push(...(await parseFiles(source, sorted.slice(i, i + PARSE_IN_TURN), { dropText: true })));
  }
  return files;
}

/**
 * The blocking checks of loadCatalogueWithFiles (a file shared with BASE is not checked again).
 * A file whose text was dropped is read again if a finding stands in it.
 */
async function checkAndAssemble(opened: OpenedSource, files: ParsedFile[]): Promise<Catalogue> {
  const problems = checkFiles(files, { rules: BLOCKING_RULES }).filter((problem) => {
    const info = ruleInfo(problem.rule);
    return info?.blocksReading === true && (problem.severity ?? info.severity) === "error";
  });
  if (problems.length > 0) {
    const revision = opened.kind === "git" ? opened.source.label : undefined;
    await restoreTexts(opened.source, files, problems);
    throw new UnreadableCatalogue(revision, (lang) => positionProblems(problems, files, (rel) => opened.source.displayPath(rel), lang));
  }
  return assembleCatalogue(opened.kind === "worktree" ? "working tree" : opened.source.label, files);
}
