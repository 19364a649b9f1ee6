import type { Applicant } from "../model/catalogue.js";
import { foldText } from "../words/fold-text.js";
import { normalisePortalText } from "./normalise-portal-text.js";

export interface ParsedSubjects {
  applicants: Applicant[];
  /** Categories the format's list cannot hold without a guess, as published. */
  unknown: string[];
}

/**
 * The portal's categories of `doi_tuong_thuc_hien` (a fixed list on its side) and the format's
 * value for each. Two are left out on purpose: "Người Việt Nam định cư ở nước ngoài" may be a
 * citizen or a foreign national, and "Đảng viên" is a role, not a kind of applicant; they go to
 * review instead of to a guess.
 */
const CATEGORIES: [string, Applicant][] = [
  ["To chuc (khong bao gom doanh nghiep, HTX)", "to_chuc"],
  ["Can bo, cong chuc, vien chuc", "can_bo_cong_chuc"],
  ["Cong dan Viet Nam", "cong_dan_viet_nam"],
  ["Nguoi nuoc ngoai cu tru tai Viet Nam", "nguoi_nuoc_ngoai"],
  ["Nguoi nuoc ngoai", "nguoi_nuoc_ngoai"],
  ["Doanh nghiep co von dau tu nuoc ngoai", "doanh_nghiep"],
  ["Doanh nghiep Viet Nam", "doanh_nghiep"],
  ["Doanh nghiep", "doanh_nghiep"],
  ["Hop tac xa", "hop_tac_xa"],
  ["To chuc nuoc ngoai", "to_chuc"],
  ["To chuc Dang", "to_chuc"],
  ["To chuc", "to_chuc"],
].map(([name, value]) => [foldText(name as string), value as Applicant]);

const ORDER: Applicant[] = ["cong_dan_viet_nam", "nguoi_nuoc_ngoai", "doanh_nghiep", "hop_tac_xa", "to_chuc", "can_bo_cong_chuc"];

/**
 * `doi_tuong_thuc_hien` → the format's applicants. The portal joins its categories with ", "
 * although two of them contain a comma themselves, so the text is read category by category
 * (longest first) rather than split on commas.
 */
export function parseSubjects(text: string): ParsedSubjects {
  const source = normalisePortalText(text);
  const folded = foldText(source);
  const found = new Set<Applicant>();
  const unknown: string[] = [];
  let at = 0;
  while (at < folded.length) {
    while (at < folded.length && (folded[at] === "," || folded[at] === " ")) at++;
    if (at >= folded.length) break;
    const match = CATEGORIES.find(([name]) => folded.startsWith(name, at) && /^(?:,|$)/.test(folded.slice(at + name.length).trimStart()));
    if (match) {
      found.add(match[1]);
      at += match[0].length;
      continue;
    }
    const comma = folded.indexOf(",", at);
    const end = comma < 0 ? folded.length : comma;
    // Folding keeps one character per character except that it drops combining marks, which the
    // NFC source has none of for Vietnamese; so the positions map back to the source.
    unknown.push(source.slice(at, end).trim());
    at = end;
  }
  return { applicants: ORDER.filter((a) => found.has(a)), unknown };
}
