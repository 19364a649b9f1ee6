import type { ChannelKind, DossierComponent, OnlineLevel, Procedure } from "../model/catalogue.js";
import { hasDeadlineValue } from "../model/procedure.js";
import type { Action, Burden, DeadlineValue, ProcedureEffect } from "./effects-report.js";
import type { MatchedPair } from "./match-procedures.js";
import { computeComplianceCost, type ComplianceCost } from "./compute-compliance-cost.js";
import { measureDeadline, type MeasuredDeadline } from "./measure-deadline.js";
import { roundNumber } from "./round-number.js";

/** Income per hour of each side's manifest; undefined where the manifest has no settings. */
export interface HourlyIncomes {
  base: number | undefined;
  head: number | undefined;
}

export interface ProcedureComparison {
  effect: ProcedureEffect;
  /** Unrounded, for the totals. */
  costBefore: ComplianceCost;
  costAfter: ComplianceCost;
  /** Undefined where the deadline is stated in words only (imported text): nothing to count. */
  deadlineBefore: MeasuredDeadline | undefined;
  deadlineAfter: MeasuredDeadline | undefined;
}

const ONLINE_RANK: Record<OnlineLevel, number> = { khong: 0, mot_phan: 1, toan_trinh: 2 };
const CHANNEL_ORDER: ChannelKind[] = ["truc_tiep", "truc_tuyen", "buu_chinh"];
// Deadlines in hours become fractions of a day; differences below this are float noise.
const EPSILON = 1e-9;

/**
 * Compares one matched procedure and lists what got simpler (`actions`) and what got heavier
 * (`burdens`), each measure judged on its own. `simplified` holds only when something got
 * simpler and nothing heavier. A deadline whose unit changed (working days ↔ calendar days ↔
 * months) cannot be compared, so it is neither an action nor a burden.
 */
export function compareProcedures(pair: MatchedPair, incomes: HourlyIncomes): ProcedureComparison {
  const before = pair.base.procedure;
  const after = pair.head.procedure;
  const actions: Action[] = [];
  const burdens: Burden[] = [];
  const judge = (delta: number, action: Action, burden: Burden): void => {
    if (delta < -EPSILON) actions.push(action);
    else if (delta > EPSILON) burdens.push(burden);
  };

  // A deadline stated in words on either side is listed with the procedure, never counted.
  const deadlineBefore = hasDeadlineValue(before.thoi_han) ? measureDeadline(before.thoi_han) : undefined;
  const deadlineAfter = hasDeadlineValue(after.thoi_han) ? measureDeadline(after.thoi_han) : undefined;
  const inWords = deadlineBefore === undefined || deadlineAfter === undefined;
  const unitChanged = !inWords && deadlineBefore.unit !== deadlineAfter.unit;
  const counted =
    !inWords && !unitChanged ? { before: deadlineBefore.value, after: deadlineAfter.value, unit: deadlineAfter.unit } : undefined;
  if (counted) judge(counted.after - counted.before, "shorten_deadline", "lengthen_deadline");

  const componentsBefore = (before.thanh_phan_ho_so ?? []).length;
  const componentsAfter = (after.thanh_phan_ho_so ?? []).length;
  judge(componentsAfter - componentsBefore, "drop_component", "add_component");

  // Copies are judged on the components both sides share (by name), so a dropped component
  // is a dropped component and not also "fewer copies".
  const shared = countSharedCopies(before, after);
  judge(shared.after - shared.before, "fewer_copies", "more_copies");

  const feesBefore = sumFees(before);
  const feesAfter = sumFees(after);
  judge(feesAfter - feesBefore, "lower_fee", "raise_fee");

  const stepsBefore = countApplicantSteps(before);
  const stepsAfter = countApplicantSteps(after);
  judge(stepsAfter - stepsBefore, "fewer_steps", "more_steps");

  const onlineBefore = before.dich_vu_cong?.muc_do ?? "khong";
  const onlineAfter = after.dich_vu_cong?.muc_do ?? "khong";
  judge(ONLINE_RANK[onlineBefore] - ONLINE_RANK[onlineAfter], "raise_online_level", "lower_online_level");

  const channelsBefore = listChannels(before);
  const channelsAfter = listChannels(after);
  if (channelsAfter.some((c) => !channelsBefore.includes(c))) actions.push("add_channel");
  if (channelsBefore.some((c) => !channelsAfter.includes(c))) burdens.push("remove_channel");

  // The cost shown uses each side's manifest, but the cost *action* values both sides' hours
  // at one rate (HEAD's, else BASE's): a new income figure in the manifest is not a change of
  // the procedure and must not turn every procedure into "raise_cost". Volume is left out for
  // the same reason: more dossiers a year is not a heavier procedure.
  const costBefore = computeComplianceCost(before, incomes.base ?? 0);
  const costAfter = computeComplianceCost(after, incomes.head ?? 0);
  const commonRate = incomes.head ?? incomes.base ?? 0;
  judge(
    roundNumber(computeComplianceCost(after, commonRate).perDossier) - roundNumber(computeComplianceCost(before, commonRate).perDossier),
    "lower_cost",
    "raise_cost",
  );

  const effect: ProcedureEffect = {
    code: after.ma,
    name: after.ten,
    field: pair.head.field,
    field_name: pair.head.fieldName,
    levels: [...(after.cap ?? [])],
    agency: after.co_quan?.tham_quyen ?? "",
    ...(pair.replaced ? { replaces: before.ma } : {}),
    deadline_before: deadlineValue(before),
    deadline_after: deadlineValue(after),
    days_before: counted ? roundNumber(counted.before, 2) : null,
    days_after: counted ? roundNumber(counted.after, 2) : null,
    unit: counted ? counted.unit : null,
    days_cut: counted ? roundNumber(counted.before - counted.after, 2) : null,
    unit_changed: unitChanged,
    deadline_in_words: inWords,
    components_before: componentsBefore,
    components_after: componentsAfter,
    copies_before: countCopies(before),
    copies_after: countCopies(after),
    fees_before_vnd: roundNumber(feesBefore),
    fees_after_vnd: roundNumber(feesAfter),
    applicant_steps_before: stepsBefore,
    applicant_steps_after: stepsAfter,
    applicant_hours_before: roundNumber(costBefore.hours, 2),
    applicant_hours_after: roundNumber(costAfter.hours, 2),
    online_level_before: onlineBefore,
    online_level_after: onlineAfter,
    channels_before: channelsBefore,
    channels_after: channelsAfter,
    cost_per_dossier_before_vnd: roundNumber(costBefore.perDossier),
    cost_per_dossier_after_vnd: roundNumber(costAfter.perDossier),
    cost_before_vnd: roundNumber(costBefore.perYear),
    cost_after_vnd: roundNumber(costAfter.perYear),
    actions,
    burdens,
    simplified: actions.length > 0 && burdens.length === 0,
  };
  return { effect, costBefore, costAfter, deadlineBefore, deadlineAfter };
}

