import { describe, expect, test } from "vitest";
import { computeEffects } from "../../src/effects/compute-effects.js";
import type { ProcedureEffect } from "../../src/effects/effects-report.js";
import type { Procedure } from "../../src/model/catalogue.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { buildReviewFixture, code } from "./review-fixture.js";
import { reviewedProcedure } from "./reviewed-procedure.js";

// Codes follow the order of review-fixture.ts: A1 1–20, A2 21–35, B 36–43, C 44–47, L 48,
// D old 2.000049/51/53 → new 3.000050/52/54, E 55–61, F 62–63, M 64, G 65, P 66–70, S 71,
// H 72, H2 73, K 74–83, I 84–86, N 87, J 88.
describe("the review fixture: 58 simplified, 212 working days cut", () => {
  const { base, head } = buildReviewFixture();
  const report = computeEffects(base, head);
  const find = (c: string): ProcedureEffect | undefined => report.procedures.find((p) => p.code === c);

  test("totals", () => {
    expect(report.base).toBe("main");
    expect(report.head).toBe("working tree");
    expect(report.totals).toEqual({
      procedures_base: 83,
      procedures_head: 81,
      procedures_matched: 80,
      procedures_simplified: 58,
      procedures_burden_added: 10,
      procedures_replaced: 3,
      procedures_added: 1,
      procedures_abolished: 3,
      working_days_before: 518,
      working_days_after: 309,
      working_days_cut: 212,
      working_days_added: 3,
      calendar_days_before: 120,
      calendar_days_after: 80,
      calendar_days_cut: 40,
      calendar_days_added: 0,
      deadline_unit_changes: 1,
      dossier_components_before: 243,
      dossier_components_after: 231,
      dossier_components_cut: 14,
      dossier_components_added: 2,
      compliance_cost_before_vnd: 0,
      compliance_cost_after_vnd: 0,
      compliance_cost_saved_vnd: 0,
      compliance_cost_cut_percent: 0,
    });
  });

  test("groups by field add up to the totals", () => {
    expect(
      report.groups.map((g) => [
        g.key,
        g.name,
        g.procedures_simplified,
        g.working_days_cut,
        g.calendar_days_cut,
        g.dossier_components_cut,
        g.procedures_burden_added,
        g.procedures_abolished,
        g.procedures_added,
      ]),
    ).toEqual([
      ["ho-tich", "Hộ tịch", 35, 160, 0, 10, 0, 0, 0],
      ["chung-thuc", "Chứng thực", 13, 32, 40, 0, 0, 0, 0],
      ["dat-dai", "Đất đai", 10, 20, 0, 4, 4, 0, 0],
      ["xay-dung", "Xây dựng", 0, 0, 0, 0, 6, 3, 1],
    ]);
  });

  test("groups by level count a procedure at each of its levels", () => {
    const byLevel = computeEffects(base, head, { by: "level" });
    expect(byLevel.by).toBe("level");
    expect(byLevel.groups.map((g) => [g.key, g.name, g.procedures_simplified, g.working_days_cut])).toEqual([
      ["tinh", "Cấp tỉnh", 15, 60],
      ["xa", "Cấp xã", 58, 212],
    ]);
  });

  test("groups by agency are named from co-quan", () => {
    const byAgency = computeEffects(base, head, { by: "agency" });
    expect(byAgency.groups.map((g) => [g.key, g.name, g.procedures_simplified, g.working_days_cut])).toEqual([
      ["ubnd-xa-a", "Ủy ban nhân dân xã A", 58, 212],
    ]);
  });

  test.each([
    // code, actions, burdens, simplified
    [code(1, 1), ["shorten_deadline", "drop_component"], [], true],
    [code(1, 11), ["shorten_deadline"], [], true],
    [code(1, 36), ["shorten_deadline"], [], true],
    [code(1, 44), ["shorten_deadline"], [], true],
    [code(1, 48), ["shorten_deadline"], [], true],
    [code(3, 50), ["shorten_deadline", "drop_component"], [], true],
    [code(1, 55), ["drop_component"], [], true],
    [code(1, 56), ["fewer_copies"], [], true],
    [code(1, 57), ["lower_fee", "lower_cost"], [], true],
    [code(1, 58), ["fewer_steps"], [], true],
    [code(1, 59), ["raise_online_level"], [], true],
    [code(1, 60), ["add_channel"], [], true],
    [code(1, 61), ["lower_cost"], [], true],
    [code(1, 62), ["shorten_deadline"], ["add_component"], false],
    [code(1, 64), ["shorten_deadline"], ["remove_channel"], false],
    [code(1, 65), [], ["lengthen_deadline"], false],
    [code(1, 66), [], ["more_copies"], false],
    [code(1, 67), [], ["raise_fee", "raise_cost"], false],
    [code(1, 68), [], ["more_steps"], false],
    [code(1, 69), [], ["lower_online_level"], false],
    [code(1, 70), [], ["raise_cost"], false],
    [code(1, 71), ["add_channel"], ["remove_channel"], false],
    [code(1, 72), [], [], false],
  ])("%s: actions %j, burdens %j", (c, actions, burdens, simplified) => {
    const effect = find(c);
    expect(effect).toBeDefined();
    expect(effect?.actions).toEqual(actions);
    expect(effect?.burdens).toEqual(burdens);
    expect(effect?.simplified).toBe(simplified);
  });

  test("hours are compared in working days at 8 hours a day", () => {
    expect(find(code(1, 36))).toMatchObject({
      deadline_before: { value: 48, unit: "gio" },
      deadline_after: { value: 16, unit: "gio" },
      days_before: 6,
      days_after: 2,
      unit: "ngay_lam_viec",
      days_cut: 4,
      unit_changed: false,
    });
    // 8 hours → 1 working day is the same deadline: not listed at all.
    expect(find(code(1, 73))).toBeUndefined();
  });

  test("a lengthened deadline has a negative cut; months stay months", () => {
    expect(find(code(1, 65))).toMatchObject({ days_before: 5, days_after: 8, days_cut: -3, unit: "ngay_lam_viec" });
    expect(find(code(1, 48))).toMatchObject({ days_before: 3, days_after: 2, days_cut: 1, unit: "thang" });
    expect(find(code(1, 44))).toMatchObject({ days_before: 30, days_after: 20, days_cut: 10, unit: "ngay" });
  });

  test("a unit change is reported per procedure, with no cut", () => {
    expect(find(code(1, 72))).toMatchObject({
      deadline_before: { value: 10, unit: "ngay_lam_viec" },
      deadline_after: { value: 5, unit: "ngay" },
      days_before: null,
      days_after: null,
      unit: null,
      days_cut: null,
      unit_changed: true,
    });
  });

  test("replacements are matched through thay_the, even when the old code stays as bai_bo", () => {
    expect(report.procedures.filter((p) => p.replaces).map((p) => [p.code, p.replaces, p.days_cut])).toEqual([
      [code(3, 50), code(2, 49), 4],
      [code(3, 52), code(2, 51), 4],
      [code(3, 54), code(2, 53), 4],
    ]);
  });

  test("abolished, added and burden lists", () => {
    expect(report.abolished.map((p) => p.code)).toEqual([code(1, 84), code(1, 85), code(1, 86)]);
    expect(report.added.map((p) => p.code)).toEqual([code(1, 88)]);
    expect(report.burden_added.map((p) => [p.code, p.burdens])).toEqual([
      [code(1, 62), ["add_component"]],
      [code(1, 63), ["add_component"]],
      [code(1, 64), ["remove_channel"]],
      [code(1, 65), ["lengthen_deadline"]],
      [code(1, 66), ["more_copies"]],
      [code(1, 67), ["raise_fee", "raise_cost"]],
      [code(1, 68), ["more_steps"]],
      [code(1, 69), ["lower_online_level"]],
      [code(1, 70), ["raise_cost"]],
      [code(1, 71), ["remove_channel"]],
    ]);
  });

  test("only changed, replaced or re-unitted procedures are listed", () => {
    // 58 simplified + 10 with burdens + 1 unit change; unchanged K and H2 are not.
    expect(report.procedures).toHaveLength(69);
  });

  test("procedures without so_ho_so_nam are named, not guessed", () => {
    expect(report.missing_volume.base).toHaveLength(83);
    expect(report.missing_volume.head).toHaveLength(81);
    expect(report.missing_volume.base).not.toContain(code(1, 87)); // N: not in force
    expect(report.notes.map((n) => [n.kind, n.side])).toEqual([
      ["missing_volume", "base"],
      ["missing_volume", "head"],
    ]);
  });
});

