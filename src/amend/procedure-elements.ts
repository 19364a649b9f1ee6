// The top-level keys of a procedure, as docs/format.md orders them, and which of them are
// the legal elements a Quyết định công bố announces. Plain data shared by the diff, the
// provenance check and the renderers.

import { PROCEDURE_KEYS } from "../model/procedure-keys.js";

export { PROCEDURE_KEYS };

/**
 * Keys that keep the record rather than state the procedure: who announced it and when, its
 * status, the compliance-cost inputs, the online-service link, the review marks. A change to these alone is not
 * an amendment of the procedure in the sense of NĐ 63/2010 Art. 8 and 15, so it needs no new
 * decision and does not go into the annex.
 */
export const RECORD_KEYS: ReadonlySet<string> = new Set([
  "dich_vu_cong",
  "so_ho_so_nam",
  "chi_phi_khac",
  "hieu_luc_tu",
  "cong_bo",
  "trang_thai",
  "bai_bo",
  "thay_the",
  // What the importer left for review is a note to the staff, not an element the decision announces.
  "can_ra_soat",
]);

/** True when `key` is an element the decision announces (name, steps, dossier, deadline, …). */
export function isLegalElement(key: string): boolean {
  return !RECORD_KEYS.has(key) && key !== "ma";
}

/** Orders keys as docs/format.md does; keys it does not know go last, alphabetically. */
export function orderKeys(keys: Iterable<string>): string[] {
  const rank = new Map<string, number>(PROCEDURE_KEYS.map((k, i) => [k, i]));
  return [...new Set(keys)].sort((a, b) => {
    const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });
}
