import type { ReviewMark } from "../model/catalogue.js";
import { normalisePortalText } from "./normalise-portal-text.js";

/** Enough of the source for the reviewer to find the passage; the record itself has the rest. */
export const SNIPPET_MAX_LENGTH = 300;

/** A `can_ra_soat` entry: the element, the reason in Vietnamese, and a snippet of the source. */
export function reviewMark(element: string, reason: string, source?: string): ReviewMark {
  const mark: ReviewMark = { thanh_phan: element, ly_do: reason };
  const snippet = source === undefined ? "" : normalisePortalText(source);
  if (snippet !== "") {
    mark.van_ban_goc = snippet.length > SNIPPET_MAX_LENGTH ? `${snippet.slice(0, SNIPPET_MAX_LENGTH - 1).trimEnd()}…` : snippet;
  }
  return mark;
}
