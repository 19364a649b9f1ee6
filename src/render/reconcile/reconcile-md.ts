import { pick } from "../../model/lang.js";
import { escapeMarkdown } from "../../words/escape.js";
import {
  describeChange,
  describeCounts,
  describeScope,
  hasFindings,
  SECTION,
  type ReconcileOutput,
  type ReconcileRenderOptions,
} from "./reconcile-wording.js";

/** Markdown for a pull request or a job summary: the counts, then one table per list. */
export function renderReconcileMd(report: ReconcileOutput, options: ReconcileRenderOptions): string {
  const { lang } = options;
  const e = escapeMarkdown;
  const out: string[] = [`### ${e(describeScope(report, lang))}`, "", e(describeCounts(report, lang))];
  if (!hasFindings(report)) {
    out.push("", pick(lang, SECTION.none));
    return out.join("\n") + "\n";
  }
  const code = pick(lang, { vi: "Mã", en: "Code" });
  const name = pick(lang, { vi: "Tên thủ tục", en: "Name" });
  const field = pick(lang, { vi: "Lĩnh vực", en: "Field" });
  if (report.differ.length > 0) {
    const where = pick(lang, { vi: "Thành phần", en: "Element" });
    out.push("", `#### ${e(pick(lang, SECTION.differ))} (${report.differ.length})`, "");
    out.push(
      `| ${code} | ${name} | ${where} | ${e(pick(lang, SECTION.catalogue))} | ${e(pick(lang, SECTION.national))} |`,
      "|---|---|---|---|---|",
    );
    for (const p of report.differ) {
      for (const change of p.changes) {
        const c = describeChange(change, lang);
        out.push(`| ${e(p.code)} | ${e(p.name)} | ${e(c.where)} | ${e(c.catalogue)} | ${e(c.national)} |`);
      }
    }
  }
  for (const key of ["missing", "not_national"] as const) {
    const list = report[key];
    if (list.length === 0) continue;
    out.push("", `#### ${e(pick(lang, SECTION[key]))} (${list.length})`, "", `| ${code} | ${name} | ${field} |`, "|---|---|---|");
    for (const p of list) out.push(`| ${e(p.code)} | ${e(p.name)} | ${e(p.field)} |`);
  }
  return out.join("\n") + "\n";
}
