import { findRepositoryRoot, readCommitDate, resolveCommit } from "../git/git.js";
import { catalogueFolderOf } from "./find-catalogue.js";

/**
 * The committer date (ISO 8601) of a revision: of `rev`, or of the current commit when `rev` is
 * undefined or names a folder. Undefined outside git or in a repository without commits, so a
 * generated document can fall back to another date.
 */
export async function readRevisionDate(cwd: string, rev: string | undefined): Promise<string | undefined> {
  try {
    const root = await findRepositoryRoot(cwd);
    if (root === undefined) return undefined;
    const named = rev === undefined || catalogueFolderOf(cwd, rev) !== undefined ? "HEAD" : rev;
    const date = await readCommitDate(root, await resolveCommit(root, named));
    return date === "" ? undefined : date;
  } catch {
    return undefined;
  }
}
