import type { Problem } from "../model/problem.js";
import type { EffectsNote } from "./effects-report.js";

/** How many codes a note names before "… and N more" (the JSON lists them all). */
const NOTE_CODES = 10;

/**
 * A note of the effects report as a problem, for people: what the computation could not count
 * (no cost settings in a side's tthc.yaml, procedures without so_ho_so_nam) and what to add.
 * The report keeps the note's facts for scripts (`notes` in the JSON).
 */
export function noteProblem(note: EffectsNote): Problem {
  const side = note.side === "base" ? { vi: "bản trước", en: "base" } : { vi: "bản sau", en: "head" };
  if (note.kind === "missing_cost_settings") {
    return {
      rule: "missing-cost-settings",
      file: "tthc.yaml",
      path: ["chi_phi_tuan_thu"],
      severity: "warning",
      message: {
        vi: `Tệp tthc.yaml của ${side.vi} chưa có chi_phi_tuan_thu: số giờ của người dân được tính 0 đồng. Thêm thu_nhap_binh_quan_thang, so_ngay_lam_viec_thang và so_gio_lam_viec_ngay để tính đủ.`,
        en: `The ${side.en} tthc.yaml has no chi_phi_tuan_thu: applicant hours are valued at 0 VND. Add thu_nhap_binh_quan_thang, so_ngay_lam_viec_thang and so_gio_lam_viec_ngay to count them.`,
      },
    };
  }
  const rest = note.codes.length - NOTE_CODES;
  const shown = note.codes.slice(0, NOTE_CODES).join(", ");
  return {
    rule: "missing-volume",
    file: "",
    path: [],
    severity: "warning",
    message: {
      vi: `${note.codes.length} TTHC của ${side.vi} chưa có so_ho_so_nam nên chi phí/năm tính bằng 0: ${shown}${rest > 0 ? ` và ${rest} TTHC khác` : ""}. Bổ sung số hồ sơ/năm để tính đủ.`,
      en: `${note.codes.length} ${side.en} procedures have no so_ho_so_nam, so their yearly cost counts as 0: ${shown}${rest > 0 ? ` and ${rest} more` : ""}. Add the dossiers per year to count them.`,
    },
  };
}
