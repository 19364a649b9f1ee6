import fc from "fast-check";
import PDFDocument from "pdfkit";
import { beforeAll, expect, test } from "vitest";
import { loadPostFonts } from "../../src/source/load-post-fonts.js";
import { qrMatrix } from "../../src/post/qr-matrix.js";
import { FONT_BOLD, FONT_REGULAR, PdfFlow, type Line, type PageFrame } from "../../src/render/post/post-pdf-flow.js";

let flow: PdfFlow;

beforeAll(async () => {
  const fonts = await loadPostFonts();
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(FONT_REGULAR, Buffer.from(fonts.regular));
  doc.registerFont(FONT_BOLD, Buffer.from(fonts.bold));
  const frame: PageFrame = { layout: "portrait", width: 595.28, height: 841.89, left: 42, right: 42, top: 38, bottom: 760 };
  flow = new PdfFlow(doc, () => frame, qrMatrix);
});

const text = (lines: Line[]) => lines.map((line) => line.segments.map((s) => s.text).join("")).join("\n");

test("a bold lead and its text share the first line, with the space kept in the lead", () => {
  const lines = flow.wrap({ lead: "Bước 1:", text: "Người yêu cầu nộp hồ sơ." }, 400, 11.5);
  expect(lines).toHaveLength(1);
  expect(lines[0]?.segments.map((s) => [s.text, s.bold])).toEqual([
    ["Bước 1: ", true],
    ["Người yêu cầu nộp hồ sơ.", false],
  ]);
});

test("a link longer than a line fills the rest of the lead's line, then breaks after / ? = or -", () => {
  const url = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193";
  const lines = flow.wrap({ lead: "Xem trực tuyến:", text: url }, 300, 10.5);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines[0]?.segments[0]?.text).toBe("Xem trực tuyến: ");
  expect(lines[0]?.segments[1]?.text.startsWith("https://")).toBe(true);
  expect(text(lines).replace(/\n/g, "")).toBe(`Xem trực tuyến: ${url}`);
  for (const line of lines.slice(0, -1)) expect(line.segments.at(-1)?.text).toMatch(/[/?=.&_-]$/);
});

test("hard line breaks are kept; bullets hang after their dash", () => {
  const lines = flow.wrap({ text: "Dòng một\nDòng hai", bullet: true }, 400, 11.5);
  expect(text(lines)).toBe("Dòng một\nDòng hai");
  expect(lines.map((line) => line.dash === true)).toEqual([true, false]);
  expect(lines[1]?.segments[0]?.x).toBe(lines[0]?.segments[0]?.x);
  expect(lines[0]?.segments[0]?.x).toBeGreaterThan(0);
});

test("property: lines fit the width and together say the text, word for word", () => {
  const word = fc.stringMatching(/^[a-zA-Zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ0-9/.,:;()-]{1,40}$/);
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 60, max: 500 }), fc.boolean(), (words, width, bold) => {
      const lines = flow.wrap({ text: words.join(" "), bold }, width, 11);
      for (const line of lines) expect(line.width).toBeLessThanOrEqual(width + 0.01);
      // Words longer than a line are cut, everything else is joined by single spaces.
      const joined = lines.map((line) => line.segments.map((s) => s.text).join("")).join(" ");
      expect(joined.replace(/ /g, "")).toBe(words.join(""));
      for (const w of words) {
        if (flow.measure(w, bold, 11) <= width) expect(joined.split(" ")).toContain(w);
      }
    }),
    { numRuns: 150 },
  );
});
