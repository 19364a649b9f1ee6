/**
 * Text as a search compares it: lower case, no diacritics (NFD, combining marks U+0300–U+036F
 * removed, đ/Đ → d), runs of spaces as one. So "dang ky khai sinh" and "Đăng ký khai sinh" fold
 * to the same text, and people may type with or without a Vietnamese keyboard.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
