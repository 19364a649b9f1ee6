// The draft annex (phụ lục) of the Quyết định công bố (amend/build-annex.ts) as a
// Word document: Part I the lists with the official columns (docs/domain.md §3), Part II the full
// content of each new, amended or replacing procedure with its changed elements marked.
// Always in Vietnamese: it is the draft of an official document. The docx package is heavy,
// so it is imported here, when a DOCX is asked for, and nowhere else.

import { joinWithAnd, type Annex } from "../../amend/build-annex.js";
import { wordLongDate } from "../../words/dates.js";

export interface DiffDocxOptions {
  /**
   * The document's creation and modification date (ISO 8601), written into its properties and
   * its zip entries instead of the clock, so the same input gives the same bytes.
   */
  created: string;
}

/**
 * The part of the docx package this renderer uses. docx 9.7's ESM typings re-export folders
 * without file extensions, which NodeNext resolution cannot follow (only `Document` comes
 * through, even through its CommonJS typings), so the API is declared here; the tests check
 * the document it produces.
 */
interface DocxNode {
  readonly _docx?: never;
}
interface DocxModule {
  AlignmentType: { CENTER: string; JUSTIFIED: string; LEFT: string };
  PageOrientation: { LANDSCAPE: string; PORTRAIT: string };
  WidthType: { DXA: string };
  Document: new (options: object) => DocxNode;
  Paragraph: new (options: object) => DocxNode;
  TextRun: new (options: object) => DocxNode;
  Table: new (options: object) => DocxNode;
  TableRow: new (options: object) => DocxNode;
  TableCell: new (options: object) => DocxNode;
  Packer: {
    pack(document: DocxNode, type: "uint8array", prettify: boolean, overrides: Array<{ path: string; data: string }>): Promise<Uint8Array>;
  };
}

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt, the size of administrative documents (NĐ 30/2020)
const CM = 567; // twips
const MARGIN = { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM };
const A4 = { width: 11906, height: 16838 };
const LANDSCAPE_WIDTH = A4.height - MARGIN.left - MARGIN.right;

