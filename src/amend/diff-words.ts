import { diffWordsWithSpace } from "diff";

export interface WordPart {
  kind: "same" | "removed" | "inserted";
  text: string;
}

/**
 * Two texts word by word, white space kept, for a redline. Both are put in NFC first: in NFD
 * "ký" is "ky" plus a combining accent, and the differ would split the word inside its letters.
 */
export function diffWords(before: string, after: string): WordPart[] {
  return diffWordsWithSpace(before.normalize("NFC"), after.normalize("NFC")).map((part) => ({
    kind: part.added ? "inserted" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}
