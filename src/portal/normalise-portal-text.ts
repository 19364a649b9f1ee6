// The national portal's text as the catalogue stores it. About one record in five mixes
// decomposed (NFD) and precomposed Vietnamese, and the portal pads its cells with no-break
// spaces, tabs and stray line breaks; none of that is content.

/** Spaces that are not U+0020: no-break, figure, narrow and zero-width ones, tabs, BOMs. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t\r\f\v]/gu;

/** "a)", "đ)", "(iii)", "ii)": a list item, even in small letters. */
const LIST_MARKER = /^(?:[a-zđ]\)|\(?[ivx]+\))/u;

/** NFC, every kind of space as one ordinary space, runs collapsed, ends trimmed. */
export function normalisePortalText(text: string): string {
  return text.normalize("NFC").replace(ODD_SPACES, " ").replace(/\s+/gu, " ").trim();
}

/**
 * The non-empty lines of a text, each normalised. A line that starts with a lower-case letter
 * continues the one before it: the portal keeps the line breaks of the PDF it was copied from,
 * which fall in the middle of sentences ("theo quy định tại khoản 5 Điều 20 …\ntiêu quốc gia").
 * A list item in small letters ("b) …", "(ii) …") starts a line of its own.
 */
export function portalLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.normalize("NFC").split(/\n/u)) {
    const line = normalisePortalText(raw);
    if (line === "") continue;
    if (lines.length > 0 && /^\p{Ll}/u.test(line) && !LIST_MARKER.test(line)) lines[lines.length - 1] += ` ${line}`;
    else lines.push(line);
  }
  return lines;
}
