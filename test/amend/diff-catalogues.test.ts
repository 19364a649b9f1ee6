import { describe, expect, test } from "vitest";
import { alignSequences } from "../../src/amend/align-sequences.js";
import { diffCatalogues } from "../../src/amend/diff-catalogues.js";
import { diffProcedures } from "../../src/amend/diff-procedures.js";
import { diffWords } from "../../src/amend/diff-words.js";
import { normaliseText } from "../../src/amend/normalise-text.js";
import { textSimilarity } from "../../src/amend/text-similarity.js";
import type { Field, Procedure } from "../../src/model/catalogue.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { baseFields, khaiSinh, procedureIn } from "./base-fields.js";

function diffOf(edit: (fields: Field[]) => void) {
  const head = copy(baseFields());
  edit(head);
  return diffCatalogues(makeCatalogue({ label: "main", fields: baseFields() }), makeCatalogue({ label: "working tree", fields: head }));
}

describe("words", () => {
  test('"Đăng ký" splits on spaces, never inside a letter with diacritics, NFD or not', () => {
    const nfd = "Đăng ký khai sinh".normalize("NFD");
    expect(diffWords(nfd, "Đăng kí khai sinh".normalize("NFD"))).toEqual([
      { kind: "same", text: "Đăng " },
      { kind: "removed", text: "ký" },
      { kind: "inserted", text: "kí" },
      { kind: "same", text: " khai sinh" },
    ]);
    expect(diffWords("Đăng ký khai sinh", nfd)).toEqual([{ kind: "same", text: "Đăng ký khai sinh" }]);
  });

  test("normalised text and similarity", () => {
    expect(normaliseText("  Nộp  hồ sơ.\n".normalize("NFD"))).toBe("nộp hồ sơ");
    expect(textSimilarity("Nộp hồ sơ tại xã", "nộp hồ sơ tại xã.")).toBe(1);
    expect(textSimilarity("a b c d", "a b x y")).toBe(0.5);
    expect(textSimilarity("a", "")).toBe(0);
  });

  test("alignment anchors the unchanged items and pairs a reworded one", () => {
    const key = (s: string) => s;
    expect(alignSequences(["a", "b", "c"], ["a", "x", "b", "c"], key, () => 0, 0.5)).toEqual([
      { kind: "same", b: 0, a: 0 },
      { kind: "inserted", a: 1 },
      { kind: "same", b: 1, a: 2 },
      { kind: "same", b: 2, a: 3 },
    ]);
    const words = ["nộp hồ sơ tại xã", "kiểm tra hồ sơ", "trả kết quả"];
    const edited = ["nộp hồ sơ tại xã", "kiểm tra kỹ hồ sơ", "trả kết quả"];
    expect(alignSequences(words, edited, key, textSimilarity, 0.5)).toEqual([
      { kind: "same", b: 0, a: 0 },
      { kind: "similar", b: 1, a: 1 },
      { kind: "same", b: 2, a: 2 },
    ]);
    expect(alignSequences(["a b"], ["x y"], key, textSimilarity, 0.5)).toEqual([
      { kind: "removed", b: 0 },
      { kind: "inserted", a: 0 },
    ]);
  });
});