export async function renderDiffDocx(annex: Annex, options: DiffDocxOptions): Promise<Uint8Array> {
  const docx = (await import("docx")) as unknown as DocxModule;
  const { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const run = (text: string, style: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, ...style });
  // A line break inside a value (a note on two lines) becomes a break in the paragraph: Word
  // would show a bare "\n" as a space.
  const lines = (text: string) => text.split(/\r?\n/u).map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
  const para = (
    children: DocxNode[] | string,
    style: { align?: "center" | "both"; indent?: boolean; keepNext?: boolean; before?: number } = {},
  ) =>
    new Paragraph({
      children: typeof children === "string" ? lines(children) : children,
      alignment: style.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: style.indent ? { firstLine: Math.round(1 * CM) } : undefined,
      keepNext: style.keepNext,
      spacing: { before: style.before ?? 0, after: 60 },
    });
  const cell = (text: string, width: number, header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: text
        .split("\n")
        .map(
          (line) =>
            new Paragraph({ children: [run(line, { bold: header })], alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT }),
        ),
    });
  const table = (header: string[], widths: number[], rows: string[][]) =>
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, widths[i]!, true)) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!)) })),
      ],
    });

  // Part I.
  const partOne: DocxNode[] = [];
  const kinds = annex.kinds;
  const decision = annex.decision;
  const issuer = `Chủ tịch Ủy ban nhân dân ${provinceOf(annex.locality)}`;
  const attached = decision
    ? `(Ban hành kèm theo Quyết định số ${decision.number} ${wordLongDate(decision.date)} của ${issuer})`
    : `(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày      tháng      năm        của ${issuer})`;
  partOne.push(
    para([run("PHỤ LỤC", { bold: true })], { align: "center" }),
    para([run(`THỦ TỤC HÀNH CHÍNH ${joinWithAnd(kinds) || "KHÔNG THAY ĐỔI"}`, { bold: true })], { align: "center" }),
    para([run(`THUỘC PHẠM VI QUẢN LÝ, GIẢI QUYẾT TẠI ${annex.locality.normalize("NFC").toUpperCase()}`, { bold: true })], {
      align: "center",
    }),
    para([run(attached, { italics: true })], { align: "center" }),
    para([run("PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH", { bold: true })], { before: 240, keepNext: true }),
  );
  let listNumber = 0;
  const listTitle = (title: string) => {
    listNumber += 1;
    partOne.push(para([run(`${listNumber}. ${title}`, { bold: true })], { before: 120, keepNext: true }));
  };
  if (annex.added.length > 0) {
    listTitle("Danh mục thủ tục hành chính mới ban hành");
    const w = columns(LANDSCAPE_WIDTH, [47, 21, 32]);
    partOne.push(
      table(
        ["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"],
        w,
        annex.added.map((a, i) => [String(i + 1), a.name, a.field, a.agency]),
      ),
    );
  }
  if (annex.amended.length > 0) {
    listTitle("Danh mục thủ tục hành chính được sửa đổi, bổ sung, thay thế");
    const w = columns(LANDSCAPE_WIDTH, [13, 29, 28, 13, 17]);
    partOne.push(
      table(
        [
          "STT",
          "Mã TTHC",
          "Tên thủ tục hành chính",
          "Tên VBQPPL quy định nội dung sửa đổi, bổ sung, thay thế",
          "Lĩnh vực",
          "Cơ quan thực hiện",
        ],
        w,
        annex.amended.map((a, i) => [
          String(i + 1),
          a.replaces ? `${a.code}\n(thay thế ${a.replaces})` : a.code,
          a.name,
          a.basis,
          a.field,
          a.agency,
        ]),
      ),
    );
  }
  if (annex.abolished.length > 0) {
    listTitle("Danh mục thủ tục hành chính bị bãi bỏ");
    const w = columns(LANDSCAPE_WIDTH, [13, 29, 28, 13, 17]);
    partOne.push(
      table(
        ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"],
        w,
        annex.abolished.map((r, i) => [String(i + 1), r.code, r.name, r.basis, r.field, r.agency]),
      ),
    );
  }
  if (listNumber === 0) partOne.push(para("Không có thủ tục hành chính mới ban hành, được sửa đổi, bổ sung, thay thế hoặc bị bãi bỏ."));

  // Part II.
  const partTwo: DocxNode[] = [para([run("PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH", { bold: true })], { keepNext: true })];
  if (annex.procedures.length === 0) partTwo.push(para("Không có."));
  annex.procedures.forEach((p, i) => {
    partTwo.push(
      para([run(`${i + 1}. ${p.name}`, { bold: true }), ...(p.nameChanged ? [run(" (sửa đổi tên)", { bold: true })] : [])], {
        before: 240,
        keepNext: true,
      }),
      para([run(`Mã TTHC: ${p.code} – Lĩnh vực: ${p.field} (${p.what})`, { italics: true })], { keepNext: true }),
    );
    p.elements.forEach((element, k) => {
      partTwo.push(
        para(
          [run(`${i + 1}.${k + 1}. ${element.title}`, { bold: true }), ...(element.changed ? [run(" (sửa đổi)", { bold: true })] : [])],
          { keepNext: true },
        ),
        ...element.lines.map((line) => para(line, { indent: true })),
      );
    });
  });

  const document = new Document({
    title: "Phụ lục Quyết định công bố thủ tục hành chính (dự thảo)",
    creator: "tthc",
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
        children: partOne,
      },
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
        children: partTwo,
      },
    ],
  });
  const when = new Date(options.created);
  const stamp = Number.isNaN(when.getTime()) ? "1980-01-01T00:00:00Z" : when.toISOString().replace(/\.\d{3}Z$/u, "Z");
  const bytes = await Packer.pack(document, "uint8array", false, [{ path: "docProps/core.xml", data: coreProperties(stamp) }]);
  return fixZipTimestamps(bytes, new Date(stamp));
}

/** Wide enough for "STT" and a three-digit number in bold 13 pt with the cell's margins: it must never wrap. */
const STT_WIDTH = Math.round(1.6 * CM);

/** Column widths in twips: STT first, then the other columns as percentages of the width left. */
function columns(total: number, percents: number[]): number[] {
  return [STT_WIDTH, ...percents.map((p) => Math.floor(((total - STT_WIDTH) * p) / 100))];
}

/**
 * The province a locality lies in, as a decision names its chairman: "Xã Hòa An, tỉnh Bình
 * An" → "tỉnh Bình An"; a locality that is a province itself is that; "…" when it says none.
 */
export function provinceOf(locality: string): string {
  const parts = locality
    .normalize("NFC")
    .split(",")
    .map((part) => part.trim());
  const province = [...parts].reverse().find((part) => /^(tỉnh|thành phố)\s/iu.test(part));
  return province ? province.charAt(0).toLocaleLowerCase("vi") + province.slice(1) : "…";
}

/** docProps/core.xml with fixed dates (the docx package writes the clock's). */
function coreProperties(stamp: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    "<dc:title>Phụ lục Quyết định công bố thủ tục hành chính (dự thảo)</dc:title>" +
    "<dc:creator>tthc</dc:creator>" +
    "<cp:lastModifiedBy>tthc</cp:lastModifiedBy>" +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/**
 * Sets every zip entry's modification time (local and central headers) to `date`: the zip
 * writer inside docx stamps each entry with the clock, which would make two runs differ.
 */
export function fixZipTimestamps(bytes: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((Math.max(date.getUTCFullYear(), 1980) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return out;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < count && view.getUint32(at, true) === 0x02014b50; n++) {
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
