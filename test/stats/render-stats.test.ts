import { describe, expect, test } from "vitest";
import { computeStats } from "../../src/stats/compute-stats.js";
import { renderStatsJson } from "../../src/render/stats/stats-json.js";
import { renderStatsMd } from "../../src/render/stats/stats-md.js";
import { renderStatsTable } from "../../src/render/stats/stats-table.js";
import { formatNumber } from "../../src/words/format-number.js";
import { describeStats } from "../../src/render/stats/stats-wording.js";
import { makeCatalogue, makeProcedure } from "../support/builders.js";
import { sampleCatalogue } from "./sample-catalogue.js";

const stats = computeStats(sampleCatalogue());
const ESC = "\u001b[";

describe("the report sentence", () => {
  test("Vietnamese, in the offices' words", () => {
    expect(describeStats(stats, "vi")).toEqual([
      "Tổng số 10 TTHC đang có hiệu lực, trong đó: cấp tỉnh 2 TTHC, cấp xã 9 TTHC (1 TTHC thực hiện ở nhiều cấp được tính ở mỗi cấp); " +
        "1 TTHC liên thông; 1 TTHC nội bộ; " +
        "3 TTHC trực tuyến toàn trình (30%), 2 một phần (20%); 3 TTHC tiếp nhận qua bưu chính (30%); " +
        "4 TTHC có thu phí, lệ phí (40%).",
      // The figure tthc validate gives: every procedure of the files.
      "Danh mục lưu 13 TTHC: 10 TTHC đang có hiệu lực và 3 TTHC đã bãi bỏ (không tính trong các số liệu trên).",
    ]);
  });

  test("English", () => {
    expect(describeStats(stats, "en")[0]).toBe(
      "10 procedures in force: province level 2, commune level 9 (1 done at several levels count at each); 1 inter-agency (liên thông); 1 internal (nội bộ); " +
        "3 fully online (30%), 2 partly online (20%); 3 accepting dossiers by post (30%); 4 with a fee or charge (40%).",
    );
  });

  test("decimal commas and thousands dots in Vietnamese; no liên thông part when there is none", () => {
    const procedures = Array.from({ length: 1203 }, (_, i) =>
      makeProcedure({ ma: `1.${String(i).padStart(6, "0")}`, dich_vu_cong: { muc_do: i % 3 === 0 ? "toan_trinh" : "khong" } }),
    );
    const s = computeStats(makeCatalogue({ procedures }));
    expect(describeStats(s, "vi")).toEqual([
      "Tổng số 1.203 TTHC đang có hiệu lực, trong đó: cấp xã 1.203 TTHC; 401 TTHC trực tuyến toàn trình (33,3%), 0 một phần (0%); " +
        "0 TTHC tiếp nhận qua bưu chính (0%); 0 TTHC có thu phí, lệ phí (0%).",
    ]);
    expect(describeStats(s, "en")[0]).toContain("1,203 procedures in force: commune level 1,203; 401 fully online (33.3%)");
  });

  test.each([
    [0, "vi", "0"],
    [999, "vi", "999"],
    [1000, "vi", "1.000"],
    [1234567.5, "vi", "1.234.567,5"],
    [1234567.5, "en", "1,234,567.5"],
    [27.2, "vi", "27,2"],
  ] as const)("formatNumber(%d, %s) = %s", (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });
});

describe("renderers", () => {
  test("table: sentence first, aligned columns, no colour unless asked", () => {
    const text = renderStatsTable(stats, { lang: "vi", color: false, width: 1000 });
    const lines = text.split("\n");
    expect(lines[0]).toBe(describeStats(stats, "vi")[0]);
    expect(text).not.toContain(ESC);
    expect(text).toContain(
      [
        "Theo lĩnh vực",
        "Mã          Lĩnh vực                         Số TTHC  Tỷ lệ",
        "-----------------------------------------------------------",
        "ho-tich     Hộ tịch                                4    40%",
        "dat-dai     Đất đai                                4    40%",
        "bo-trong    Lĩnh vực chỉ còn thủ tục bãi bỏ        0     0%",
        "chung-thuc  Chứng thực                             2    20%",
      ].join("\n"),
    );
    expect(text).toContain("Một TTHC thực hiện ở nhiều cấp được đếm ở mỗi cấp (1 TTHC như vậy)");
    expect(text).toContain("Cấp tỉnh        2    20%\nCấp xã          9    90%");
    expect(text).toContain("Toàn trình              3    30%");
    expect(text.endsWith("40%\n")).toBe(true);
    expect(renderStatsTable(stats, { lang: "vi", color: true })).toContain(ESC);
  });

  test("table in English names levels and kinds in English", () => {
    const text = renderStatsTable(stats, { lang: "en", color: false, width: 1000 });
    expect(text).toContain("Commune level            9    90%");
    expect(text).toContain("Inter-agency (liên thông)           1    10%");
  });

  test("md: sentence, then pipe tables with escaped cells", () => {
    const withPipe = makeCatalogue({ fields: [{ ma: "a-b", ten: "Tên | có gạch", thu_tuc: [makeProcedure({ ma: "1.000001" })] }] });
    const md = renderStatsMd(computeStats(withPipe), { lang: "vi" });
    expect(md.split("\n").slice(0, 3)).toEqual([
      "# Thống kê danh mục thủ tục hành chính",
      "",
      "Tổng số 1 TTHC đang có hiệu lực, trong đó: cấp xã 1 TTHC; 0 TTHC trực tuyến toàn trình (0%), 0 một phần (0%); 0 TTHC tiếp nhận qua bưu chính (0%); 0 TTHC có thu phí, lệ phí (0%).",
    ]);
    expect(md).toContain("| Mã | Lĩnh vực | Số TTHC | Tỷ lệ |\n| --- | --- | ---: | ---: |\n| a-b | Tên \\| có gạch | 1 | 100% |");
    expect(md).not.toContain(ESC);
  });

  test("json: the computed stats, English keys, whatever the language", () => {
    const json = JSON.parse(renderStatsJson(stats, { lang: "vi", color: true }));
    expect(Object.keys(json)).toEqual([
      "catalogue",
      "total",
      "abolished",
      "by_field",
      "by_level",
      "multi_level",
      "by_agency",
      "by_kind",
      "online",
      "online_percent",
      "online_any",
      "online_any_percent",
      "postal",
      "postal_percent",
      "with_fee",
      "with_fee_percent",
      "with_fee_amount_elsewhere",
    ]);
    expect(json.by_field[0]).toEqual({ key: "ho-tich", name: "Hộ tịch", count: 4, percent: 40 });
    expect(json.online).toEqual({ toan_trinh: 3, mot_phan: 2, khong: 5 });
  });
});
