// The catalogue against the national records: a fresh import matches; every kind of drift shows.
import { describe, expect, test } from "vitest";
import { assembleCatalogue } from "../../src/lint/assemble-catalogue.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { importRecords } from "../../src/portal/import-records.js";
import { defaultReconcileLevel, reconcileCatalogue } from "../../src/portal/reconcile-catalogue.js";
import { renderNewCatalogue } from "../../src/portal/render-new-catalogue.js";
import { allFixtureRecords } from "./fixtures.js";

const RECORDS = allFixtureRecords();
const FRESH = renderNewCatalogue(importRecords(RECORDS).catalogue, {
  office: { ten: "Ủy ban nhân dân xã A", dia_ban: "Xã A, tỉnh B" },
  year: 2026,
});

/** The fresh import with some files edited, read the way every command reads a catalogue. */
function catalogueWith(edits: Record<string, (text: string) => string> = {}) {
  const parsed = [...FRESH].map(([rel, text]) => parseFile(rel, new TextEncoder().encode(edits[rel] ? edits[rel](text) : text)));
  for (const f of parsed) expect(f.problems, f.relative).toEqual([]);
  return assembleCatalogue("test", parsed);
}

function replace(search: string, by: string): (text: string) => string {
  return (text) => {
    expect(text, search).toContain(search);
    return text.replace(search, by);
  };
}

