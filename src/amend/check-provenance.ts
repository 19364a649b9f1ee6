import { findProcedure } from "../model/procedure.js";
import type { Catalogue, Decision, Procedure } from "../model/catalogue.js";
import type { Text } from "../model/lang.js";
import type { Problem } from "../model/problem.js";
import type { CatalogueDiff } from "./catalogue-diff.js";

/** What each missing citation means, and what to add. */
const MISSING_TEXT: Record<MissingCitation, Text> = {
  cong_bo: {
    vi: "thiếu cong_bo (số và ngày của quyết định công bố)",
    en: "no cong_bo (number and date of the announcing decision)",
  },
  new_cong_bo: {
    vi: "cong_bo vẫn là quyết định cũ: ghi quyết định mới công bố nội dung sửa đổi, bổ sung",
    en: "cong_bo is still the old decision: cite the new decision that announces the amendment",
  },
  can_cu_phap_ly: { vi: "thiếu căn cứ pháp lý (can_cu_phap_ly)", en: "no legal basis (can_cu_phap_ly)" },
  bai_bo: {
    vi: "có trang_thai: bai_bo nhưng thiếu bai_bo (quyet_dinh, ngay, can_cu)",
    en: "trang_thai is bai_bo but there is no bai_bo (quyet_dinh, ngay, can_cu)",
  },
  "bai_bo.quyet_dinh": { vi: "thiếu bai_bo.quyet_dinh (quyết định bãi bỏ)", en: "no bai_bo.quyet_dinh (the abolishing decision)" },
  "bai_bo.can_cu": {
    vi: "thiếu bai_bo.can_cu (văn bản quy định việc bãi bỏ)",
    en: "no bai_bo.can_cu (the document that abolishes it)",
  },
  removed: {
    vi: "bị xóa khỏi danh mục nên không ghi được căn cứ bãi bỏ: hãy giữ lại thủ tục với trang_thai: bai_bo và bai_bo (quyet_dinh, ngay, can_cu)",
    en: "was deleted, so nothing can cite its abolition: keep the record with trang_thai: bai_bo and bai_bo (quyet_dinh, ngay, can_cu)",
  },
};

/** What a changed procedure fails to cite. */
export type MissingCitation =
  /** No `cong_bo` (the decision announcing this version). */
  | "cong_bo"
  /** `cong_bo` is the same as in BASE: an amendment needs the new decision that announces it. */
  | "new_cong_bo"
  /** No legal basis in `can_cu_phap_ly`. */
  | "can_cu_phap_ly"
  /** trang_thai: bai_bo without a `bai_bo` block. */
  | "bai_bo"
  | "bai_bo.quyet_dinh"
  | "bai_bo.can_cu"
  /** The record was deleted, so nothing can cite the abolition: keep it with trang_thai: bai_bo. */
  | "removed";

/** A changed procedure that does not cite what its change needs (`tthc diff --check`). */
export interface ProvenanceProblem extends Problem {
  change: "added" | "amended" | "replaced" | "abolished";
  code: string;
  name: string;
  field: string;
  missing: MissingCitation[];
}

/**
 * `tthc diff --check`: every new, amended, replaced or abolished procedure cites the decision
 * and the legal basis of its change, as the annex of the Quyết định công bố needs them
 * (docs/domain.md §3): cong_bo for a new, replaced or amended one (for an amended one a decision
 * other than BASE's), bai_bo with quyet_dinh and can_cu for an abolished one. An amendment of
 * record keeping only (legal_change false) needs no decision.
 */
export function checkProvenance(diff: CatalogueDiff, base: Catalogue, head: Catalogue): ProvenanceProblem[] {
  const find = (catalogue: Catalogue, code: string, field: string, inForce?: boolean): Procedure | undefined =>
    findProcedure(catalogue, code, { field, inForce })?.procedure;
  const problems: ProvenanceProblem[] = [];
  const report = (change: ProvenanceProblem["change"], ref: { code: string; name: string; field: string }, missing: MissingCitation[]) => {
    if (missing.length === 0) return;
    // Where the record stands now (the base's place for a procedure deleted from the files).
    const at = findProcedure(change === "abolished" && missing.includes("removed") ? base : head, ref.code, { field: ref.field });
    problems.push({
      rule: "diff-provenance",
      file: at?.file ?? "",
      path: at ? ["thu_tuc", at.index] : [],
      severity: "error",
      message: {
        vi: missing.map((m) => MISSING_TEXT[m].vi).join("; "),
        en: missing.map((m) => MISSING_TEXT[m].en).join("; "),
      },
      change,
      code: ref.code,
      name: ref.name,
      field: ref.field,
      missing,
    });
  };
  const announced = (p: Procedure | undefined): MissingCitation[] => [
    ...(hasDecision(p?.cong_bo) ? [] : ["cong_bo" as const]),
    ...((p?.can_cu_phap_ly ?? []).length > 0 ? [] : ["can_cu_phap_ly" as const]),
  ];

  for (const ref of diff.added) report("added", ref, announced(find(head, ref.code, ref.field, true)));
  for (const ref of diff.amended) {
    if (!ref.legal_change) continue;
    const now = find(head, ref.code, ref.field);
    const missing = announced(now);
    const then = find(base, ref.code, ref.field_before ?? ref.field);
    if (missing.length === 0 && sameDecision(then?.cong_bo, now?.cong_bo)) missing.push("new_cong_bo");
    report("amended", ref, missing);
  }
  for (const ref of diff.replaced) report("replaced", ref, announced(find(head, ref.code, ref.field, true)));
  for (const ref of diff.abolished) {
    if (ref.by === "removal") {
      report("abolished", ref, ["removed"]);
      continue;
    }
    const abolition = find(head, ref.code, ref.field, false)?.bai_bo;
    if (!abolition) report("abolished", ref, ["bai_bo"]);
    else {
      report("abolished", ref, [
        ...(isFilled(abolition.quyet_dinh) ? [] : ["bai_bo.quyet_dinh" as const]),
        ...(isFilled(abolition.can_cu) ? [] : ["bai_bo.can_cu" as const]),
      ]);
    }
  }
  return problems;
}

function isFilled(text: string | undefined): boolean {
  return typeof text === "string" && text.trim() !== "";
}

function hasDecision(decision: Decision | undefined): boolean {
  return decision !== undefined && isFilled(decision.quyet_dinh);
}

function sameDecision(x: Decision | undefined, y: Decision | undefined): boolean {
  if (!x || !y) return false;
  const norm = (s: string | undefined) =>
    String(s ?? "")
      .normalize("NFC")
      .trim();
  return norm(x.quyet_dinh) === norm(y.quyet_dinh) && norm(String(x.ngay)) === norm(String(y.ngay));
}
