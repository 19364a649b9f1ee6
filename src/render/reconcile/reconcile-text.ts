import { pick } from "../../model/lang.js";
import {
  describeChange,
  describeCounts,
  describeScope,
  hasFindings,
  SECTION,
  type ReconcileOutput,
  type ReconcileRenderOptions,
} from "./reconcile-wording.js";

/** For a terminal or a log: the scope, the counts, then each differing procedure with its changes and the lists. */
export function renderReconcileText(report: ReconcileOutput, options: ReconcileRenderOptions): string {
  const { lang } = options;
  const out: string[] = [`${describeScope(report, lang)}.`, describeCounts(report, lang)];
  if (!hasFindings(report)) {
    out.push("", pick(lang, SECTION.none));
    return out.join("\n") + "\n";
  }
  const head = (p: { code: string; name: string; field: string }) => `  ${p.code}  ${p.name}  [${p.field}]`;
  if (report.differ.length > 0) {
    out.push("", `${pick(lang, SECTION.differ)} (${report.differ.length}):`);
    for (const p of report.differ) {
      out.push(head(p));
      for (const change of p.changes) {
        const c = describeChange(change, lang);
        out.push(`      ${c.where}: ${pick(lang, SECTION.catalogue)} ${c.catalogue} · ${pick(lang, SECTION.national)} ${c.national}`);
      }
    }
  }
  if (report.missing.length > 0) {
    out.push("", `${pick(lang, SECTION.missing)} (${report.missing.length}):`);
    for (const p of report.missing) out.push(head(p));
  }
  if (report.not_national.length > 0) {
    out.push("", `${pick(lang, SECTION.not_national)} (${report.not_national.length}):`);
    for (const p of report.not_national) out.push(head(p));
  }
  out.push(
    "",
    pick(lang, {
      vi: "Nội dung niêm yết phải đúng như CSDL quốc gia (Nghị định 63/2010/NĐ-CP, Điều 26 khoản 2): sửa danh mục, hoặc đề nghị cơ quan công bố cập nhật CSDL quốc gia.",
      en: "What is posted must match the national database (Decree 63/2010, Art. 26(2)): fix the catalogue, or ask the announcing body to update the database.",
    }),
  );
  return out.join("\n") + "\n";
}