describe("diffProcedures", () => {
  // Most procedures of two versions are the same and are answered without the full comparison;
  // what is not exactly the same still goes through it, with its own idea of "the same".
  const reordered = (p: Procedure) => Object.fromEntries(Object.entries(p).reverse()) as unknown as Procedure;
  test.each<[string, () => [Procedure, Procedure], number]>([
    ["the same record", () => [khaiSinh(), khaiSinh()].map(() => khaiSinh()) as [Procedure, Procedure], 0],
    ["one object on both sides", () => ((p) => [p, p] as [Procedure, Procedure])(khaiSinh()), 0],
    ["the same keys in another order", () => [khaiSinh(), reordered(khaiSinh())], 0],
    ["a key left out on one side and null on the other", () => [khaiSinh(), { ...khaiSinh(), thay_the: null as never }], 0],
    ["the same text, decomposed (NFD)", () => [khaiSinh(), { ...khaiSinh(), ten: khaiSinh().ten.normalize("NFD") }], 0],
    ["one number deep in a list", () => [khaiSinh(), { ...khaiSinh(), thanh_phan_ho_so: bumpFirstCopies(khaiSinh()) }], 1],
    // NaN is not equal to itself: the full comparison has always reported it, and still does.
    ["a number that is not a number on both sides", () => [withNaN(), withNaN()], 1],
  ])("%s", (_name, make, count) => {
    const [before, after] = make();
    expect(diffProcedures(before, after)).toHaveLength(count);
  });

  test("a reworded step is one text change at its HEAD index", () => {
    const after = khaiSinh();
    after.trinh_tu[1]!.mo_ta = "Công chức tư pháp - hộ tịch tiếp nhận, kiểm tra và số hóa hồ sơ.";
    expect(diffProcedures(khaiSinh(), after)).toEqual([
      {
        path: ["trinh_tu", 1, "mo_ta"],
        before: "Công chức tư pháp - hộ tịch tiếp nhận và kiểm tra hồ sơ.",
        after: "Công chức tư pháp - hộ tịch tiếp nhận, kiểm tra và số hóa hồ sơ.",
      },
    ]);
  });

  test("a removed step is reported at its BASE index, alone", () => {
    const after = khaiSinh();
    after.trinh_tu.splice(1, 1);
    expect(diffProcedures(khaiSinh(), after)).toEqual([{ path: ["trinh_tu", 1], before: khaiSinh().trinh_tu[1], after: null }]);
  });

  test("NFD text that reads the same is no change; an absent list equals an empty one", () => {
    const after = khaiSinh();
    after.ten = after.ten.normalize("NFD");
    after.thanh_phan_lien_thong = [];
    after.co_quan = { tham_quyen: "ubnd-xa-a", phoi_hop: [] };
    expect(diffProcedures(khaiSinh(), after)).toEqual([]);
  });

  test("lists of strings are sets: an added legal basis at its index, reordering nothing", () => {
    const after = khaiSinh();
    after.can_cu_phap_ly = ["123/2015/ND-CP", "87/2020/ND-CP", "60/2014/QH13"];
    after.doi_tuong = ["nguoi_nuoc_ngoai", "cong_dan_viet_nam"];
    expect(diffProcedures(khaiSinh(), after)).toEqual([
      { path: ["doi_tuong", 0], before: null, after: "nguoi_nuoc_ngoai" },
      { path: ["can_cu_phap_ly", 1], before: null, after: "87/2020/ND-CP" },
    ]);
  });

  test("channels by kenh: a channel's own deadline changes at a path through its kenh", () => {
    const after = khaiSinh();
    after.cach_thuc = [{ kenh: "buu_chinh" }, { kenh: "truc_tuyen", thoi_han: { gia_tri: 2, don_vi: "ngay_lam_viec" } }];
    expect(diffProcedures(khaiSinh(), after)).toEqual([
      {
        path: ["cach_thuc", "truc_tuyen", "thoi_han", "gia_tri"],
        before: 3,
        after: 2,
        // The whole deadline, for readers: "3 ngày làm việc → 2 ngày làm việc".
        deadline: { before: { gia_tri: 3, don_vi: "ngay_lam_viec" }, after: { gia_tri: 2, don_vi: "ngay_lam_viec" } },
      },
      { path: ["cach_thuc", "truc_tiep"], before: { kenh: "truc_tiep" }, after: null },
    ]);
  });

  test("two components with the same name stay apart", () => {
    const before = khaiSinh();
    before.thanh_phan_ho_so = [
      { ten: "Bản sao giấy tờ", ban_sao: 1 },
      { ten: "Bản sao giấy tờ", ban_sao: 2 },
    ];
    const after = copy(before);
    after.thanh_phan_ho_so[1]!.ban_sao = 3;
    expect(diffProcedures(before, after)).toEqual([{ path: ["thanh_phan_ho_so", "Bản sao giấy tờ (2)", "ban_sao"], before: 2, after: 3 }]);
  });
});

