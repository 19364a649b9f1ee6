import { portalLines } from "./normalise-portal-text.js";
import { saysNothing } from "./says-nothing.js";
import { stripPortalWidgets } from "./strip-portal-widgets.js";

/**
 * `yeu_cau_dieu_kien` → the requirements, one per line as the record writes them (wrapped lines
 * joined). "Không có thông tin", "Không", "Không quy định" mean there is none: an empty list,
 * which a posting sheet prints as "Không".
 */
export function parseRequirements(text: string): string[] {
  const lines = portalLines(stripPortalWidgets(text.normalize("NFC")));
  if (lines.length === 0 || (lines.length === 1 && saysNothing(lines[0]!))) return [];
  // The list's bullets are layout; the posting sheet sets its own.
  return lines.map((line) => line.replace(/^[-+•*]\s*/u, "")).filter((line) => line !== "" && !saysNothing(line));
}
