import type { Manifest } from "../model/catalogue.js";

/**
 * Income per hour of the Standard Cost Model (TT 07/2014/TT-BTP): monthly income ÷ working
 * days a month ÷ hours a day. Undefined when the manifest has no usable `chi_phi_tuan_thu`,
 * so the caller can value hours at 0 and say so in a note rather than guess a figure.
 */
export function computeHourlyIncome(manifest: Manifest): number | undefined {
  const settings = manifest.chi_phi_tuan_thu;
  if (!settings) return undefined;
  const { thu_nhap_binh_quan_thang: income, so_ngay_lam_viec_thang: days, so_gio_lam_viec_ngay: hours } = settings;
  if (!(income >= 0) || !(days > 0) || !(hours > 0)) return undefined;
  return income / days / hours;
}