describe("diffCatalogues", () => {
  test("nothing changed", () => {
    const diff = diffOf(() => undefined);
    expect(diff).toEqual({
      base: "main",
      head: "working tree",
      added: [],
      amended: [],
      replaced: [],
      abolished: [],
      unchanged: 4,
      moved: [],
      // How ids read to people, for the renderers (not in the JSON).
      names: expect.objectContaining({ agencies: expect.objectContaining({ "ubnd-xa-a": "Ủy ban nhân dân xã A" }) }) as unknown,
    });
  });

  test("a record-keeping change is an amendment with legal_change false", () => {
    const diff = diffOf((f) => {
      procedureIn(f, "1.001193").so_ho_so_nam = 1500;
    });
    expect(diff.amended).toEqual([
      {
        code: "1.001193",
        name: "Thủ tục đăng ký khai sinh",
        field: "ho-tich",
        field_name: "Hộ tịch",
        elements: ["so_ho_so_nam"],
        changes: [{ path: ["so_ho_so_nam"], before: 1200, after: 1500 }],
        legal_change: false,
      },
    ]);
  });

  test("a procedure moved to another field with an amendment carries field_before", () => {
    const diff = diffOf((f) => {
      const [moved] = f[0]!.thu_tuc.splice(2, 1);
      moved!.thoi_han.gia_tri = 4;
      f[1]!.thu_tuc.push(moved!);
    });
    expect(diff.amended).toMatchObject([{ code: "1.000894", field: "chung-thuc", field_before: "ho-tich", elements: ["thoi_han"] }]);
    expect(diff.added).toEqual([]);
    expect(diff.abolished).toEqual([]);
    expect(diff.unchanged).toBe(3);
  });

  test("a replacement whose old procedure is kept as bai_bo is one replacement, not an abolition", () => {
    const diff = diffOf((f) => {
      const old = procedureIn(f, "1.000656");
      old.trang_thai = "bai_bo";
      old.bai_bo = { quyet_dinh: "99/QĐ-UBND", ngay: "2026-03-01", can_cu: "123/2015/ND-CP" };
      f[0]!.thu_tuc.push({
        ...copy(old),
        ma: "1.012345",
        ten: "Thủ tục đăng ký khai tử (liên thông)",
        trang_thai: "hieu_luc",
        bai_bo: undefined,
        thay_the: "1.000656",
      });
    });
    expect(diff.replaced).toMatchObject([
      { code: "1.012345", replaces: "1.000656", replaces_name: "Thủ tục đăng ký khai tử", elements: ["ten"] },
    ]);
    expect(diff.abolished).toEqual([]);
    expect(diff.added).toEqual([]);
  });

  test("a bai_bo record deleted, or added already abolished, announces nothing", () => {
    const abolishedRecord = {
      ...khaiSinh(),
      ma: "1.000001",
      trang_thai: "bai_bo" as const,
      bai_bo: { quyet_dinh: "1/QĐ-UBND", ngay: "2024-01-01", can_cu: "60/2014/QH13" },
    };
    const withRecord = baseFields();
    withRecord[0]!.thu_tuc.push(abolishedRecord);
    const a = makeCatalogue({ label: "a", fields: withRecord });
    const b = makeCatalogue({ label: "b", fields: baseFields() });
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const diff = diffCatalogues(x, y);
      expect([diff.added, diff.amended, diff.replaced, diff.abolished, diff.moved]).toEqual([[], [], [], [], []]);
      expect(diff.unchanged).toBe(4);
    }
  });

  test("a procedure brought back from bai_bo is an amendment of its record", () => {
    const before = baseFields();
    Object.assign(procedureIn(before, "1.000894"), {
      trang_thai: "bai_bo",
      bai_bo: { quyet_dinh: "1/QĐ-UBND", ngay: "2024-01-01", can_cu: "60/2014/QH13" },
    });
    const diff = diffCatalogues(makeCatalogue({ label: "a", fields: before }), makeCatalogue({ label: "b", fields: baseFields() }));
    expect(diff.amended).toMatchObject([{ code: "1.000894", elements: ["trang_thai", "bai_bo"] }]);
    expect(diff.added).toEqual([]);
  });
});

function bumpFirstCopies(procedure: Procedure): Procedure["thanh_phan_ho_so"] {
  const [first, ...rest] = procedure.thanh_phan_ho_so;
  return [{ ...first!, ban_chinh: (first!.ban_chinh ?? 0) + 1 }, ...rest];
}

function withNaN(): Procedure {
  const procedure = khaiSinh();
  procedure.thoi_han = { ...procedure.thoi_han, gia_tri: Number.NaN };
  return procedure;
}
