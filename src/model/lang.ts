export type Lang = "vi" | "en";

/** A message in both languages; Vietnamese is the default for people. */
export interface Text {
  vi: string;
  en: string;
}

export function pick(lang: Lang, text: Text): string {
  return lang === "en" ? text.en : text.vi;
}
