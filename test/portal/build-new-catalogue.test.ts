// A complete new catalogue from portal records: canonical, deterministic, 0 errors.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { formatCatalogueText } from "../../src/fmt/format-catalogue-text.js";
import { fileKindOf } from "../../src/model/file-kind.js";
import { buildImportedCatalogue } from "../../src/portal/build-imported-catalogue.js";
import { convertRecord } from "../../src/portal/convert-record.js";
import { importRecords } from "../../src/portal/import-records.js";
import { renderNewCatalogue } from "../../src/portal/render-new-catalogue.js";
import { cleanup, validateJson } from "../validate/harness.js";
import { allFixtureRecords, fixtureRecord } from "./fixtures.js";

const OFFICE = { ten: "Ủy ban nhân dân xã A", dia_ban: "Xã A, tỉnh B" };
const made: string[] = [];
afterAll(() => made.forEach(cleanup));

function writeCatalogue(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tthc-import-"));
  made.push(dir);
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe("importRecords", () => {
  test("the report's counts", () => {
    const result = importRecords(allFixtureRecords());
    expect(result).toMatchObject({ records: 7, selected: 7, imported: 5, clean: 1 });
    expect(result.review).toEqual({
      thoi_han: 4,
      phi_le_phi: 3,
      co_quan: 2,
      doi_tuong: 2,
      trinh_tu: 2,
      can_cu_phap_ly: 1,
      mau_don: 1,
      thanh_phan_ho_so: 1,
    });
    expect(result.skipped).toHaveLength(2);
    expect(result.catalogue.fields.map((f) => [f.code, f.procedures.map((p) => p.ma)])).toEqual([
      ["chung-thuc", ["2.000003"]],
      ["hai-quan", ["1.000004"]],
      ["ho-tich", ["1.000001", "1.000002", "1.000006"]],
    ]);
  });
});

describe("renderNewCatalogue", () => {
  const files = renderNewCatalogue(importRecords(allFixtureRecords()).catalogue, { office: OFFICE, year: 2026 });

  test("every file the format needs, and one per field", () => {
    expect([...files.keys()]).toEqual([
      "co-quan.yaml",
      "lich/2026.yaml",
      "lich/2027.yaml",
      "linh-vuc/chung-thuc.yaml",
      "linh-vuc/hai-quan.yaml",
      "linh-vuc/ho-tich.yaml",
      "tthc.yaml",
      "van-ban.yaml",
    ]);
  });

  test.each([...files])("%s is canonical: tthc fmt leaves it unchanged", (rel, text) => {
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+schemas\/[a-z-]+\.schema\.json$/);
    const formatted = formatCatalogueText(text, fileKindOf(rel));
    expect(formatted).toEqual({ ok: true, text });
  });

  test("the same records in another order write the same bytes", () => {
    const reversed = renderNewCatalogue(importRecords([...allFixtureRecords()].reverse()).catalogue, { office: OFFICE, year: 2026 });
    // Reversed, the duplicate's other copy is imported instead: the same code, another name.
    const without = (m: Map<string, string>) =>
      new Map([...m].map(([k, v]) => [k, v.replace(/ten: Bản ghi trùng mã\n/u, "ten: Thủ tục đăng ký khai sinh\n")]));
    expect(without(reversed)).toEqual(files);
  });

  test("validates with 0 errors; each review mark is an import-review warning", async () => {
    const dir = writeCatalogue(files);
    const { code, report } = await validateJson(dir);
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(code).toBe(0);
    const review = report.diagnostics.filter((d) => d.rule === "import-review");
    expect(review).toHaveLength(16); // the sum of the report's review counts
    expect(report.diagnostics.every((d) => d.rule === "import-review")).toBe(true);
  });

  test("a text-only deadline is written as its text", () => {
    expect(files.get("linh-vuc/ho-tich.yaml")).toContain('    thoi_han:\n      ghi_chu: "7"\n');
  });

  test("the manifest names the office, which is an agency too", () => {
    expect(files.get("tthc.yaml")).toContain("co_quan_quan_ly: uy-ban-nhan-dan-xa-a\ndia_ban: Xã A, tỉnh B\n");
    expect(files.get("co-quan.yaml")).toContain("  - id: uy-ban-nhan-dan-xa-a\n    ten: Ủy ban nhân dân xã A\n");
  });

  test("a known calendar is used as it is; a year without one gets the statutory holidays", () => {
    const known = "# yaml-language-server: $schema=../../schemas/lich.schema.json\nnam: 2026\nngay_nghi: []\nngay_lam_bu: []\n";
    const withKnown = renderNewCatalogue(importRecords(allFixtureRecords()).catalogue, {
      office: OFFICE,
      year: 2026,
      calendarTexts: new Map([[2026, known]]),
    });
    expect(withKnown.get("lich/2026.yaml")).toBe(known);
    const statutory = withKnown.get("lich/2027.yaml")!;
    expect(statutory).toContain("nam: 2027\n");
    expect(statutory).toContain("{ngay: 2027-04-16, ly_do: Giỗ Tổ Hùng Vương}");
    expect(statutory).toContain("ngay_lam_bu: []\n");
  });
});

describe("buildImportedCatalogue", () => {
  test("one agency per name, whatever its case or spacing; ids from the names, not the order", () => {
    const a = convertRecord({ ...fixtureRecord("1.000006"), ma_thu_tuc: "1.000006", co_quan_co_tham_quyen: "Sở Tư pháp" });
    const b = convertRecord({ ...fixtureRecord("1.000006"), ma_thu_tuc: "1.000007", co_quan_co_tham_quyen: "Sở  tư pháp." });
    const c = convertRecord({
      ...fixtureRecord("1.000006"),
      ma_thu_tuc: "1.000008",
      co_quan_co_tham_quyen: "Sở Tư Pháp",
      linh_vuc: "Thi đua – Khen thưởng",
    });
    const d = convertRecord({ ...fixtureRecord("1.000006"), ma_thu_tuc: "1.000009", linh_vuc: "Thi đua khen thưởng" });
    const one = buildImportedCatalogue([a, b, c, d]);
    const two = buildImportedCatalogue([d, c, b, a]);
    expect(one).toEqual(two);
    expect(one.agencies).toEqual([{ id: "so-tu-phap", ten: "Sở Tư pháp" }]);
    expect(one.fields.map((f) => [f.code, f.name])).toEqual([
      ["ho-tich", "Hộ tịch"],
      ["thi-dua-khen-thuong", "Thi đua khen thưởng"],
      ["thi-dua-khen-thuong-2", "Thi đua – Khen thưởng"],
    ]);
  });

  test("a document's title is the commonest one, its date only when every record agrees", () => {
    const a = convertRecord(fixtureRecord("1.000001"));
    const b = convertRecord({
      ...fixtureRecord("1.000001"),
      ma_thu_tuc: "1.000010",
      can_cu_phap_ly: "Tên văn bản pháp lýMã văn bảnNghị định số 123/2015/NĐ-CP ngày 16/11/2015 sai ngày123/2015/NĐ-CP",
    });
    const c = convertRecord({ ...fixtureRecord("1.000001"), ma_thu_tuc: "1.000011" });
    const docs = buildImportedCatalogue([a, b, c]).documents;
    const decree = docs.find((d) => d.id === "123/2015/ND-CP")!;
    expect(decree).toEqual({
      id: "123/2015/ND-CP",
      so_hieu: "123/2015/NĐ-CP",
      ten: "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều của Luật Hộ tịch",
    });
    expect(docs.find((d) => d.id === "60/2014/QH13")).toEqual({ id: "60/2014/QH13", ten: "Luật Hộ tịch" });
  });
});
