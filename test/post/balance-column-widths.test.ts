import fc from "fast-check";
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, test } from "vitest";
import { balanceColumnWidths, estimateLines, type BalanceOptions, type ColumnNeed } from "../../src/post/balance-column-widths.js";
import { loadPostFonts } from "../../src/source/load-post-fonts.js";
import type { Cell, Paragraph } from "../../src/post/posting-sheet.js";
import { qrMatrix } from "../../src/post/qr-matrix.js";
import { FONT_BOLD, FONT_REGULAR, PdfFlow, type PageFrame } from "../../src/render/post/post-pdf-flow.js";

const OPTIONS: BalanceOptions = { total: 770, size: 11, lineHeight: 14.3, paragraphGap: 3, padding: 8, floor: 62, longestWord: 160 };

// STT, name, legal basis, QR: the smallest list that shows the trade between two text columns.
const NEEDS: ColumnNeed[] = [{ min: 34, fixed: true }, { min: 110 }, { min: 90 }, { min: 70, fixed: true }];

const LONG_NAME =
  "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ";
const MANY_DOCUMENTS =
  "60/2014/QH13; 123/2015/NĐ-CP; 87/2020/NĐ-CP; 104/2022/NĐ-CP; 07/2025/NĐ-CP; 120/2025/NĐ-CP; 18/2026/NĐ-CP; 04/2020/TT-BTP; 04/2024/TT-BTP; 01/2022/TT-BTP; 281/2016/TT-BTC";

function row(name: string, documents: string): (Cell | null)[] {
  return [
    [{ text: "1" }],
    [
      { text: name, bold: true },
      { lead: "Mã:", text: "1.013225" },
    ],
    [{ text: documents }],
    null,
  ];
}

/** The estimated height of a table without the QR floor, as the balancing counts it. */
function tableHeight(cells: (Cell | null)[][], widths: number[]): number {
  return cells.reduce((sum, cellsOfRow) => {
    const heights = cellsOfRow.map((cell, column) =>
      (cell ?? []).reduce(
        (height, paragraph, index) =>
          height +
          (index > 0 ? OPTIONS.paragraphGap : 0) +
          estimateLines(paragraph, (widths[column] ?? 0) - OPTIONS.padding, 11) * OPTIONS.lineHeight,
        0,
      ),
    );
    return sum + Math.max(...heights);
  }, 0);
}

describe("the widths follow the text", () => {
  const names = Array.from({ length: 4 }, () => row(LONG_NAME, "50/2014/QH13; 62/2020/QH14; 175/2024/NĐ-CP; 140/2025/NĐ-CP"));
  const documents = Array.from({ length: 4 }, () => row("Thủ tục đăng ký khai sinh", MANY_DOCUMENTS));

  test.each([
    // The name on four lines and its code (the least it can take beside a legal basis column
    // that holds one document number a line); the documents three a line.
    ["long names, few documents", names, [34, 545, 121, 70]],
    ["short names, many documents", documents, [34, 150, 516, 70]],
  ])("%s", (_name, cells, expected) => {
    expect(balanceColumnWidths(NEEDS, cells, OPTIONS)).toEqual(expected);
  });

  test.each([
    ["long names", names, 4 * (5 * 14.3 + 3)],
    ["many documents", documents, 4 * 3 * 14.3],
  ])("%s: the balanced table is shorter than one with the text columns split evenly", (_name, cells, height) => {
    const options = { ...OPTIONS, floor: 0 };
    expect(tableHeight(cells, [34, 333, 333, 70])).toBeGreaterThan(height);
    expect(tableHeight(cells, balanceColumnWidths(NEEDS, cells, options))).toBeCloseTo(height, 6);
  });

  test("no column is narrower than its longest word: a document number is never cut", () => {
    const cells = [row("Tên", "01/2019/TT-BLĐTBXH")];
    const needs: ColumnNeed[] = [{ min: 34, fixed: true }, { min: 110 }, { min: 20 }, { min: 600, fixed: true }];
    const widths = balanceColumnWidths(needs, cells, OPTIONS);
    expect(widths[0]).toBe(34);
    expect(widths[3]).toBe(600);
    expect(estimateLines({ text: "01/2019/TT-BLĐTBXH" }, (widths[2] ?? 0) - OPTIONS.padding, 11)).toBe(1);
  });

  test("a word longer than longestWord (a link) asks for longestWord, not its own width", () => {
    const link = `https://dichvucong.gov.vn/${"x".repeat(200)}`;
    // The fixed column leaves less than the minimums: the answer is the minimums.
    const needs: ColumnNeed[] = [{ min: 34, fixed: true }, { min: 110 }, { min: 20 }, { min: 600, fixed: true }];
    expect(balanceColumnWidths(needs, [row("Tên", link)], OPTIONS)).toEqual([34, 110, 160, 600]);
  });

  test("mins wider than the table: the mins, nothing negative", () => {
    const needs: ColumnNeed[] = [{ min: 400, fixed: true }, { min: 300 }, { min: 300 }, { min: 70, fixed: true }];
    expect(balanceColumnWidths(needs, [row("Tên", "1/2020/QH14")], OPTIONS)).toEqual([400, 300, 300, 70]);
  });

  test("no rows: the spare width goes to the first text column", () => {
    expect(balanceColumnWidths(NEEDS, [], OPTIONS)).toEqual([34, 576, 90, 70]);
  });
});

