import type { Problem } from "../model/problem.js";
import { asArray, asString, eachProcedure, isObj, type Rule, type RuleContext } from "./rule.js";

/**
 * Each `can_ra_soat` entry of a procedure is a warning at the entry (docs/format.md,
 * "Imported text and review marks"): the imported catalogue validates with 0 errors while the
 * staff work through the list, and an entry stays a warning until the reviewer removes it.
 */
export const importReview: Rule = {
  id: "import-review",
  perFile: true,
  severity: "warning",
  title: { vi: "Thành phần nhập từ Cổng DVCQG cần rà soát", en: "An imported element awaits review" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const { file, index, procedure } of eachProcedure(files)) {
      asArray(procedure.can_ra_soat).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const element = asString(entry.thanh_phan) ?? "?";
        const reason = asString(entry.ly_do) ?? "";
        const present = isPresent(procedure[element]);
        problems.push({
          file: file.relative,
          rule: this.id,
          path: ["thu_tuc", index, "can_ra_soat", i],
          message: {
            vi: present
              ? `Cần rà soát ${element}: ${reason} Rà soát xong thì xóa mục này khỏi can_ra_soat.`
              : `Chưa có ${element}: ${reason} Hãy bổ sung theo văn bản gốc rồi xóa mục này khỏi can_ra_soat.`,
            en: present
              ? `Review ${element} (imported from the national portal). Remove this entry from can_ra_soat once it is right.`
              : `${element} is missing (the national portal did not state it readably). Add it from the source document, then remove this entry from can_ra_soat.`,
          },
        });
      });
    }
    return problems;
  },
};

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Whether a schema finding is excused by a review mark: a required element (or a required key
 * inside it) that the procedure lists under `can_ra_soat` may be absent, and import-review
 * reports it instead. Only "required": a value that is there must still be right.
 */
export function isExcusedByReview(finding: Pick<Problem, "rule" | "path">, data: unknown): boolean {
  if (finding.rule !== "required") return false;
  const [list, index, element] = finding.path;
  if (list !== "thu_tuc" || typeof index !== "number" || typeof element !== "string" || !isObj(data)) return false;
  const procedure = asArray(data.thu_tuc)[index];
  if (!isObj(procedure)) return false;
  return asArray(procedure.can_ra_soat).some((entry) => isObj(entry) && entry.thanh_phan === element);
}
