import { foldText } from "../words/fold-text.js";

/** Long enough to read, short enough for a file name or an id someone types. */
export const SLUG_MAX_LENGTH = 60;

/**
 * ASCII kebab-case of a Vietnamese name: "Hộ tịch" → "ho-tich", "Sở Tư pháp" → "so-tu-phap".
 * A long name is cut at a word boundary so file names and ids stay usable; the same name always
 * gives the same slug. Empty when the name has no letter or digit at all.
 */
export function asciiSlug(name: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = foldText(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/g, "");
}

/**
 * Slugs for a set of names, distinct for distinct names: names that fold to the same slug
 * ("Thi đua – Khen thưởng", "Thi đua khen thưởng") get "-2", "-3" in the code-unit order of the
 * names, so the result depends on the set only, never on the order records came in. `taken`
 * holds slugs already used by something else (an existing catalogue's ids).
 */
export function assignSlugs(names: Iterable<string>, fallback: string, taken: ReadonlySet<string> = new Set()): Map<string, string> {
  const unique = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const used = new Set(taken);
  const out = new Map<string, string>();
  for (const name of unique) {
    const base = asciiSlug(name) || fallback;
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}
