import { normalisePortalText } from "./normalise-portal-text.js";
import { saysNothing } from "./says-nothing.js";
import { stripPortalWidgets } from "./strip-portal-widgets.js";

/** Each result carries the portal's own code after it ("…Giấy khai sinhMã: KQ.G15.000033"). */
const RESULT_CODE = /Mã: ?KQ\.[A-Z0-9]+\.\d+/gu;

/**
 * `ket_qua_xu_ly` → the results, one item each: the text between the portal's result codes,
 * without the page widgets that follow the last one. Empty when the record names no result.
 */
export function parseResults(text: string): string[] {
  const cell = stripPortalWidgets(normalisePortalText(text));
  const items: string[] = [];
  for (const part of cell.split(RESULT_CODE)) {
    const item = part.replace(/^[-+*•]+\s*/u, "").trim();
    if (item !== "" && !saysNothing(item) && !items.includes(item)) items.push(item);
  }
  return items;
}