test("property: whole points, at least the mins, the full width, the same answer twice", () => {
  const word = fc.stringMatching(/^[a-zA-Zàáảãạăđêôơư0-9/.,;()-]{1,14}$/);
  const text = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(" "));
  const paragraph = fc.record({ text, bold: fc.boolean() }).map((p): Paragraph => p);
  const cell = fc.array(paragraph, { minLength: 1, maxLength: 3 });
  const rows = fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 });
  const needs: ColumnNeed[] = [{ min: 34, fixed: true }, { min: 110 }, { min: 64 }, { min: 90 }, { min: 70, fixed: true }];
  fc.assert(
    fc.property(rows, (texts) => {
      const cells = texts.map(([a, b, c]): (Cell | null)[] => [[{ text: "1" }], a, b, c, null]);
      const widths = balanceColumnWidths(needs, cells, OPTIONS);
      expect(widths.every((width) => Number.isInteger(width))).toBe(true);
      widths.forEach((width, column) => expect(width).toBeGreaterThanOrEqual(needs[column]?.min ?? 0));
      expect(widths[0]).toBe(34);
      expect(widths[4]).toBe(70);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBe(770);
      expect(balanceColumnWidths(needs, cells, OPTIONS)).toEqual(widths);
    }),
    { numRuns: 60 },
  );
});

describe("the estimate wraps as the PDF does", () => {
  let flow: PdfFlow;

  beforeAll(async () => {
    const fonts = await loadPostFonts();
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont(FONT_REGULAR, Buffer.from(fonts.regular));
    doc.registerFont(FONT_BOLD, Buffer.from(fonts.bold));
    const frame: PageFrame = { layout: "landscape", width: 841.89, height: 595.28, left: 36, right: 36, top: 32, bottom: 520 };
    flow = new PdfFlow(doc, () => frame, qrMatrix);
  });

  const paragraphs: Paragraph[] = [
    { text: LONG_NAME, bold: true },
    { text: "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", bold: true },
    { lead: "Mã:", text: "1.001193" },
    { text: MANY_DOCUMENTS },
    { text: "51/2010/QH12; 28/2012/NĐ-CP; 01/2019/TT-BLĐTBXH" },
    { text: "Phí cấp bản sao Giấy khai sinh (nếu có yêu cầu): 8.000 đồng" },
    { text: "Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất: Theo quy định" },
    { text: "Trung tâm Phục vụ hành chính công xã Hòa An hoặc Cổng Dịch vụ công quốc gia" },
    { text: "Trực tuyến (toàn trình)" },
    { text: "01 ngày làm việc" },
  ];
  const cases = paragraphs.flatMap((paragraph) => [104, 120, 150, 200, 260, 320].map((inner) => [paragraph, inner] as const));

  // Never fewer lines than the PDF draws (a row would come out taller than the widths were chosen
  // for), at most one more (the marks of Vietnamese letters are counted on the wide side).
  test.each(cases)("%j in %d pt", (paragraph, inner) => {
    const drawn = flow.wrap(paragraph, inner, 11).length;
    expect(estimateLines(paragraph, inner, 11) - drawn).toBeOneOf([0, 1]);
  });

  test("most estimates are exact", () => {
    const exact = cases.filter(([paragraph, inner]) => estimateLines(paragraph, inner, 11) === flow.wrap(paragraph, inner, 11).length);
    expect(exact.length).toBeGreaterThanOrEqual(cases.length - 3);
  });
});
