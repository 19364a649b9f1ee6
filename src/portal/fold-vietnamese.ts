// Matching without diacritics or case: "Hộ tịch", "ho tich" and "HỘ TỊCH" are the same field,
// the way people type on a keyboard without a Vietnamese input method.

/** Lower-case ASCII letters and digits of a text, diacritics dropped (đ → d), spaces collapsed. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}
