import type { Lang } from "../../model/lang.js";
import { pick } from "../../model/lang.js";
import type { Diagnostic } from "../../model/problem.js";

/** How many problems the refusal lists before pointing at `tthc validate`. */
const SHOWN = 5;

/**
 * Why a command refuses a catalogue that cannot be read: the first problems with file:line:col,
 * then what to do. `revision` names the git revision when the catalogue was read from one.
 */
export function renderUnreadableCatalogue(diagnostics: Diagnostic[], lang: Lang, revision?: string): string {
  const lines = diagnostics.slice(0, SHOWN).map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message}`);
  if (diagnostics.length > SHOWN) {
    lines.push(pick(lang, { vi: `  … và ${diagnostics.length - SHOWN} lỗi khác`, en: `  … and ${diagnostics.length - SHOWN} more` }));
  }
  const where = revision === undefined ? "" : pick(lang, { vi: ` ở phiên bản ${revision}`, en: ` at revision ${revision}` });
  return [
    pick(lang, {
      vi: `Danh mục${where} có ${diagnostics.length} lỗi nên không đọc được:`,
      en: `The catalogue${where} has ${diagnostics.length} error(s) and cannot be read:`,
    }),
    ...lines,
    pick(lang, {
      vi: "Hãy sửa các lỗi trên (chạy tthc validate để xem đầy đủ) rồi chạy lại.",
      en: "Fix them (run tthc validate for the full list) and run again.",
    }),
  ].join("\n");
}
