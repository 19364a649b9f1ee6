import { describe, expect, test } from "vitest";
import { computeEffects } from "../../src/effects/compute-effects.js";
import { computeHourlyIncome } from "../../src/effects/compute-hourly-income.js";
import { roundNumber } from "../../src/effects/round-number.js";
import type { Procedure } from "../../src/model/catalogue.js";
import { renderEffectsMd } from "../../src/render/effects/effects-md.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { testManifest } from "../support/manifest.js";
import { reviewedProcedure } from "./reviewed-procedure.js";

// testManifest's cost settings (5.400.000 a month, 22 days, 8 hours), which every catalogue
// here has unless a test says otherwise.
const COST_SETTINGS = testManifest().chi_phi_tuan_thu!;

// Standard Cost Model (TT 07/2014/TT-BTP), income per hour = 5.400.000 ÷ 22 ÷ 8
// = 30.681,8181… VND.
//
// P1 1.000001, in both, 1.200 dossiers a year:
//   BASE: applicant hours 1,5 + 0,5 = 2; fee 50.000; other 20.000
//         per dossier 2 × 30.681,8181… + 50.000 + 20.000 = 131.363,6363… (shown 131.364)
//         per year × 1.200 = 157.636.363,6363… (shown 157.636.364)
//   HEAD: one applicant step of 1 hour; fee 50.000; no other cost
//         per dossier 30.681,8181… + 50.000 = 80.681,8181… (shown 80.682)
//         per year × 1.200 = 96.818.181,8181… (shown 96.818.182)
// P2 1.000002, abolished (bai_bo in HEAD), 100 a year: 3 hours, no fee, other 10.000
//   per dossier 92.045,4545… + 10.000 = 102.045,4545…; per year 10.204.545,4545…
// P3 1.000003, new in HEAD, 300 a year: 0,5 hour, fee 20.000
//   per dossier 15.340,9090… + 20.000 = 35.340,9090…; per year 10.602.272,7272…
// P4 1.000004, in both, no so_ho_so_nam: fee 10.000 → 5.000; counts 0 a year, named in a note.
//
// before = P1 + P2 = 157.636.363,6363… + 10.204.545,4545… = 167.840.909,0909… → 167.840.909
// after  = P1 + P3 =  96.818.181,8181… + 10.602.272,7272… = 107.420.454,5454… → 107.420.455
// saved  = 167.840.909 − 107.420.455 = 60.420.454
// cut    = 60.420.454 ÷ 167.840.909 = 35,9986…% → 36 (2 decimals: 36,00)

