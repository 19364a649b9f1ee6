import fc from "fast-check";
import { propertyRuns } from "../support/property-runs.js";
import { describe, expect, test } from "vitest";
import { computeEffects } from "../../src/effects/compute-effects.js";
import type { Catalogue, Manifest, Procedure } from "../../src/model/catalogue.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { testManifest } from "../support/manifest.js";
import { reviewedProcedure } from "./reviewed-procedure.js";

// Codes from a small pool, so generated catalogues hold duplicates, replacements of codes that
// exist, and bai_bo records: the cases where matching could go wrong.
const codeArb = fc.constantFrom("1.000001", "1.000002", "1.000003", "2.000004", "3.000005", "DP.000006");

const procedureArb: fc.Arbitrary<Procedure> = fc
  .record({
    ma: codeArb,
    cap: fc.subarray(["bo", "tinh", "huyen", "xa"] as const, { minLength: 1 }),
    tham_quyen: fc.constantFrom("ubnd-xa-a", "ubnd-tinh-b"),
    steps: fc.array(
      fc.record({
        chu_the: fc.constantFrom<"nguoi_dan" | "co_quan">("nguoi_dan", "co_quan"),
        gio_nguoi_dan: fc.option(fc.constantFrom(0.25, 0.5, 1, 1.5, 3), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    thoi_han: fc.record({
      gia_tri: fc.constantFrom(0.5, 1, 3, 5, 15, 48),
      don_vi: fc.constantFrom("ngay_lam_viec", "ngay", "gio", "thang"),
    }),
    kenh: fc.subarray(["truc_tiep", "truc_tuyen", "buu_chinh"] as const, { minLength: 1 }),
    components: fc.array(
      fc.record({
        ten: fc.constantFrom("Tờ khai", "Giấy tờ tùy thân", "Bản sao giấy khai sinh"),
        ban_chinh: fc.option(fc.nat(2), { nil: undefined }),
        ban_sao: fc.option(fc.nat(3), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    so_bo_ho_so: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    fees: fc.array(fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }), { maxLength: 3 }),
    muc_do: fc.option(fc.constantFrom<"toan_trinh" | "mot_phan" | "khong">("toan_trinh", "mot_phan", "khong"), {
      nil: undefined,
    }),
    so_ho_so_nam: fc.option(fc.nat(100_000), { nil: undefined }),
    chi_phi_khac: fc.option(fc.nat(500_000), { nil: undefined }),
    bai_bo: fc.boolean(),
    thay_the: fc.option(codeArb, { nil: undefined }),
  })
  .map((r) =>
    reviewedProcedure({
      ma: r.ma,
      cap: [...r.cap],
      co_quan: { tham_quyen: r.tham_quyen },
      trinh_tu: r.steps.map((s, i) => ({
        mo_ta: `Bước ${i + 1}`,
        chu_the: s.chu_the,
        ...(s.gio_nguoi_dan !== undefined ? { gio_nguoi_dan: s.gio_nguoi_dan } : {}),
      })),
      thoi_han: r.thoi_han,
      cach_thuc: r.kenh.map((kenh) => ({ kenh })),
      thanh_phan_ho_so: r.components.map((c) => ({
        ten: c.ten,
        ...(c.ban_chinh !== undefined ? { ban_chinh: c.ban_chinh } : {}),
        ...(c.ban_sao !== undefined ? { ban_sao: c.ban_sao } : {}),
      })),
      ...(r.so_bo_ho_so !== undefined ? { so_bo_ho_so: r.so_bo_ho_so } : {}),
      phi_le_phi: r.fees.map((so_tien) => (so_tien === undefined ? { ten: "Phí" } : { ten: "Phí", so_tien })),
      ...(r.muc_do !== undefined ? { dich_vu_cong: { muc_do: r.muc_do } } : {}),
      ...(r.so_ho_so_nam !== undefined ? { so_ho_so_nam: r.so_ho_so_nam } : {}),
      ...(r.chi_phi_khac !== undefined ? { chi_phi_khac: r.chi_phi_khac } : {}),
      ...(r.bai_bo ? { trang_thai: "bai_bo" as const, bai_bo: { quyet_dinh: "1/QĐ", ngay: "2026-01-01", can_cu: "x" } } : {}),
      ...(r.thay_the !== undefined ? { thay_the: r.thay_the } : {}),
    }),
  );

const manifestArb: fc.Arbitrary<Manifest> = fc
  .option(
    fc.record({
      thu_nhap_binh_quan_thang: fc.integer({ min: 1_000_000, max: 50_000_000 }),
      so_ngay_lam_viec_thang: fc.integer({ min: 20, max: 26 }),
      so_gio_lam_viec_ngay: fc.constantFrom(7, 8),
    }),
    { nil: null },
  )
  .map((settings) => testManifest({ chi_phi_tuan_thu: settings ?? undefined }));

const catalogueArb: fc.Arbitrary<Catalogue> = fc
  .record({
    hoTich: fc.array(procedureArb, { maxLength: 8 }),
    datDai: fc.array(procedureArb, { maxLength: 8 }),
    manifest: manifestArb,
  })
  .map(({ hoTich, datDai, manifest }) =>
    makeCatalogue({
      label: "a",
      fields: [
        { ma: "ho-tich", ten: "Hộ tịch", thu_tuc: hoTich },
        { ma: "dat-dai", ten: "Đất đai", thu_tuc: datDai },
      ],
      manifest,
    }),
  );

describe("effects(a, a)", () => {
  test("is all zeros for any catalogue", () => {
    fc.assert(
      fc.property(catalogueArb, fc.constantFrom<"field" | "level" | "agency">("field", "level", "agency"), (a, by) => {
        const report = computeEffects(a, copy(a), { by });
        const t = report.totals;
        expect(t.procedures_head).toBe(t.procedures_base);
        expect(t.procedures_matched).toBe(t.procedures_base);
        expect({
          simplified: t.procedures_simplified,
          burden: t.procedures_burden_added,
          replaced: t.procedures_replaced,
          added: t.procedures_added,
          abolished: t.procedures_abolished,
          wdCut: t.working_days_cut,
          wdAdded: t.working_days_added,
          cdCut: t.calendar_days_cut,
          cdAdded: t.calendar_days_added,
          unitChanges: t.deadline_unit_changes,
          componentsCut: t.dossier_components_cut,
          componentsAdded: t.dossier_components_added,
          saved: t.compliance_cost_saved_vnd,
          percent: t.compliance_cost_cut_percent,
        }).toEqual({
          simplified: 0,
          burden: 0,
          replaced: 0,
          added: 0,
          abolished: 0,
          wdCut: 0,
          wdAdded: 0,
          cdCut: 0,
          cdAdded: 0,
          unitChanges: 0,
          componentsCut: 0,
          componentsAdded: 0,
          saved: 0,
          percent: 0,
        });
        expect(t.working_days_after).toBe(t.working_days_before);
        expect(t.compliance_cost_after_vnd).toBe(t.compliance_cost_before_vnd);
        expect(report.procedures).toEqual([]);
        expect(report.abolished).toEqual([]);
        expect(report.added).toEqual([]);
        expect(report.burden_added).toEqual([]);
        for (const g of report.groups) {
          expect([
            g.procedures_simplified,
            g.working_days_cut,
            g.calendar_days_cut,
            g.dossier_components_cut,
            g.compliance_cost_saved_vnd,
          ]).toEqual([0, 0, 0, 0, 0]);
        }
      }),
      propertyRuns(300),
    );
  });

  test("the generator does produce replacements, duplicates and bai_bo records", () => {
    // Guards the property above against a generator that stopped making the hard cases.
    const samples = fc.sample(catalogueArb, { numRuns: 200, seed: 42 });
    const procs = samples.flatMap((c) => c.fields.flatMap((f) => f.field.thu_tuc));
    expect(procs.some((p) => p.thay_the !== undefined)).toBe(true);
    expect(procs.some((p) => p.trang_thai === "bai_bo")).toBe(true);
    expect(
      samples.some((c) => {
        const codes = c.fields.flatMap((f) => f.field.thu_tuc.map((p) => p.ma));
        return new Set(codes).size < codes.length;
      }),
    ).toBe(true);
  });
});