describe("a shorter deadline with an added component", () => {
  const before = reviewedProcedure({ ma: "1.000001", thoi_han: { gia_tri: 10, don_vi: "ngay_lam_viec" } });
  const after = copy(before);
  after.thoi_han = { gia_tri: 7, don_vi: "ngay_lam_viec" };
  after.thanh_phan_ho_so.push({ ten: "Bản sao sổ hộ khẩu", ban_sao: 1 });
  const report = computeEffects(makeCatalogue({ label: "a", procedures: [before] }), makeCatalogue({ label: "b", procedures: [after] }));

  test("is not simplified, is listed with its burden, and its days still count as cut", () => {
    expect(report.totals.procedures_simplified).toBe(0);
    expect(report.totals.procedures_burden_added).toBe(1);
    expect(report.totals.working_days_cut).toBe(3);
    expect(report.totals.dossier_components_cut).toBe(0);
    expect(report.burden_added).toEqual([
      { code: "1.000001", name: "Thủ tục 1.000001", field: "ho-tich", burdens: ["add_component"], actions: ["shorten_deadline"] },
    ]);
    expect(report.procedures[0]).toMatchObject({
      simplified: false,
      actions: ["shorten_deadline"],
      burdens: ["add_component"],
      components_before: 3,
      components_after: 4,
      days_cut: 3,
    });
  });
});

