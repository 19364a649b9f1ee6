import type { Catalogue, PlacedProcedure } from "../model/catalogue.js";
import type { BurdenEntry, EffectsNote, EffectsReport, EffectsTotals, GroupBy, ProcedureEffect, ProcedureRef } from "./effects-report.js";
import { compareProcedures, type HourlyIncomes } from "./compare-procedures.js";
import { computeComplianceCost } from "./compute-compliance-cost.js";
import { computeHourlyIncome } from "./compute-hourly-income.js";
import { groupEffects, type GroupContribution } from "./group-effects.js";
import { matchProcedures } from "./match-procedures.js";
import { isInForce, listProcedures } from "../model/procedure.js";
import { roundNumber } from "./round-number.js";

export interface ComputeEffectsOptions {
  by?: GroupBy;
  /** How BASE and HEAD are named in the report; default the catalogues' labels. */
  baseLabel?: string;
  headLabel?: string;
}

/**
 * The simplification effects of going from `base` to `head` (docs/cli.md, `tthc effects`).
 *
 * Rounding: days to 2 decimals (hours make fractions of a day), VND to whole numbers, percent
 * to 2 decimals, each once, on the figure printed: sums are taken unrounded, so a total can
 * differ by 1 VND from the sum of the rounded rows. `compliance_cost_saved_vnd` is
 * before − after of the rounded totals, so the three figures always agree with each other, and
 * `compliance_cost_cut_percent` is saved ÷ before × 100 (0 when before is 0).
 */
