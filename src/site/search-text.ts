import { foldText } from "../words/fold-text.js";

/**
 * Text as the site's search compares it: folded as tthc browse folds it (no diacritics, đ → d,
 * lower case, one space between words), and every run of characters that is not a letter, a
 * digit or "." made one space, so "cha, mẹ, con" is the words "cha me con" and a code keeps its
 * dot. The client (assets/search.js) folds what people type with the same steps; a test holds
 * the two equal on every string.
 */
export function searchText(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim();
}