describe("matching", () => {
  const p = (ma: string, extra: Partial<Procedure> = {}) => reviewedProcedure({ ma, ...extra });
  const abolishedOn = { trang_thai: "bai_bo" as const, bai_bo: { quyet_dinh: "1/QĐ", ngay: "2026-01-01", can_cu: "x" } };

  test.each([
    {
      name: "same code wins over thay_the: the replacement is new",
      base: [p("1.000001")],
      head: [p("1.000001"), p("1.000002", { thay_the: "1.000001" })],
      matched: 1,
      replaced: 0,
      added: ["1.000002"],
      abolished: [],
    },
    {
      name: "thay_the matches a code gone from HEAD",
      base: [p("1.000001")],
      head: [p("1.000002", { thay_the: "1.000001" })],
      matched: 1,
      replaced: 1,
      added: [],
      abolished: [],
    },
    {
      name: "thay_the matches a code kept in HEAD as bai_bo",
      base: [p("1.000001")],
      head: [p("1.000001", abolishedOn), p("1.000002", { thay_the: "1.000001" })],
      matched: 1,
      replaced: 1,
      added: [],
      abolished: [],
    },
    {
      name: "a code marked bai_bo in HEAD is abolished",
      base: [p("1.000001")],
      head: [p("1.000001", abolishedOn)],
      matched: 0,
      replaced: 0,
      added: [],
      abolished: ["1.000001"],
    },
    {
      name: "a procedure already bai_bo in BASE is not abolished again, and back in force is added",
      base: [p("1.000001", abolishedOn), p("1.000002", abolishedOn)],
      head: [p("1.000002")],
      matched: 0,
      replaced: 0,
      added: ["1.000002"],
      abolished: [],
    },
    {
      name: "two HEAD procedures replacing one: the second is new",
      base: [p("1.000001")],
      head: [p("1.000002", { thay_the: "1.000001" }), p("1.000003", { thay_the: "1.000001" })],
      matched: 1,
      replaced: 1,
      added: ["1.000003"],
      abolished: [],
    },
    {
      name: "duplicate codes pair in order",
      base: [p("1.000001"), p("1.000001")],
      head: [p("1.000001")],
      matched: 1,
      replaced: 0,
      added: [],
      abolished: ["1.000001"],
    },
  ])("$name", ({ base, head, matched, replaced, added, abolished }) => {
    const report = computeEffects(makeCatalogue({ label: "a", procedures: base }), makeCatalogue({ label: "b", procedures: head }));
    expect(report.totals.procedures_matched).toBe(matched);
    expect(report.totals.procedures_replaced).toBe(replaced);
    expect(report.added.map((x) => x.code)).toEqual(added);
    expect(report.abolished.map((x) => x.code)).toEqual(abolished);
    expect(report.totals.procedures_head).toBe(report.totals.procedures_base + added.length - abolished.length);
  });
});
