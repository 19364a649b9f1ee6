import { describe, expect, test } from "vitest";
import { computeStats, percentOf } from "../../src/stats/compute-stats.js";
import { makeCatalogue, makeProcedure } from "../support/builders.js";
import { sampleCatalogue } from "./sample-catalogue.js";

describe("computeStats", () => {
  const stats = computeStats(sampleCatalogue());

  test("counts procedures in force; abolished apart", () => {
    expect(stats.total).toBe(10);
    expect(stats.abolished).toBe(3);
    expect(stats.catalogue).toBe("working tree");
  });

  test("by field, in catalogue order, a field of abolished procedures only shows 0", () => {
    expect(stats.by_field).toEqual([
      { key: "ho-tich", name: "Hộ tịch", count: 4, percent: 40 },
      { key: "dat-dai", name: "Đất đai", count: 4, percent: 40 },
      { key: "bo-trong", name: "Lĩnh vực chỉ còn thủ tục bãi bỏ", count: 0, percent: 0 },
      { key: "chung-thuc", name: "Chứng thực", count: 2, percent: 20 },
    ]);
  });

  test("by level: a procedure at several levels counts at each", () => {
    expect(stats.by_level.map((r) => [r.key, r.count, r.percent])).toEqual([
      ["bo", 0, 0],
      ["tinh", 2, 20],
      ["huyen", 0, 0],
      ["xa", 9, 90],
    ]);
    expect(stats.by_level.find((r) => r.key === "xa")?.name).toBe("Cấp xã");
    expect(stats.multi_level).toBe(1);
  });

  test("by competent agency: largest first, ties in co-quan.yaml order, unknown ids last with the id as name", () => {
    expect(stats.by_agency).toEqual([
      { key: "ubnd-xa-a", name: "Ủy ban nhân dân xã A", count: 6, percent: 60 },
      { key: "ubnd-tinh-b", name: "Ủy ban nhân dân tỉnh B", count: 2, percent: 20 },
      { key: "cong-an-xa-a", name: "Công an xã A", count: 1, percent: 10 },
      { key: "co-quan-la", name: "co-quan-la", count: 1, percent: 10 },
    ]);
  });

  test("by kind: missing loai is thong_thuong", () => {
    expect(stats.by_kind.map((r) => [r.key, r.count])).toEqual([
      ["thong_thuong", 8],
      ["lien_thong", 1],
      ["noi_bo", 1],
    ]);
  });

  test("online levels: missing dich_vu_cong counts as khong", () => {
    expect(stats.online).toEqual({ toan_trinh: 3, mot_phan: 2, khong: 5 });
    expect(stats.online_percent).toEqual({ toan_trinh: 30, mot_phan: 20, khong: 50 });
    expect([stats.online_any, stats.online_any_percent]).toEqual([5, 50]);
  });

  test("postal and fees: so_tien > 0 or no so_tien counts, 0 alone does not", () => {
    expect([stats.postal, stats.postal_percent]).toEqual([3, 30]);
    expect([stats.with_fee, stats.with_fee_percent, stats.with_fee_amount_elsewhere]).toEqual([4, 40, 2]);
  });

  test("an empty catalogue gives zeros, not NaN", () => {
    const empty = computeStats(makeCatalogue({ procedures: [] }));
    expect(empty.total).toBe(0);
    expect(empty.online_percent).toEqual({ toan_trinh: 0, mot_phan: 0, khong: 0 });
    expect(empty.by_agency).toEqual([]);
  });

  test("levels repeated in one procedure count once", () => {
    const s = computeStats(
      makeCatalogue({ fields: [{ ma: "a", ten: "A", thu_tuc: [makeProcedure({ ma: "1.000001", cap: ["xa", "xa"] })] }] }),
    );
    expect(s.by_level.find((r) => r.key === "xa")?.count).toBe(1);
    expect(s.multi_level).toBe(0);
  });
});

describe("percentOf", () => {
  test.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [110, 404, 27.2],
    [49, 404, 12.1],
    [0, 0, 0],
    [5, 5, 100],
  ])("%i of %i is %d%%", (count, total, expected) => {
    expect(percentOf(count, total)).toBe(expected);
  });
});
