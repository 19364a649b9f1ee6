// The shape `tthc effects --format json` prints. Keys are snake_case English because they are
// a stable interface for CI scripts (docs/cli.md): add keys freely, never rename or drop one.
// Types only.

import type { ChannelKind, DeadlineUnit, Level, OnlineLevel } from "../model/catalogue.js";

export type GroupBy = "field" | "level" | "agency";

/** What made a procedure simpler (the spec's list, in order of the law's elements). */
export type Action =
  | "shorten_deadline"
  | "drop_component"
  | "fewer_copies"
  | "lower_fee"
  | "fewer_steps"
  | "raise_online_level"
  | "add_channel"
  | "lower_cost";

/** What made it heavier: each the mirror of an action. */
export type Burden =
  | "lengthen_deadline"
  | "add_component"
  | "more_copies"
  | "raise_fee"
  | "more_steps"
  | "lower_online_level"
  | "remove_channel"
  | "raise_cost";

/**
 * The unit a deadline is compared in. `gio` is folded into `ngay_lam_viec` (8 hours to the
 * day), so hours and working days are one family; `ngay` and `thang` are their own.
 */
export type ComparableUnit = "ngay_lam_viec" | "ngay" | "thang";

/** A deadline as stated: a number and unit, or (imported text) its words with value and unit null. */
export type DeadlineValue = { value: number; unit: DeadlineUnit } | { value: null; unit: null; text: string };

/** One matched procedure (in force on both sides) that changed in a measured way. */
export interface ProcedureEffect {
  code: string;
  name: string;
  field: string;
  /** The field's name ("Hộ tịch"), for readers. */
  field_name: string;
  levels: Level[];
  agency: string;
  /** Set when HEAD's procedure replaces a BASE procedure with another code (`thay_the`). */
  replaces?: string;
  /** The deadlines as the catalogue states them. */
  deadline_before: DeadlineValue;
  deadline_after: DeadlineValue;
  /** In `unit` (hours converted at 8 to the day); null when the unit changed. */
  days_before: number | null;
  days_after: number | null;
  unit: ComparableUnit | null;
  /** before − after in `unit`: negative when the deadline got longer; null when the unit changed. */
  days_cut: number | null;
  unit_changed: boolean;
  /** The deadline is stated in words on one side (imported text): listed, left out of the sums. */
  deadline_in_words: boolean;
  components_before: number;
  components_after: number;
  copies_before: number;
  copies_after: number;
  fees_before_vnd: number;
  fees_after_vnd: number;
  applicant_steps_before: number;
  applicant_steps_after: number;
  applicant_hours_before: number;
  applicant_hours_after: number;
  online_level_before: OnlineLevel;
  online_level_after: OnlineLevel;
  channels_before: ChannelKind[];
  channels_after: ChannelKind[];
  cost_per_dossier_before_vnd: number;
  cost_per_dossier_after_vnd: number;
  /** Per year (cost per dossier × so_ho_so_nam; 0 without a volume), each side's manifest. */
  cost_before_vnd: number;
  cost_after_vnd: number;
  actions: Action[];
  burdens: Burden[];
  simplified: boolean;
}

/** A procedure in force on one side only (abolished or added). */
export interface ProcedureRef {
  code: string;
  name: string;
  field: string;
  /** The field's name ("Hộ tịch"), for readers. */
  field_name: string;
  levels: Level[];
  agency: string;
  /** Per year, that side's manifest. */
  cost_vnd: number;
}

export interface BurdenEntry {
  code: string;
  name: string;
  field: string;
  burdens: Burden[];
  actions: Action[];
}

export interface EffectsTotals {
  procedures_base: number;
  procedures_head: number;
  procedures_matched: number;
  procedures_simplified: number;
  procedures_burden_added: number;
  procedures_replaced: number;
  procedures_added: number;
  procedures_abolished: number;
  working_days_before: number;
  working_days_after: number;
  working_days_cut: number;
  working_days_added: number;
  calendar_days_before: number;
  calendar_days_after: number;
  calendar_days_cut: number;
  calendar_days_added: number;
  deadline_unit_changes: number;
  dossier_components_before: number;
  dossier_components_after: number;
  dossier_components_cut: number;
  dossier_components_added: number;
  compliance_cost_before_vnd: number;
  compliance_cost_after_vnd: number;
  compliance_cost_saved_vnd: number;
  compliance_cost_cut_percent: number;
}

export interface EffectsGroup {
  key: string;
  name: string;
  procedures_simplified: number;
  working_days_cut: number;
  calendar_days_cut: number;
  dossier_components_cut: number;
  procedures_burden_added: number;
  procedures_added: number;
  procedures_abolished: number;
  compliance_cost_before_vnd: number;
  compliance_cost_after_vnd: number;
  compliance_cost_saved_vnd: number;
}

export type EffectsNote =
  { kind: "missing_volume"; side: "base" | "head"; codes: string[] } | { kind: "missing_cost_settings"; side: "base" | "head" };

export interface EffectsReport {
  base: string;
  head: string;
  by: GroupBy;
  totals: EffectsTotals;
  groups: EffectsGroup[];
  /**
   * Procedures counted in more than one group (by level: done at several levels), so that the
   * groups' rows add up to more than the totals; 0 by field and by agency.
   */
  procedures_in_several_groups: number;
  procedures: ProcedureEffect[];
  abolished: ProcedureRef[];
  added: ProcedureRef[];
  burden_added: BurdenEntry[];
  /** Codes in force without `so_ho_so_nam`, counted as 0 per year (never guessed). */
  missing_volume: { base: string[]; head: string[] };
  notes: EffectsNote[];
}
