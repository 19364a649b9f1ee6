/**
 * Text as the diff compares it: Unicode NFC (a decomposed "Đăng ký" typed on another keyboard
 * is the same words), lower case, runs of white space as one space, no trailing full stop or
 * semicolon. Only for matching: the reported values keep their case and punctuation.
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/[.;:,]+$/u, "")
    .trim();
}

/** The words of a normalised text, split on white space only (never inside a letter). */
export function wordsOf(text: string): string[] {
  const normal = normaliseText(text);
  return normal === "" ? [] : normal.split(" ");
}
