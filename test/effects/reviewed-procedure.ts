// The procedure the effects tests review: what the counts of docs/cli.md move is spelled out
// here, so that the expected sums (days, components, steps, channels) read off this file.
import type { Procedure } from "../../src/model/catalogue.js";
import { makeProcedure } from "../support/builders.js";

/**
 * 5 working days; 3 components of 1 original and no copy each; one applicant step (no hours)
 * and one office step; in person or by post; partly online. Commune level and ubnd-xa-a, no fee,
 * no so_ho_so_nam and no other cost are makeProcedure's.
 */
export function reviewedProcedure(overrides: Partial<Procedure> = {}): Procedure {
  return makeProcedure({
    trinh_tu: [
      { mo_ta: "Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa.", chu_the: "nguoi_dan" },
      { mo_ta: "Công chức kiểm tra, trình ký.", chu_the: "co_quan" },
    ],
    thoi_han: { gia_tri: 5, don_vi: "ngay_lam_viec" },
    cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "buu_chinh" }],
    thanh_phan_ho_so: [
      { ten: "Tờ khai theo mẫu", ban_chinh: 1, ban_sao: 0 },
      { ten: "Giấy tờ tùy thân", ban_chinh: 1, ban_sao: 0 },
      { ten: "Giấy tờ chứng minh nơi cư trú", ban_chinh: 1, ban_sao: 0 },
    ],
    ket_qua: ["Kết quả giải quyết"],
    dich_vu_cong: { muc_do: "mot_phan" },
    ...overrides,
  });
}
