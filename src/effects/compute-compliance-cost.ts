import type { Procedure } from "../model/catalogue.js";

export interface ComplianceCost {
  /** Hours the applicant spends: Σ gio_nguoi_dan over the steps. */
  hours: number;
  /** Σ so_tien of the fees (a fee without an amount counts 0). */
  fees: number;
  /** hours × income per hour + fees + chi_phi_khac, unrounded (VND). */
  perDossier: number;
  /** perDossier × so_ho_so_nam, unrounded; 0 without a volume. */
  perYear: number;
  hasVolume: boolean;
}

/**
 * Compliance cost of one procedure by the Standard Cost Model (TT 07/2014/TT-BTP). Missing
 * hours, fees or other costs count as 0. Nothing is rounded here: rounding happens once, on
 * the figures people read, so sums do not carry rounding errors.
 */
export function computeComplianceCost(procedure: Procedure, vndPerHour: number): ComplianceCost {
  const hours = (procedure.trinh_tu ?? []).reduce((sum, step) => sum + (step.gio_nguoi_dan ?? 0), 0);
  const fees = (procedure.phi_le_phi ?? []).reduce((sum, fee) => sum + (fee.so_tien ?? 0), 0);
  const perDossier = hours * vndPerHour + fees + (procedure.chi_phi_khac ?? 0);
  const hasVolume = procedure.so_ho_so_nam !== undefined;
  return { hours, fees, perDossier, perYear: perDossier * (procedure.so_ho_so_nam ?? 0), hasVolume };
}
