// A review (rà soát) built so that exactly 58 procedures are simplified and 212 working days
// are cut, like Gia Lâm's 2022 report (docs/domain.md §5), with every rule of docs/cli.md on the
// path of the count. Generated, not copied: each group below is one loop.
//
// Simplified (58 = 20 + 15 + 8 + 4 + 3 + 7 + 1):
//   A1  20  ho-tich     10 → 5 working days; the first 10 also drop a component (3 → 2)
//   A2  15  ho-tich     7 → 3 working days (levels tinh + xa)
//   B    8  chung-thuc  48 → 16 hours = 6 → 2 working days at 8 hours a day
//   C    4  chung-thuc  30 → 20 calendar days (ngay)
//   D    3  dat-dai     replaced: new code with thay_the, 14 → 10 working days, 4 → 3 components;
//                       the first old code stays in HEAD as bai_bo, the other two are removed
//   E    7  dat-dai     deadline unchanged, one each of drop_component, fewer_copies, lower_fee,
//                       fewer_steps, raise_online_level, add_channel, lower_cost
//   L    1  chung-thuc  3 → 2 months
// Not simplified:
//   F    2  dat-dai     8 → 5 working days but a component added (burden add_component)
//   M    1  dat-dai     6 → 4 working days but the postal channel removed (remove_channel)
//   G    1  dat-dai     5 → 8 working days (lengthen_deadline)
//   P    5  xay-dung    one burden each: more_copies, raise_fee (also raise_cost), more_steps,
//                       lower_online_level, raise_cost
//   S    1  xay-dung    postal channel swapped for online (add_channel + remove_channel)
//   H    1  xay-dung    10 ngay_lam_viec → 5 ngay: a unit change, in neither sum
//   H2   1  xay-dung    8 hours → 1 working day: the same deadline, no change at all
//   K   10  xay-dung    unchanged, 3 working days
//   I    3  xay-dung    abolished: two marked bai_bo in HEAD (their HEAD deadline 10 → 1 would
//                       add 18 days if they were counted), one removed from HEAD
//   N    1  xay-dung    already bai_bo in BASE and removed in HEAD: not abolished again
//   J    1  xay-dung    new in HEAD (added)
//
// Working days cut (212 = 100 + 60 + 32 + 12 + 6 + 2):
//   A1 20 × 5 = 100; A2 15 × 4 = 60; B 8 × 4 = 32; D 3 × 4 = 12; F 2 × 3 = 6 (simplified or
//   not, a matched procedure's cut counts); M 1 × 2 = 2.
// What a wrong rule would give instead: hours as days 8 × 32 = 256 more; netting G's +3 → 209;
// C's calendar days summed in → 252; H's unit change as a cut → 217; L's month → 213;
// I's bai_bo counted as matched → 230; D unmatched → 200 and 3 more abolished and added.
//
// Sums over the matched procedures in working days (excluding H):
//   before = A1 200 + A2 105 + B 48 + D 42 + E 35 + F 16 + M 6 + G 5 + P 25 + S 5 + H2 1 + K 30 = 518
//   after  = A1 100 + A2  45 + B 16 + D 30 + E 35 + F 10 + M 4 + G 8 + P 25 + S 5 + H2 1 + K 30 = 309
//   518 − 309 = 209 = 212 cut − 3 added (G).
// Calendar days: C 4 × 30 = 120 → 80, cut 40.
// Components: 80 matched × 3 = 240, D's 3 have 4 in BASE → before 243; after 240 − 10 (A1)
//   − 1 (E) + 2 (F) = 231; cut 10 + 3 + 1 = 14, added 2.
// Procedures in force: BASE 35 + 8 + 4 + 3 + 7 + 1 + 2 + 1 + 1 + 5 + 1 + 1 + 1 + 10 + 3 = 83
//   (N is not in force); HEAD 83 − 3 abolished + 1 added = 81; matched 80.

import type { Catalogue, Procedure } from "../../src/model/catalogue.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { reviewedProcedure } from "./reviewed-procedure.js";

/** A national-style code: one digit, a dot, six digits. */
export function code(kind: number, n: number): string {
  return `${kind}.${String(n).padStart(6, "0")}`;
}

