import { findProcedure } from "../model/procedure.js";
import type { Catalogue, Decision, Procedure } from "../model/catalogue.js";
import type { CatalogueDiff } from "./catalogue-diff.js";

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

export interface ProvenanceProblem {
  change: "added" | "amended" | "replaced" | "abolished";
  code: string;
  name: string;
  field: string;
  missing: MissingCitation[];
}

/**
 * `tthc diff --check`: every new, amended, replaced or abolished procedure cites the decision
 * and the legal basis of its change, as the annex of the Quyết định công bố needs them
 * (domain.md §3): cong_bo for a new, replaced or amended one (for an amended one a decision
 * other than BASE's), bai_bo with quyet_dinh and can_cu for an abolished one. An amendment of
 * record keeping only (legal_change false) needs no decision.
 */
export function checkProvenance(diff: CatalogueDiff, base: Catalogue, head: Catalogue): ProvenanceProblem[] {
  const find = (catalogue: Catalogue, code: string, field: string, inForce?: boolean): Procedure | undefined =>
    findProcedure(catalogue, code, { field, inForce })?.procedure;
  const problems: ProvenanceProblem[] = [];
  const report = (change: ProvenanceProblem["change"], ref: { code: string; name: string; field: string }, missing: MissingCitation[]) => {
    if (missing.length > 0) problems.push({ change, code: ref.code, name: ref.name, field: ref.field, missing });
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
  const norm = (s: string | undefined) => String(s ?? "").normalize("NFC").trim();
  return norm(x.quyet_dinh) === norm(y.quyet_dinh) && norm(String(x.ngay)) === norm(String(y.ngay));
}
