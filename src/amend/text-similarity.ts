import { wordsOf } from "./normalise-text.js";

/**
 * How alike two texts are, from 0 (no word in common) to 1 (the same words): the Dice
 * coefficient over the multisets of their words. Word order is ignored, which is what we want
 * for telling "the same step, reworded" from "another step".
 */
export function textSimilarity(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}
