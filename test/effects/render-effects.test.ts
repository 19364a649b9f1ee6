import { describe, expect, test } from "vitest";
import { computeEffects } from "../../src/effects/compute-effects.js";
import type { EffectsReport } from "../../src/effects/effects-report.js";
import { renderEffectsCsv } from "../../src/render/effects/effects-csv.js";
import { renderEffectsJson } from "../../src/render/effects/effects-json.js";
import { renderEffectsMd } from "../../src/render/effects/effects-md.js";
import { renderEffectsTable } from "../../src/render/effects/effects-table.js";
import { describeEffects, formatNumber } from "../../src/render/effects/effects-wording.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { reviewedProcedure } from "./reviewed-procedure.js";
import { buildReviewFixture } from "./review-fixture.js";

// A small review people can read in a snapshot. Income per hour 30.681,8181… VND (5.400.000/22/8).
//   1.000001 Đăng ký khai sinh: 5 → 3 working days, one applicant hour less, 500 a year:
//     before (2 h × 30.681,8181… + 0) × 500 = 30.681.818,18…; after (1 h) × 500 = 15.340.909,09…
//   1.000002 "Chứng thực | bản sao *điện tử*": 10 → 12 working days (burden), no volume.
//   1.000003 "=HYPERLINK(…)", abolished: 1 h, fee 100.000, 20 a year = 2.613.636,36…
//   1.000004 "Cấp bản sao, trích lục", new: fee 8.000, 50 a year = 400.000
// before = 30.681.818,18… + 2.613.636,36… = 33.295.454,54… → 33.295.455
// after  = 15.340.909,09… + 400.000       = 15.740.909,09… → 15.740.909
// saved  = 17.554.546; cut 17.554.546 ÷ 33.295.455 = 52,7235…% → 52,72
function smallReport(): EffectsReport {
  const ks = reviewedProcedure({
    ma: "1.000001",
    ten: "Đăng ký khai sinh",
    trinh_tu: [
      { mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan", gio_nguoi_dan: 1.5 },
      { mo_ta: "Nhận kết quả.", chu_the: "nguoi_dan", gio_nguoi_dan: 0.5 },
    ],
    so_ho_so_nam: 500,
  });
  const ksAfter = copy(ks);
  ksAfter.thoi_han = { gia_tri: 3, don_vi: "ngay_lam_viec" };
  ksAfter.trinh_tu = [{ mo_ta: "Nộp hồ sơ trực tuyến.", chu_the: "nguoi_dan", gio_nguoi_dan: 1 }];
  const ct = reviewedProcedure({
    ma: "1.000002",
    ten: "Chứng thực | bản sao *điện tử*",
    thoi_han: { gia_tri: 10, don_vi: "ngay_lam_viec" },
  });
  const ctAfter = copy(ct);
  ctAfter.thoi_han = { gia_tri: 12, don_vi: "ngay_lam_viec" };
  const gone = reviewedProcedure({
    ma: "1.000003",
    ten: '=HYPERLINK("http://x","bấm")',
    trinh_tu: [{ mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan", gio_nguoi_dan: 1 }],
    phi_le_phi: [{ ten: "Phí", so_tien: 100_000 }],
    so_ho_so_nam: 20,
  });
  const fresh = reviewedProcedure({
    ma: "1.000004",
    ten: "Cấp bản sao, trích lục",
    trinh_tu: [{ mo_ta: "Nộp hồ sơ.", chu_the: "co_quan" }],
    phi_le_phi: [{ ten: "Phí", so_tien: 8_000 }],
    so_ho_so_nam: 50,
  });
  return computeEffects(
    makeCatalogue({
      label: "main",
      fields: [
        { ma: "ho-tich", ten: "Hộ tịch", thu_tuc: [ks, gone] },
        { ma: "chung-thuc", ten: "Chứng thực", thu_tuc: [ct] },
      ],
    }),
    makeCatalogue({
      label: "working tree",
      fields: [
        { ma: "ho-tich", ten: "Hộ tịch", thu_tuc: [ksAfter, fresh] },
        { ma: "chung-thuc", ten: "Chứng thực", thu_tuc: [ctAfter] },
      ],
    }),
  );
}

describe("formatNumber", () => {
  test.each([
    [1_234_567, "vi", "1.234.567"],
    [1_234_567, "en", "1,234,567"],
    [71.64, "vi", "71,64"],
    [71.64, "en", "71.64"],
    [12.5, "vi", "12,5"],
    [-3, "vi", "-3"],
    [-1_652_000, "vi", "-1.652.000"],
    [0.5, "vi", "0,5"],
    [999, "vi", "999"],
    [0, "vi", "0"],
    [-0.001, "vi", "0"],
    [2_306_000_000_000, "vi", "2.306.000.000.000"],
  ] as const)("%d in %s is %s", (value, lang, text) => {
    expect(formatNumber(value, lang)).toBe(text);
  });
});

describe("the report sentence", () => {
  test("in the words offices use", () => {
    const { base, head } = buildReviewFixture();
    const report = computeEffects(base, head);
    expect(describeEffects(report, "vi")).toEqual([
      "Đã đơn giản hóa 58 TTHC, cắt giảm 212 ngày làm việc và 40 ngày; cắt giảm 14 thành phần hồ sơ; chi phí tuân thủ không đổi.",
      "Bãi bỏ 3 TTHC, thay thế 3 TTHC, thêm mới 1 TTHC; 10 TTHC có thay đổi làm tăng gánh nặng.",
    ]);
    expect(describeEffects(report, "en")[0]).toBe(
      "Simplified 58 procedures, cutting 212 working days and 40 calendar days; 14 dossier components cut; compliance cost unchanged.",
    );
  });

  test("with a cost saving, in Vietnamese and English", () => {
    const report = smallReport();
    expect(describeEffects(report, "vi")[0]).toBe(
      "Đã đơn giản hóa 1 TTHC, cắt giảm 2 ngày làm việc; cắt giảm 0 thành phần hồ sơ; chi phí tuân thủ giảm 17.554.546 đồng/năm (52,72%).",
    );
    expect(describeEffects(report, "en")[0]).toBe(
      "Simplified 1 procedure, cutting 2 working days; 0 dossier components cut; compliance cost down 17,554,546 VND/year (52.72%).",
    );
  });
});

describe("csv", () => {
  const report = smallReport();
  const csv = renderEffectsCsv(report, { lang: "vi", color: false });

  test("starts with a BOM and ends lines with CRLF", () => {
    expect(csv.startsWith("\uFEFFMã TTHC,Tên TTHC,Lĩnh vực,Kết quả,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(6); // heading, 2 changed, 1 abolished, 1 added, and the empty string after the last CRLF
  });

  test("escapes a formula in a text cell, and quotes by RFC 4180", () => {
    expect(csv).toContain(`1.000003,"'=HYPERLINK(""http://x"",""bấm"")",Hộ tịch,bãi bỏ,`);
    expect(csv).toContain(`1.000004,"Cấp bản sao, trích lục",Hộ tịch,thêm mới,`);
  });

  test("parses back to the same numbers; a negative cut stays a number", () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    const col = (name: string): number => header!.indexOf(name);
    const byCode = new Map(rows.map((r) => [r[0], r]));
    const ks = byCode.get("1.000001")!;
    expect(ks[col("Cắt giảm")]).toBe("2");
    expect(Number(ks[col("Chi phí trước (đồng/năm)")])).toBe(report.procedures[0]!.cost_before_vnd);
    expect(Number(ks[col("Chi phí sau (đồng/năm)")])).toBe(15_340_909);
    expect(byCode.get("1.000002")![col("Cắt giảm")]).toBe("-2");
    expect(byCode.get('\'=HYPERLINK("http://x","bấm")')).toBeUndefined();
    expect(byCode.get("1.000003")![col("Tên TTHC")]).toBe(`'=HYPERLINK("http://x","bấm")`);
    expect(Number(byCode.get("1.000003")![col("Chi phí trước (đồng/năm)")])).toBe(2_613_636);
    expect(byCode.get("1.000003")![col("Chi phí sau (đồng/năm)")]).toBe("");
    expect(Number(byCode.get("1.000004")![col("Chi phí sau (đồng/năm)")])).toBe(400_000);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  test("names fields and online levels in words, never by their codes", () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    const col = (name: string): number => header!.indexOf(name);
    expect(rows.map((r) => [r[col("Lĩnh vực")], r[col("Mức DVC trước")], r[col("Mức DVC sau")]])).toEqual([
      ["Hộ tịch", "Một phần", "Một phần"],
      ["Chứng thực", "Một phần", "Một phần"],
      ["Hộ tịch", "", ""],
      ["Hộ tịch", "", ""],
    ]);
    expect(csv).not.toMatch(/\b(mot_phan|toan_trinh|khong|ho-tich|chung-thuc|ngay_lam_viec)\b/u);
    const en = renderEffectsCsv(report, { lang: "en", color: false });
    expect(en).toContain(",Partly online,Partly online,");
  });

  test.each([
    ["=1+1", "'=1+1"],
    ["+84 912", "'+84 912"],
    ["-x", "'-x"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["Hộ tịch", "Hộ tịch"],
  ])("text cell %j is written %j", (name, expected) => {
    const p = reviewedProcedure({ ma: "1.000009", ten: name });
    const r = computeEffects(makeCatalogue({ label: "a", procedures: [p] }), makeCatalogue({ label: "b", procedures: [] }));
    const [, row] = parseCsv(renderEffectsCsv(r, { lang: "vi", color: false }).slice(1));
    expect(row?.[1]).toBe(expected);
  });
});

describe("md", () => {
  test("snapshot", () => {
    expect(renderEffectsMd(smallReport(), { lang: "vi", color: false })).toMatchInlineSnapshot(`
      "# Hiệu quả đơn giản hóa TTHC

      **Đã đơn giản hóa 1 TTHC, cắt giảm 2 ngày làm việc; cắt giảm 0 thành phần hồ sơ; chi phí tuân thủ giảm 17.554.546 đồng/năm (52,72%).**

      Bãi bỏ 1 TTHC, thay thế 0 TTHC, thêm mới 1 TTHC; 1 TTHC có thay đổi làm tăng gánh nặng.

      So sánh: main → bản đang sửa (working tree)

      | Lĩnh vực | TTHC đơn giản hóa | Ngày làm việc cắt giảm | Ngày cắt giảm | TPHS cắt giảm | Bãi bỏ | Thêm mới | Chi phí trước (đồng/năm) | Chi phí sau (đồng/năm) | Tiết kiệm (đồng/năm) |
      | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
      | Hộ tịch | 1 | 2 | 0 | 0 | 1 | 1 | 33.295.455 | 15.740.909 | 17.554.546 |
      | Chứng thực | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
      | **Tổng cộng** | **1** | **2** | **0** | **0** | **1** | **1** | **33.295.455** | **15.740.909** | **17.554.546** |

      ## TTHC có thay đổi

      | Mã | Tên TTHC | Thời hạn trước | Thời hạn sau | Cắt giảm | TPHS trước | TPHS sau | Chi phí trước (đồng/năm) | Chi phí sau (đồng/năm) | Thay đổi |
      | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
      | 1.000001 | Đăng ký khai sinh | 5 ngày làm việc | 3 ngày làm việc | 2 ngày làm việc | 3 | 3 | 30.681.818 | 15.340.909 | rút ngắn thời hạn; giảm bước của người dân; giảm chi phí tuân thủ |
      | 1.000002 | Chứng thực \\| bản sao \\*điện tử\\* | 10 ngày làm việc | 12 ngày làm việc | -2 ngày làm việc | 3 | 3 | 0 | 0 | tăng gánh nặng: kéo dài thời hạn |

      ## TTHC bãi bỏ

      - 1.000003 =HYPERLINK("http://x","bấm")

      ## TTHC thêm mới

      - 1.000004 Cấp bản sao, trích lục

      ## TTHC tăng gánh nặng

      - 1.000002 Chứng thực | bản sao \\*điện tử\\*: tăng gánh nặng: kéo dài thời hạn

      ## Ghi chú

      - 1 TTHC của bản trước chưa có so\\_ho\\_so\\_nam nên chi phí/năm tính bằng 0: 1.000002. Bổ sung số hồ sơ/năm để tính đủ.
      - 1 TTHC của bản sau chưa có so\\_ho\\_so\\_nam nên chi phí/năm tính bằng 0: 1.000002. Bổ sung số hồ sơ/năm để tính đủ.
      "
    `);
  });
});

describe("table", () => {
  const { base, head } = buildReviewFixture();
  const report = computeEffects(base, head);

  test("has the totals row, aligned, and no ANSI codes without colour", () => {
    const text = renderEffectsTable(report, { lang: "vi", color: false, width: 1000 });
    expect(text).not.toMatch(/\u001b\[/u);
    expect(text.split("\n")[0]).toBe(describeEffects(report, "vi")[0]);
    const lines = text.split("\n");
    const total = lines.find((l) => l.startsWith("Tổng cộng"));
    expect(total?.split(/\s{2,}/u)).toEqual(["Tổng cộng", "58", "212", "40", "14", "3", "1", "0", "0", "0"]);
    // The group table: header, rule, 4 fields, total; right-aligned to one width.
    const start = lines.findIndex((l) => l.startsWith("Lĩnh vực"));
    const block = lines.slice(start, start + 7);
    expect(block[6]).toBe(total);
    expect(new Set(block.map((l) => [...l].length)).size).toBe(1);
  });

  test("measures Vietnamese by NFC, so decomposed text still lines up", () => {
    const nfd = buildReviewFixture();
    for (const f of nfd.head.fields) f.field.ten = f.field.ten.normalize("NFD");
    const text = renderEffectsTable(computeEffects(nfd.base, nfd.head), { lang: "vi", color: false, width: 1000 });
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l.startsWith("Lĩnh vực"));
    const block = lines.slice(start, start + 7);
    expect(block[2]?.startsWith("Hộ tịch ")).toBe(true); // printed NFC
    expect(new Set(block.map((l) => [...l].length)).size).toBe(1);
  });

  test("colours only when asked", () => {
    expect(renderEffectsTable(report, { lang: "vi", color: true })).toMatch(/\u001b\[/u);
  });

  test("in English", () => {
    const text = renderEffectsTable(computeEffects(base, head, { by: "level" }), { lang: "en", color: false, width: 1000 });
    expect(text).toContain("Compared: main → working tree");
    const total = text.split("\n").find((l) => l.startsWith("Total"));
    expect(total?.split(/\s{2,}/u)).toEqual(["Total", "58", "212", "40", "14", "3", "1", "0", "0", "0"]);
    expect(text).toMatch(/^Province {2,}15 {2,}60 /mu);
  });
});

describe("groups by level that add up to more than the total", () => {
  const { base, head } = buildReviewFixture();
  const FOOTNOTE =
    /Một TTHC thực hiện ở nhiều cấp được tính ở mỗi cấp \((\d+) TTHC như vậy\), nên cộng các dòng có thể lớn hơn dòng Tổng cộng\./u;
  test.each([
    ["level", "table", true],
    ["level", "md", true],
    ["field", "table", false],
    ["agency", "md", false],
  ] as const)("--by %s, %s: footnote %s", (by, format, shown) => {
    const report = computeEffects(base, head, { by });
    const text = (format === "md" ? renderEffectsMd : renderEffectsTable)(report, { lang: "vi", color: false, width: 1000 });
    const match = FOOTNOTE.exec(text);
    expect(match !== null).toBe(shown);
    if (!match) return;
    // The footnote's count is what makes the rows exceed the total.
    expect(Number(match[1])).toBe(report.procedures_in_several_groups);
    expect(report.procedures_in_several_groups).toBeGreaterThan(0);
    const rows = report.groups.reduce((sum, g) => sum + g.procedures_simplified, 0);
    expect(rows).toBeGreaterThan(report.totals.procedures_simplified);
  });
});

describe("json", () => {
  test("is the report, with the contract's keys", () => {
    const report = smallReport();
    const parsed = JSON.parse(renderEffectsJson(report)) as EffectsReport;
    expect(parsed).toEqual(report);
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(["base", "head", "totals", "groups", "procedures"]));
    expect(Object.keys(parsed.totals)).toEqual(
      expect.arrayContaining([
        "procedures_base",
        "procedures_head",
        "procedures_simplified",
        "procedures_added",
        "procedures_abolished",
        "working_days_before",
        "working_days_after",
        "working_days_cut",
        "calendar_days_cut",
        "dossier_components_cut",
        "compliance_cost_before_vnd",
        "compliance_cost_after_vnd",
        "compliance_cost_saved_vnd",
        "compliance_cost_cut_percent",
      ]),
    );
    expect(Object.keys(parsed.groups[0]!)).toEqual(expect.arrayContaining(["key", "name", "procedures_simplified", "working_days_cut"]));
    expect(Object.keys(parsed.procedures[0]!)).toEqual(
      expect.arrayContaining([
        "code",
        "name",
        "field",
        "levels",
        "days_before",
        "days_after",
        "unit",
        "days_cut",
        "components_before",
        "components_after",
        "cost_before_vnd",
        "cost_after_vnd",
        "actions",
      ]),
    );
    expect(parsed.totals).toMatchObject({
      compliance_cost_before_vnd: 33_295_455,
      compliance_cost_after_vnd: 15_740_909,
      compliance_cost_saved_vnd: 17_554_546,
      compliance_cost_cut_percent: 52.72,
    });
  });
});

/** RFC 4180, enough for the tests: quoted fields with "" escapes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}