describe("reconcileCatalogue", () => {
  test("a fresh import reconciles with zero differences", () => {
    expect(reconcileCatalogue(catalogueWith(), RECORDS)).toEqual({
      records: 7,
      compared: 5,
      same: 5,
      differ: [],
      missing: [],
      not_national: [],
      local: 0,
    });
  });

  test("changed elements are reported by path, with both values", () => {
    const report = reconcileCatalogue(
      catalogueWith({
        "linh-vuc/ho-tich.yaml": (t) =>
          replace(
            "    thoi_han:\n      gia_tri: 3\n",
            "    thoi_han:\n      gia_tri: 5\n",
          )(
            replace(
              "      - ten: Giấy chứng sinh\n        ban_chinh: 0\n        ban_sao: 1\n",
              "      - ten: Giấy chứng sinh\n        ban_chinh: 1\n",
            )(replace("    can_cu_phap_ly: [60/2014/QH13, 123/2015/ND-CP]\n", "    can_cu_phap_ly: [60/2014/QH13]\n")(t)),
          ),
        "co-quan.yaml": replace("ten: Ủy ban nhân dân cấp xã\n", "ten: Ủy ban nhân dân xã A (cấp xã)\n"),
      }),
      RECORDS,
    );
    expect(report.differ.map((d) => d.code)).toEqual(["1.000001"]); // the only one citing that agency
    expect(report.same).toBe(4);
    const first = report.differ.find((d) => d.code === "1.000001")!;
    expect(first.elements).toEqual(["co_quan", "thoi_han", "cach_thuc", "thanh_phan_ho_so", "can_cu_phap_ly"]);
    expect(first.changes).toContainEqual({ path: ["thoi_han", "gia_tri"], catalogue: 5, national: 3 });
    expect(first.changes).toContainEqual({
      path: ["co_quan", "tham_quyen"],
      catalogue: "Ủy ban nhân dân xã A (cấp xã)",
      national: "Ủy ban nhân dân cấp xã",
    });
    expect(first.changes).toContainEqual({ path: ["thanh_phan_ho_so", "Giấy chứng sinh", "ban_chinh"], catalogue: 1, national: 0 });
    expect(first.changes).toContainEqual({ path: ["can_cu_phap_ly", 1], catalogue: null, national: "123/2015/ND-CP" });
    // Every channel without its own deadline has the statutory one: both changed with it.
    expect(first.changes).toContainEqual({ path: ["cach_thuc", "truc_tiep", "thoi_han", "gia_tri"], catalogue: 5, national: 3 });
  });

  test("case, spacing and NFD are no difference; what only the catalogue holds is not compared", () => {
    const report = reconcileCatalogue(
      catalogueWith({
        "co-quan.yaml": replace("ten: Ủy ban nhân dân cấp xã\n", `ten: "${"ỦY BAN  NHÂN DÂN CẤP XÃ".normalize("NFD")}"\n`),
        "linh-vuc/ho-tich.yaml": replace(
          "    ten: Thủ tục đăng ký khai sinh\n",
          "    ten: Thủ tục   đăng ký khai sinh\n    dia_diem: Bộ phận Một cửa UBND xã A\n",
        ),
      }),
      RECORDS,
    );
    expect(report.differ).toEqual([]);
  });

  test("an element under review is compared only where both sides have a value", () => {
    // The reviewer wrote a number for 1.000002's bare "7" and kept the mark: the record states no number.
    const reviewed = catalogueWith({
      "linh-vuc/ho-tich.yaml": replace(
        '    thoi_han:\n      ghi_chu: "7"\n',
        "    thoi_han:\n      gia_tri: 7\n      don_vi: ngay_lam_viec\n",
      ),
    });
    expect(reconcileCatalogue(reviewed, RECORDS).differ).toEqual([]);
    // A deadline the record does state is compared, mark or not.
    const wrong = catalogueWith({
      "linh-vuc/ho-tich.yaml": replace("        thoi_han: {gia_tri: 5, don_vi: ngay}\n", "        thoi_han: {gia_tri: 4, don_vi: ngay}\n"),
    });
    expect(reconcileCatalogue(wrong, RECORDS).differ).toEqual([
      expect.objectContaining({
        code: "1.000006",
        elements: ["cach_thuc"],
        changes: [{ path: ["cach_thuc", "truc_tiep", "thoi_han", "gia_tri"], catalogue: 4, national: 5 }],
      }),
    ]);
  });

  test("missing, abolished, not national and local procedures", () => {
    const catalogue = catalogueWith({
      "linh-vuc/ho-tich.yaml": (t) =>
        replace(
          '  - ma: "1.000006"\n',
          '  - ma: "1.999999"\n',
        )(replace('  - ma: "1.000002"\n', '  - ma: "DP.000001"\n')(t)).replace(
          /( {2}- ma: "1.000001"\n)/u,
          "$1    trang_thai: bai_bo\n    bai_bo: {quyet_dinh: 1/QĐ-UBND, ngay: 2026-01-05, can_cu: 60/2014/QH13}\n",
        ),
    });
    const report = reconcileCatalogue(catalogue, RECORDS);
    expect(report.missing.map((m) => m.code)).toEqual(["1.000001", "1.000002", "1.000006"]);
    expect(report.not_national.map((m) => m.code)).toEqual(["1.999999"]);
    expect(report.local).toBe(1);
    expect(report).toMatchObject({ compared: 2, same: 2 });
  });

  test("the scope of missing: level, fields and codes", () => {
    const catalogue = catalogueWith({ "linh-vuc/ho-tich.yaml": replace('  - ma: "1.000006"\n', '  - ma: "DP.000006"\n') });
    expect(reconcileCatalogue(catalogue, RECORDS).missing.map((m) => m.code)).toEqual(["1.000006"]);
    expect(reconcileCatalogue(catalogue, RECORDS, { level: "xa" }).missing).toEqual([]);
    expect(reconcileCatalogue(catalogue, RECORDS, { fields: ["Hải quan"] }).missing).toEqual([]);
    expect(reconcileCatalogue(catalogue, RECORDS, { codes: ["1.000001"] })).toMatchObject({ compared: 1, missing: [], local: 0 });
  });

  test("the default level is the one every procedure in force has", () => {
    expect(defaultReconcileLevel(catalogueWith())).toBeUndefined();
    const communes = catalogueWith({
      "linh-vuc/ho-tich.yaml": replace("    cap: [tinh]\n", "    cap: [tinh, xa]\n"),
      "linh-vuc/hai-quan.yaml": replace("    cap: [bo]\n", "    cap: [bo, xa]\n"),
    });
    expect(defaultReconcileLevel(communes)).toBe("xa");
  });
});