const FIELD_NAMES: Record<string, string> = {
  "ho-tich": "Hộ tịch",
  "chung-thuc": "Chứng thực",
  "dat-dai": "Đất đai",
  "xay-dung": "Xây dựng",
};

interface Change {
  field: string;
  base?: Procedure;
  /** HEAD's records for this change: none (removed), one, or two (a replacement kept beside the old one). */
  head: Procedure[];
}

export function buildReviewFixture(): { base: Catalogue; head: Catalogue } {
  const changes: Change[] = [];
  let n = 0;
  const next = (kind = 1): string => code(kind, ++n);
  const amend = (field: string, base: Procedure, edit: (p: Procedure) => void): void => {
    const head = copy(base);
    edit(head);
    changes.push({ field, base, head: [head] });
  };
  const days = (gia_tri: number, don_vi: Procedure["thoi_han"]["don_vi"] = "ngay_lam_viec") => ({ gia_tri, don_vi });

  for (let i = 0; i < 20; i++) {
    amend("ho-tich", reviewedProcedure({ ma: next(), thoi_han: days(10) }), (p) => {
      p.thoi_han = days(5);
      if (i < 10) p.thanh_phan_ho_so.pop();
    });
  }
  for (let i = 0; i < 15; i++) {
    amend("ho-tich", reviewedProcedure({ ma: next(), thoi_han: days(7), cap: ["tinh", "xa"] }), (p) => {
      p.thoi_han = days(3);
    });
  }
  for (let i = 0; i < 8; i++) {
    amend("chung-thuc", reviewedProcedure({ ma: next(), thoi_han: days(48, "gio") }), (p) => {
      p.thoi_han = days(16, "gio");
    });
  }
  for (let i = 0; i < 4; i++) {
    amend("chung-thuc", reviewedProcedure({ ma: next(), thoi_han: days(30, "ngay") }), (p) => {
      p.thoi_han = days(20, "ngay");
    });
  }
  amend("chung-thuc", reviewedProcedure({ ma: next(), thoi_han: days(3, "thang") }), (p) => {
    p.thoi_han = days(2, "thang");
  });

  for (let i = 0; i < 3; i++) {
    const old = reviewedProcedure({ ma: next(2), thoi_han: days(14) });
    old.thanh_phan_ho_so.push({ ten: "Bản vẽ hiện trạng", ban_chinh: 1 });
    const replacement = reviewedProcedure({ ma: next(3), thoi_han: days(10), thay_the: old.ma });
    const kept = copy(old);
    kept.trang_thai = "bai_bo";
    kept.bai_bo = { quyet_dinh: "12/QĐ-UBND", ngay: "2026-03-01", can_cu: "63/2010/ND-CP" };
    changes.push({ field: "dat-dai", base: old, head: i === 0 ? [kept, replacement] : [replacement] });
  }

  const simpler: ((p: Procedure) => void)[] = [
    (p) => p.thanh_phan_ho_so.pop(), // drop_component
    (p) => (p.thanh_phan_ho_so[0]!.ban_sao = 0), // fewer_copies (BASE has 2 copies, below)
    (p) => (p.phi_le_phi = [{ ten: "Lệ phí", so_tien: 20_000 }]), // lower_fee (from 50.000)
    (p) => p.trinh_tu.splice(2, 1), // fewer_steps (BASE has 2 applicant steps, below)
    (p) => (p.dich_vu_cong = { muc_do: "toan_trinh" }), // raise_online_level
    (p) => p.cach_thuc.push({ kenh: "truc_tuyen" }), // add_channel
    (p) => (p.chi_phi_khac = 10_000), // lower_cost (from 30.000)
  ];
  for (const edit of simpler) changes.push(edited("dat-dai", baseForOneMeasure(next()), edit));

  for (let i = 0; i < 2; i++) {
    amend("dat-dai", reviewedProcedure({ ma: next(), thoi_han: days(8) }), (p) => {
      p.thoi_han = days(5);
      p.thanh_phan_ho_so.push({ ten: "Văn bản ủy quyền", ban_chinh: 1 });
    });
  }
  amend("dat-dai", reviewedProcedure({ ma: next(), thoi_han: days(6) }), (p) => {
    p.thoi_han = days(4);
    p.cach_thuc = [{ kenh: "truc_tiep" }];
  });
  amend("dat-dai", reviewedProcedure({ ma: next(), thoi_han: days(5) }), (p) => {
    p.thoi_han = days(8);
  });

  const heavier: ((p: Procedure) => void)[] = [
    (p) => (p.thanh_phan_ho_so[1]!.ban_sao = 2), // more_copies
    (p) => (p.phi_le_phi = [{ ten: "Lệ phí", so_tien: 80_000 }]), // raise_fee + raise_cost
    (p) => p.trinh_tu.push({ mo_ta: "Người yêu cầu bổ sung giấy tờ.", chu_the: "nguoi_dan" }), // more_steps
    (p) => (p.dich_vu_cong = { muc_do: "khong" }), // lower_online_level
    (p) => (p.chi_phi_khac = 60_000), // raise_cost
  ];
  for (const edit of heavier) changes.push(edited("xay-dung", baseForOneMeasure(next()), edit));
  amend("xay-dung", reviewedProcedure({ ma: next() }), (p) => {
    p.cach_thuc = [{ kenh: "truc_tiep" }, { kenh: "truc_tuyen" }];
  });

  amend("xay-dung", reviewedProcedure({ ma: next(), thoi_han: days(10) }), (p) => {
    p.thoi_han = days(5, "ngay");
  });
  amend("xay-dung", reviewedProcedure({ ma: next(), thoi_han: days(8, "gio") }), (p) => {
    p.thoi_han = days(1);
  });
  for (let i = 0; i < 10; i++) {
    const p = reviewedProcedure({ ma: next(), thoi_han: days(3) });
    changes.push({ field: "xay-dung", base: p, head: [copy(p)] });
  }

  for (let i = 0; i < 2; i++) {
    amend("xay-dung", reviewedProcedure({ ma: next(), thoi_han: days(10) }), (p) => {
      p.thoi_han = days(1);
      p.trang_thai = "bai_bo";
      p.bai_bo = { quyet_dinh: "12/QĐ-UBND", ngay: "2026-03-01", can_cu: "63/2010/ND-CP" };
    });
  }
  changes.push({ field: "xay-dung", base: reviewedProcedure({ ma: next() }), head: [] });
  changes.push({
    field: "xay-dung",
    base: reviewedProcedure({
      ma: next(),
      trang_thai: "bai_bo",
      bai_bo: { quyet_dinh: "5/QĐ-UBND", ngay: "2025-01-01", can_cu: "63/2010/ND-CP" },
    }),
    head: [],
  });
  changes.push({ field: "xay-dung", head: [reviewedProcedure({ ma: next() })] });

  const baseFields: Record<string, Procedure[]> = {};
  const headFields: Record<string, Procedure[]> = {};
  for (const change of changes) {
    if (change.base) (baseFields[change.field] ??= []).push(change.base);
    (headFields[change.field] ??= []).push(...change.head);
  }
  const fields = (procedures: Record<string, Procedure[]>) =>
    Object.entries(procedures).map(([ma, thu_tuc]) => ({ ma, ten: FIELD_NAMES[ma]!, thu_tuc }));
  return {
    base: makeCatalogue({ label: "main", fields: fields(baseFields) }),
    head: makeCatalogue({ label: "working tree", fields: fields(headFields) }),
  };
}

/** A procedure whose fee, copies, steps and other costs leave room to move either way. */
function baseForOneMeasure(ma: string): Procedure {
  const p = reviewedProcedure({ ma });
  p.thanh_phan_ho_so[0]!.ban_sao = 2;
  p.phi_le_phi = [{ ten: "Lệ phí", so_tien: 50_000 }];
  p.trinh_tu.push({ mo_ta: "Người yêu cầu nhận kết quả.", chu_the: "nguoi_dan" });
  p.chi_phi_khac = 30_000;
  return p;
}

function edited(field: string, base: Procedure, edit: (p: Procedure) => void): Change {
  const head = copy(base);
  edit(head);
  return { field, base, head: [head] };
}
