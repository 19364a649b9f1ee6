import type { Deadline } from "../model/catalogue.js";
import type { ComparableUnit } from "./effects-report.js";

/** Hours in a working day for deadlines stated in `gio` (docs/cli.md). */
export const HOURS_PER_WORKING_DAY = 8;

export interface MeasuredDeadline {
  value: number;
  unit: ComparableUnit;
}

/**
 * A deadline in the unit it is compared and summed in: hours become working days at 8 to the
 * day, so "48 giờ" → "16 giờ" is a 4 working-day cut and "8 giờ" → "1 ngày làm việc" no
 * change; calendar days and months stay as they are.
 */
export function measureDeadline(deadline: Deadline): MeasuredDeadline {
  switch (deadline.don_vi) {
    case "gio":
      return { value: deadline.gia_tri / HOURS_PER_WORKING_DAY, unit: "ngay_lam_viec" };
    case "ngay_lam_viec":
    case "ngay":
    case "thang":
      return { value: deadline.gia_tri, unit: deadline.don_vi };
  }
}
