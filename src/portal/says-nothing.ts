import { foldText } from "../words/fold-text.js";

/**
 * The portal's ways of saying a cell is empty: "Không có thông tin" (no information), "Không"
 * (none), "Không có", "Không quy định", a dash. The caller decides what that means for its
 * element: none at all (requirements), or not stated (an agency).
 */
const NOTHING = /^(?:-+|khong(?: co)?(?: thong tin)?|khong quy dinh|khong ap dung)$/;

export function saysNothing(text: string): boolean {
  // Every way of saying nothing is short; a long cell says something (and folding it is costly).
  if (text.length > 40) return false;
  return (
    NOTHING.test(
      foldText(text)
        .replace(/[.;:,]+$/g, "")
        .trim(),
    ) || text.trim() === ""
  );
}