export function computeEffects(base: Catalogue, head: Catalogue, options: ComputeEffectsOptions = {}): EffectsReport {
  const by = options.by ?? "field";
  const basePlaced = listProcedures(base);
  const headPlaced = listProcedures(head);
  const incomes: HourlyIncomes = { base: computeHourlyIncome(base.manifest), head: computeHourlyIncome(head.manifest) };
  const { matched, abolished, added } = matchProcedures(basePlaced, headPlaced);

  const totals: EffectsTotals = {
    procedures_base: basePlaced.filter((p) => isInForce(p.procedure)).length,
    procedures_head: headPlaced.filter((p) => isInForce(p.procedure)).length,
    procedures_matched: matched.length,
    procedures_simplified: 0,
    procedures_burden_added: 0,
    procedures_replaced: 0,
    procedures_added: added.length,
    procedures_abolished: abolished.length,
    working_days_before: 0,
    working_days_after: 0,
    working_days_cut: 0,
    working_days_added: 0,
    calendar_days_before: 0,
    calendar_days_after: 0,
    calendar_days_cut: 0,
    calendar_days_added: 0,
    deadline_unit_changes: 0,
    dossier_components_before: 0,
    dossier_components_after: 0,
    dossier_components_cut: 0,
    dossier_components_added: 0,
    compliance_cost_before_vnd: 0,
    compliance_cost_after_vnd: 0,
    compliance_cost_saved_vnd: 0,
    compliance_cost_cut_percent: 0,
  };
  let costBefore = 0;
  let costAfter = 0;
  const procedures: ProcedureEffect[] = [];
  const burdenAdded: BurdenEntry[] = [];
  const contributions: GroupContribution[] = [];

  for (const pair of matched) {
    const cmp = compareProcedures(pair, incomes);
    const e = cmp.effect;
    let workingDaysCut = 0;
    let calendarDaysCut = 0;
    if (e.unit_changed) {
      totals.deadline_unit_changes++;
    } else if (cmp.deadlineBefore && cmp.deadlineAfter) {
      const b = cmp.deadlineBefore.value;
      const a = cmp.deadlineAfter.value;
      // Sums take every matched procedure, simplified or not, and count cuts and additions
      // apart (never netted): a lengthened deadline does not hide another one's cut.
      if (cmp.deadlineAfter.unit === "ngay_lam_viec") {
        totals.working_days_before += b;
        totals.working_days_after += a;
        workingDaysCut = Math.max(0, b - a);
        totals.working_days_cut += workingDaysCut;
        totals.working_days_added += Math.max(0, a - b);
      } else if (cmp.deadlineAfter.unit === "ngay") {
        totals.calendar_days_before += b;
        totals.calendar_days_after += a;
        calendarDaysCut = Math.max(0, b - a);
        totals.calendar_days_cut += calendarDaysCut;
        totals.calendar_days_added += Math.max(0, a - b);
      } // months: per procedure only
    }
    const componentsCut = Math.max(0, e.components_before - e.components_after);
    totals.dossier_components_before += e.components_before;
    totals.dossier_components_after += e.components_after;
    totals.dossier_components_cut += componentsCut;
    totals.dossier_components_added += Math.max(0, e.components_after - e.components_before);
    if (e.simplified) totals.procedures_simplified++;
    if (e.burdens.length > 0) {
      totals.procedures_burden_added++;
      burdenAdded.push({ code: e.code, name: e.name, field: e.field, burdens: e.burdens, actions: e.actions });
    }
    if (pair.replaced) totals.procedures_replaced++;
    costBefore += cmp.costBefore.perYear;
    costAfter += cmp.costAfter.perYear;
    if (e.actions.length > 0 || e.burdens.length > 0 || e.unit_changed || e.deadline_in_words || pair.replaced) procedures.push(e);
    contributions.push({
      placed: pair.head,
      simplified: e.simplified,
      burdenAdded: e.burdens.length > 0,
      added: false,
      abolished: false,
      workingDaysCut,
      calendarDaysCut,
      componentsCut,
      costBefore: cmp.costBefore.perYear,
      costAfter: cmp.costAfter.perYear,
    });
  }

  const refOf = (placed: PlacedProcedure, perYear: number): ProcedureRef => ({
    code: placed.procedure.ma,
    name: placed.procedure.ten,
    field: placed.field,
    field_name: placed.fieldName,
    levels: [...(placed.procedure.cap ?? [])],
    agency: placed.procedure.co_quan?.tham_quyen ?? "",
    cost_vnd: roundNumber(perYear),
  });
  const abolishedRefs = abolished.map((placed) => {
    const perYear = computeComplianceCost(placed.procedure, incomes.base ?? 0).perYear;
    costBefore += perYear;
    contributions.push({ ...emptyContribution(placed), abolished: true, costBefore: perYear });
    return refOf(placed, perYear);
  });
  const addedRefs = added.map((placed) => {
    const perYear = computeComplianceCost(placed.procedure, incomes.head ?? 0).perYear;
    costAfter += perYear;
    contributions.push({ ...emptyContribution(placed), added: true, costAfter: perYear });
    return refOf(placed, perYear);
  });

  for (const key of [
    "working_days_before",
    "working_days_after",
    "working_days_cut",
    "working_days_added",
    "calendar_days_before",
    "calendar_days_after",
    "calendar_days_cut",
    "calendar_days_added",
  ] as const) {
    totals[key] = roundNumber(totals[key], 2);
  }
  totals.compliance_cost_before_vnd = roundNumber(costBefore);
  totals.compliance_cost_after_vnd = roundNumber(costAfter);
  totals.compliance_cost_saved_vnd = totals.compliance_cost_before_vnd - totals.compliance_cost_after_vnd;
  totals.compliance_cost_cut_percent =
    totals.compliance_cost_before_vnd === 0
      ? 0
      : roundNumber((totals.compliance_cost_saved_vnd / totals.compliance_cost_before_vnd) * 100, 2);

  const missingVolume = {
    base: listMissingVolume(basePlaced),
    head: listMissingVolume(headPlaced),
  };
  const notes: EffectsNote[] = [];
  for (const side of ["base", "head"] as const) {
    if (incomes[side] === undefined) notes.push({ kind: "missing_cost_settings", side });
    if (missingVolume[side].length > 0) notes.push({ kind: "missing_volume", side, codes: missingVolume[side] });
  }

  const agencyNames = new Map<string, string>();
  for (const agency of [...head.agencies, ...base.agencies]) {
    if (!agencyNames.has(agency.id)) agencyNames.set(agency.id, agency.ten);
  }

  return {
    base: options.baseLabel ?? base.label,
    head: options.headLabel ?? head.label,
    by,
    totals,
    groups: groupEffects(contributions, by, agencyNames),
    procedures_in_several_groups: by === "level" ? contributions.filter((c) => new Set(c.placed.procedure.cap).size > 1).length : 0,
    procedures,
    abolished: abolishedRefs,
    added: addedRefs,
    burden_added: burdenAdded,
    missing_volume: missingVolume,
    notes,
  };
}

function emptyContribution(placed: PlacedProcedure): GroupContribution {
  return {
    placed,
    simplified: false,
    burdenAdded: false,
    added: false,
    abolished: false,
    workingDaysCut: 0,
    calendarDaysCut: 0,
    componentsCut: 0,
    costBefore: 0,
    costAfter: 0,
  };
}

/** Codes in force without `so_ho_so_nam`, once each, in catalogue order. */
function listMissingVolume(placed: PlacedProcedure[]): string[] {
  const codes = placed.filter((p) => isInForce(p.procedure) && p.procedure.so_ho_so_nam === undefined).map((p) => p.procedure.ma);
  return [...new Set(codes)];
}
