import { normalisePortalText } from "./normalise-portal-text.js";
import { saysNothing } from "./says-nothing.js";

/**
 * The agencies named in one of the portal's agency cells (`co_quan_co_tham_quyen`,
 * `co_quan_thuc_hien`, `co_quan_phoi_hop`), in the order given. The portal joins the agencies it
 * picked from its list with ", "; a name may hold a comma itself ("Cục Cảnh sát quản lý hành
 * chính về trật tự, xã hội", "Ủy ban nhân dân xã, phường, thị trấn"), but there the next word is
 * lower case, while every agency of the list starts with a capital. "Không có thông tin" and an
 * empty cell name no agency.
 */
export function parseAgencyNames(text: string): string[] {
  const cell = normalisePortalText(text);
  if (saysNothing(cell)) return [];
  const names: string[] = [];
  for (const part of cell.split(/,\s*(?=\p{Lu})/u)) {
    const name = part.replace(/[\s.;,]+$/u, "").trim();
    if (name !== "" && !saysNothing(name) && !names.includes(name)) names.push(name);
  }
  return names;
}
