import type { CatalogueDiff } from "./catalogue-diff.js";

/** Whether HEAD differs from BASE at all (what --exit-code tests): a move counts, too. */
export function hasDifferences(diff: CatalogueDiff): boolean {
  return diff.added.length + diff.amended.length + diff.replaced.length + diff.abolished.length + diff.moved.length > 0;
}