function costPair(): { base: Procedure[]; head: Procedure[] } {
  const p1 = reviewedProcedure({
    ma: "1.000001",
    trinh_tu: [
      { mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan", gio_nguoi_dan: 1.5 },
      { mo_ta: "Giải quyết.", chu_the: "co_quan" },
      { mo_ta: "Nhận kết quả.", chu_the: "nguoi_dan", gio_nguoi_dan: 0.5 },
    ],
    phi_le_phi: [{ ten: "Lệ phí", so_tien: 50_000 }],
    chi_phi_khac: 20_000,
    so_ho_so_nam: 1200,
  });
  const p1After = copy(p1);
  p1After.trinh_tu = [
    { mo_ta: "Nộp hồ sơ trực tuyến.", chu_the: "nguoi_dan", gio_nguoi_dan: 1 },
    { mo_ta: "Giải quyết, trả kết quả điện tử.", chu_the: "co_quan" },
  ];
  delete p1After.chi_phi_khac;
  const p2 = reviewedProcedure({
    ma: "1.000002",
    trinh_tu: [{ mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan", gio_nguoi_dan: 3 }],
    chi_phi_khac: 10_000,
    so_ho_so_nam: 100,
  });
  const p2After = copy(p2);
  p2After.trang_thai = "bai_bo";
  p2After.bai_bo = { quyet_dinh: "1/QĐ-UBND", ngay: "2026-03-01", can_cu: "63/2010/ND-CP" };
  const p3 = reviewedProcedure({
    ma: "1.000003",
    trinh_tu: [{ mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan", gio_nguoi_dan: 0.5 }],
    phi_le_phi: [{ ten: "Phí", so_tien: 20_000 }],
    so_ho_so_nam: 300,
  });
  const p4 = reviewedProcedure({ ma: "1.000004", phi_le_phi: [{ ten: "Lệ phí", so_tien: 10_000 }] });
  const p4After = copy(p4);
  p4After.phi_le_phi = [{ ten: "Lệ phí", so_tien: 5_000 }];
  return { base: [p1, p2, p4], head: [p1After, p2After, p3, p4After] };
}

describe("compliance cost by the Standard Cost Model", () => {
  test("income per hour", () => {
    expect(computeHourlyIncome(testManifest())).toBeCloseTo(30681.818181, 5);
    expect(computeHourlyIncome(testManifest({ chi_phi_tuan_thu: undefined }))).toBeUndefined();
    expect(computeHourlyIncome(testManifest({ chi_phi_tuan_thu: { ...COST_SETTINGS, so_gio_lam_viec_ngay: 0 } }))).toBeUndefined();
  });

  test("totals, per procedure, and the missing volume note", () => {
    const { base, head } = costPair();
    const report = computeEffects(makeCatalogue({ label: "a", procedures: base }), makeCatalogue({ label: "b", procedures: head }));
    expect(report.totals).toMatchObject({
      compliance_cost_before_vnd: 167_840_909,
      compliance_cost_after_vnd: 107_420_455,
      compliance_cost_saved_vnd: 60_420_454,
      compliance_cost_cut_percent: 36,
      procedures_simplified: 2,
      procedures_abolished: 1,
      procedures_added: 1,
    });
    expect(report.procedures.find((p) => p.code === "1.000001")).toMatchObject({
      applicant_hours_before: 2,
      applicant_hours_after: 1,
      applicant_steps_before: 2,
      applicant_steps_after: 1,
      fees_before_vnd: 50_000,
      fees_after_vnd: 50_000,
      cost_per_dossier_before_vnd: 131_364,
      cost_per_dossier_after_vnd: 80_682,
      cost_before_vnd: 157_636_364,
      cost_after_vnd: 96_818_182,
      actions: ["fewer_steps", "lower_cost"],
      burdens: [],
    });
    expect(report.procedures.find((p) => p.code === "1.000004")).toMatchObject({
      cost_per_dossier_before_vnd: 10_000,
      cost_per_dossier_after_vnd: 5_000,
      cost_before_vnd: 0,
      cost_after_vnd: 0,
      actions: ["lower_fee", "lower_cost"],
    });
    expect(report.abolished).toEqual([
      {
        code: "1.000002",
        name: "Thủ tục 1.000002",
        field: "ho-tich",
        field_name: "Hộ tịch",
        levels: ["xa"],
        agency: "ubnd-xa-a",
        cost_vnd: 10_204_545,
      },
    ]);
    expect(report.added).toEqual([
      {
        code: "1.000003",
        name: "Thủ tục 1.000003",
        field: "ho-tich",
        field_name: "Hộ tịch",
        levels: ["xa"],
        agency: "ubnd-xa-a",
        cost_vnd: 10_602_273,
      },
    ]);
    expect(report.missing_volume).toEqual({ base: ["1.000004"], head: ["1.000004"] });
    expect(report.notes).toEqual([
      { kind: "missing_volume", side: "base", codes: ["1.000004"] },
      { kind: "missing_volume", side: "head", codes: ["1.000004"] },
    ]);
    expect(report.groups[0]).toMatchObject({
      compliance_cost_before_vnd: 167_840_909,
      compliance_cost_after_vnd: 107_420_455,
      compliance_cost_saved_vnd: 60_420_454,
    });
  });

  test("each side is valued with its own manifest; a new income is not a heavier procedure", () => {
    // HEAD's income 6.600.000 ÷ 22 ÷ 8 = 37.500 VND/h.
    // after = P1 (37.500 + 50.000) × 1.200 = 105.000.000 + P3 (18.750 + 20.000) × 300 = 11.625.000
    //       + P5 1 h × 37.500 × 10 = 375.000                                 = 117.000.000
    // before = 167.840.909,0909… + P5 1 h × 30.681,8181… × 10 = 306.818,1818… = 168.147.727,2727… → 168.147.727
    // saved = 51.147.727; cut 51.147.727 ÷ 168.147.727 = 30,4183…% → 30,42
    const { base, head } = costPair();
    const p5 = reviewedProcedure({
      ma: "1.000005",
      trinh_tu: [{ mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan", gio_nguoi_dan: 1 }],
      so_ho_so_nam: 10,
    });
    const report = computeEffects(
      makeCatalogue({ label: "a", procedures: [...base, p5] }),
      makeCatalogue({
        label: "b",
        procedures: [...head, copy(p5)],
        manifest: { chi_phi_tuan_thu: { ...COST_SETTINGS, thu_nhap_binh_quan_thang: 6_600_000 } },
      }),
    );
    expect(report.totals).toMatchObject({
      compliance_cost_before_vnd: 168_147_727,
      compliance_cost_after_vnd: 117_000_000,
      compliance_cost_saved_vnd: 51_147_727,
      compliance_cost_cut_percent: 30.42,
    });
    // P5 costs more a year only because income rose: no raise_cost, not listed.
    expect(report.procedures.find((p) => p.code === "1.000005")).toBeUndefined();
    expect(report.burden_added).toEqual([]);
  });

  test("a manifest without chi_phi_tuan_thu values hours at 0 and says so", () => {
    // after = P1 50.000 × 1.200 = 60.000.000 + P3 20.000 × 300 = 6.000.000 = 66.000.000
    // saved = 167.840.909 − 66.000.000 = 101.840.909; cut 60,677…% → 60,68
    const { base, head } = costPair();
    const report = computeEffects(
      makeCatalogue({ label: "a", procedures: base }),
      makeCatalogue({ label: "b", procedures: head, manifest: { chi_phi_tuan_thu: undefined } }),
    );
    expect(report.totals).toMatchObject({
      compliance_cost_before_vnd: 167_840_909,
      compliance_cost_after_vnd: 66_000_000,
      compliance_cost_saved_vnd: 101_840_909,
      compliance_cost_cut_percent: 60.68,
    });
    expect(report.notes).toContainEqual({ kind: "missing_cost_settings", side: "head" });
    // The action values both sides at BASE's rate then: P1 still got cheaper.
    expect(report.procedures.find((p) => p.code === "1.000001")?.actions).toContain("lower_cost");
  });

  test("Hà Nội 2025: 2.306 → 654 billion VND a year is a 71,64% cut", () => {
    const before = reviewedProcedure({ ma: "1.000001", chi_phi_khac: 2_306_000, so_ho_so_nam: 1_000_000 });
    const after = copy(before);
    after.chi_phi_khac = 654_000;
    const report = computeEffects(makeCatalogue({ label: "a", procedures: [before] }), makeCatalogue({ label: "b", procedures: [after] }));
    expect(report.totals).toMatchObject({
      compliance_cost_before_vnd: 2_306_000_000_000,
      compliance_cost_after_vnd: 654_000_000_000,
      compliance_cost_saved_vnd: 1_652_000_000_000,
      compliance_cost_cut_percent: 71.64,
    });
    expect(renderEffectsMd(report, { lang: "vi", color: false })).toContain("chi phí tuân thủ giảm 1.652.000.000.000 đồng/năm (71,64%).");
  });

  test("a cost that rises gives a negative saving and percent", () => {
    const before = reviewedProcedure({ ma: "1.000001", chi_phi_khac: 8_000, so_ho_so_nam: 1 });
    const after = copy(before);
    after.chi_phi_khac = 9_000;
    const report = computeEffects(makeCatalogue({ label: "a", procedures: [before] }), makeCatalogue({ label: "b", procedures: [after] }));
    expect(report.totals.compliance_cost_saved_vnd).toBe(-1_000);
    expect(report.totals.compliance_cost_cut_percent).toBe(-12.5);
    expect(report.burden_added[0]?.burdens).toEqual(["raise_cost"]);
  });
});

describe("roundNumber rounds half away from zero", () => {
  test.each([
    [12.5, 0, 13],
    [-12.5, 0, -13],
    [1.005, 2, 1.01],
    [71.63920208, 2, 71.64],
    [-0.001, 2, 0],
    [157_636_363.636, 0, 157_636_364],
  ])("roundNumber(%d, %d) = %d", (value, decimals, expected) => {
    expect(Object.is(roundNumber(value, decimals), expected)).toBe(true);
  });
});