/** The deadline as the catalogue states it: number and unit, or its words (value and unit null). */
function deadlineValue(procedure: Procedure): DeadlineValue {
  const stated = procedure.thoi_han;
  if (hasDeadlineValue(stated)) return { value: stated.gia_tri, unit: stated.don_vi };
  const text = (stated as { ghi_chu?: unknown } | undefined)?.ghi_chu;
  return { value: null, unit: null, text: typeof text === "string" ? text : "" };
}

function sumFees(procedure: Procedure): number {
  return (procedure.phi_le_phi ?? []).reduce((sum, fee) => sum + (fee.so_tien ?? 0), 0);
}

function countApplicantSteps(procedure: Procedure): number {
  return (procedure.trinh_tu ?? []).filter((step) => step.chu_the === "nguoi_dan").length;
}

function listChannels(procedure: Procedure): ChannelKind[] {
  const present = new Set((procedure.cach_thuc ?? []).map((c) => c.kenh));
  return CHANNEL_ORDER.filter((kind) => present.has(kind));
}

function copiesOf(component: DossierComponent): number {
  return (component.ban_chinh ?? 0) + (component.ban_sao ?? 0);
}

/** Copies handed in: sets (so_bo_ho_so, default 1) × Σ originals and copies stated. */
function countCopies(procedure: Procedure): number {
  const sets = procedure.so_bo_ho_so ?? 1;
  return sets * (procedure.thanh_phan_ho_so ?? []).reduce((sum, c) => sum + copiesOf(c), 0);
}

function normalizeName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("vi");
}

function countSharedCopies(before: Procedure, after: Procedure): { before: number; after: number } {
  const afterByName = new Map<string, DossierComponent[]>();
  for (const c of after.thanh_phan_ho_so ?? []) {
    const key = normalizeName(c.ten);
    afterByName.set(key, [...(afterByName.get(key) ?? []), c]);
  }
  let sumBefore = 0;
  let sumAfter = 0;
  for (const c of before.thanh_phan_ho_so ?? []) {
    const twin = afterByName.get(normalizeName(c.ten))?.shift();
    if (!twin) continue;
    sumBefore += copiesOf(c);
    sumAfter += copiesOf(twin);
  }
  return { before: sumBefore * (before.so_bo_ho_so ?? 1), after: sumAfter * (after.so_bo_ho_so ?? 1) };
}
