import type { Level, PlacedProcedure } from "../model/catalogue.js";
import { LEVEL_WORDS } from "../words/enum-words.js";
import type { EffectsGroup, GroupBy } from "./effects-report.js";
import { roundNumber } from "./round-number.js";

/** What one procedure adds to its groups; costs unrounded (VND per year). */
export interface GroupContribution {
  /** The record whose field, levels and agency decide the groups (HEAD's when it exists). */
  placed: PlacedProcedure;
  simplified: boolean;
  burdenAdded: boolean;
  added: boolean;
  abolished: boolean;
  workingDaysCut: number;
  calendarDaysCut: number;
  componentsCut: number;
  costBefore: number;
  costAfter: number;
}

const LEVEL_ORDER: Level[] = ["bo", "tinh", "huyen", "xa"];

/**
 * Sums contributions per field, level or agency. A procedure done at several levels counts in
 * each of them, so groups by level can add up to more than the totals; by field and by agency
 * they add up exactly. Fields and agencies keep the order they first appear in.
 */
export function groupEffects(contributions: GroupContribution[], by: GroupBy, agencyNames: ReadonlyMap<string, string>): EffectsGroup[] {
  const sums = new Map<string, { name: string; costBefore: number; costAfter: number; group: EffectsGroup }>();
  const keysOf = (placed: PlacedProcedure): { key: string; name: string }[] => {
    switch (by) {
      case "field":
        return [{ key: placed.field, name: placed.fieldName }];
      case "level":
        // Group names are data, in Vietnamese like field names; English output renames them.
        return [...new Set(placed.procedure.cap ?? [])].map((level) => ({ key: level, name: LEVEL_WORDS[level].label.vi }));
      case "agency": {
        const id = placed.procedure.co_quan?.tham_quyen ?? "";
        return [{ key: id, name: agencyNames.get(id) ?? id }];
      }
    }
  };
  for (const c of contributions) {
    for (const { key, name } of keysOf(c.placed)) {
      let entry = sums.get(key);
      if (!entry) {
        entry = {
          name,
          costBefore: 0,
          costAfter: 0,
          group: {
            key,
            name,
            procedures_simplified: 0,
            working_days_cut: 0,
            calendar_days_cut: 0,
            dossier_components_cut: 0,
            procedures_burden_added: 0,
            procedures_added: 0,
            procedures_abolished: 0,
            compliance_cost_before_vnd: 0,
            compliance_cost_after_vnd: 0,
            compliance_cost_saved_vnd: 0,
          },
        };
        sums.set(key, entry);
      }
      const g = entry.group;
      if (c.simplified) g.procedures_simplified++;
      if (c.burdenAdded) g.procedures_burden_added++;
      if (c.added) g.procedures_added++;
      if (c.abolished) g.procedures_abolished++;
      g.working_days_cut += c.workingDaysCut;
      g.calendar_days_cut += c.calendarDaysCut;
      g.dossier_components_cut += c.componentsCut;
      entry.costBefore += c.costBefore;
      entry.costAfter += c.costAfter;
    }
  }
  const groups = [...sums.values()].map(({ group, costBefore, costAfter }) => {
    const before = roundNumber(costBefore);
    const after = roundNumber(costAfter);
    return {
      ...group,
      working_days_cut: roundNumber(group.working_days_cut, 2),
      calendar_days_cut: roundNumber(group.calendar_days_cut, 2),
      compliance_cost_before_vnd: before,
      compliance_cost_after_vnd: after,
      compliance_cost_saved_vnd: before - after,
    };
  });
  if (by === "level") groups.sort((a, b) => LEVEL_ORDER.indexOf(a.key as Level) - LEVEL_ORDER.indexOf(b.key as Level));
  return groups;
}
