// The posting sheets of one field as a PDF: the list sheet (A4 landscape, it has eight columns)
// then one detail sheet per procedure (A4 portrait), each sheet starting on a new page and
// numbered on its own ("Trang 2/3" of that procedure), so a clerk can pin a procedure's pages
// together. pdfkit is loaded here, on demand, so commands that never print do not load it.
import type { DetailSheet, ListSheet, Paragraph, PostingFile } from "../../post/posting-sheet.js";
import { qrMatrix, type MakeQrMatrix } from "../../post/qr-matrix.js";
import { NONE } from "../../words/procedure-words.js";
import { FONT_BOLD, FONT_REGULAR, PdfFlow, SIZES, type PageFrame } from "./post-pdf-flow.js";

/** The font files the PDF embeds (read by source/load-post-fonts.ts). */
export interface PostFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PostPdfOptions {
  fonts: PostFonts;
  /** Builds the QR matrix of a link; tests inject one to see the payloads. */
  makeQr?: MakeQrMatrix;
}

const A4 = { short: 595.28, long: 841.89 };
const QR_LIST = 62;
const QR_DETAIL = 100;

function footerParagraph(file: PostingFile): Paragraph {
  return { lead: "Địa chỉ tiếp nhận phản ánh, kiến nghị:", text: file.complaints || NONE };
}

/** The field's one place, said once under the list's title. */
function placeParagraph(place: string): Paragraph {
  return { lead: "Địa điểm thực hiện:", text: place };
}

/** The footer holds a few lines on every page: a field's name longer than this is cut short there. */
const FOOTER_NAME_CHARACTERS = 120;

function footerMeta(file: PostingFile): string {
  const characters = [...file.fieldName];
  const name = characters.length > FOOTER_NAME_CHARACTERS ? `${characters.slice(0, FOOTER_NAME_CHARACTERS - 1).join("")}…` : file.fieldName;
  return `Lĩnh vực: ${name} · Phiên bản: ${file.version} · Ngày niêm yết: ${file.dateText}`;
}

function drawListSheet(flow: PdfFlow, file: PostingFile, list: ListSheet): void {
  flow.startSheet("landscape", `Danh mục thủ tục hành chính – lĩnh vực ${file.fieldName}`);
  const center = { align: "center" as const };
  flow.paragraphs([{ text: file.agencyName, bold: true }], SIZES.subtitle, center);
  flow.paragraphs([{ text: file.locality }], SIZES.body, center);
  flow.y += 8;
  flow.paragraphs([{ text: "DANH MỤC THỦ TỤC HÀNH CHÍNH", bold: true }], SIZES.title, center);
  flow.paragraphs([{ text: `Lĩnh vực: ${file.fieldName}`, bold: true }], SIZES.subtitle, center);
  flow.paragraphs([{ text: `Ngày niêm yết ${file.dateText} · Phiên bản ${file.version} · Gồm ${list.count} thủ tục` }], SIZES.body, center);
  if (list.place !== undefined) flow.paragraphs([placeParagraph(list.place)], SIZES.body, center);
  if (list.notes.length > 0) {
    flow.y += 2;
    flow.paragraphs([{ text: list.notes.join(" ") }], SIZES.small, center);
  }
  flow.y += 10;
  flow.table(list.columns, list.rows, { size: SIZES.table, qrSize: QR_LIST });
}

function drawDetailSheet(flow: PdfFlow, file: PostingFile, sheet: DetailSheet): void {
  flow.startSheet("portrait", `${sheet.code} – ${sheet.name}`);
  const left = flow.frame.left;
  const full = flow.contentWidth();
  const textWidth = sheet.qrUrl ? full - QR_DETAIL - 14 : full;
  const top = flow.y;
  const firstPage = flow.pageSheets.length;

  if (sheet.qrUrl) {
    const x = left + full - QR_DETAIL;
    flow.qr(sheet.qrUrl, x, top, QR_DETAIL);
    flow.y = top + QR_DETAIL + 2;
    flow.paragraphs([{ text: "Quét mã để xem thủ tục trực tuyến" }], SIZES.footer, { x, width: QR_DETAIL, align: "center" });
  }
  const qrBottom = flow.y;
  flow.y = top;
  flow.paragraphs([{ text: `${file.agencyName} – ${file.locality}` }], SIZES.small, { width: textWidth });
  flow.y += 4;
  flow.paragraphs([{ text: "THỦ TỤC HÀNH CHÍNH", bold: true }], SIZES.small, { width: textWidth });
  flow.paragraphs([{ text: sheet.name, bold: true }], SIZES.name, { width: textWidth });
  flow.y += 4;
  flow.paragraphs(sheet.facts, SIZES.body, { width: textWidth });
  // A name so long that it ran onto a second page leaves the QR code behind on the first.
  if (flow.pageSheets.length === firstPage && flow.y < qrBottom) flow.y = qrBottom;
  if (sheet.qrUrl) {
    flow.y += 4;
    flow.paragraphs([{ lead: "Xem trực tuyến:", text: sheet.qrUrl }], SIZES.small);
  }
  flow.y += 4;
  flow.hrule(flow.y);
  flow.y += 4;

  const bodyLine = flow.lineHeight(SIZES.body);
  for (const section of sheet.sections) {
    flow.y += 8;
    const heading: Paragraph = { text: `${section.number}. ${section.title}`, bold: true };
    const first = section.blocks[0];
    const follow = first?.kind === "table" ? 5 * flow.lineHeight(SIZES.table) : 2 * bodyLine;
    flow.ensure(flow.paragraphsHeight([heading], SIZES.section, full) + 3 + follow);
    flow.paragraphs([heading], SIZES.section);
    flow.y += 3;
    section.blocks.forEach((block, index) => {
      if (index > 0) flow.y += 5;
      if (block.kind === "paragraphs") flow.paragraphs(block.paragraphs, SIZES.body);
      else flow.table(block.columns, block.rows, { size: SIZES.table });
    });
  }

  if (sheet.forms.length > 0) {
    flow.y += 12;
    const heading: Paragraph = { text: "Mẫu đơn, tờ khai niêm yết ngay sau thủ tục này", bold: true };
    flow.ensure(flow.paragraphsHeight([heading], SIZES.section, full) + 2 * bodyLine);
    flow.paragraphs([heading], SIZES.section);
    flow.y += 3;
    flow.paragraphs(sheet.forms, SIZES.body);
  }
}

/** Room kept at the right of the footer's last line for the page number. */
function metaRoom(flow: PdfFlow): number {
  return flow.measure("Trang 999/999", true, SIZES.footer) + 12;
}

/** The footer of every page: complaints address, field, version, date, page of the sheet. */
function drawFooters(flow: PdfFlow, file: PostingFile, frameFor: (layout: "portrait" | "landscape") => PageFrame): void {
  const doc = flow.doc;
  const totals = new Map<number, number>();
  for (const sheet of flow.pageSheets) totals.set(sheet, (totals.get(sheet) ?? 0) + 1);
  const seen = new Map<number, number>();
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    const sheet = flow.pageSheets[page - range.start] ?? 0;
    const number = (seen.get(sheet) ?? 0) + 1;
    seen.set(sheet, number);
    doc.switchToPage(page);
    const layout = doc.page.width > doc.page.height ? "landscape" : "portrait";
    flow.frame = frameFor(layout);
    const frame = flow.frame;
    const width = flow.contentWidth();
    let y = frame.bottom + 10;
    flow.hrule(y, 0.75);
    y += 5;
    const lineHeight = flow.lineHeight(SIZES.footer);
    for (const line of flow.wrap(footerParagraph(file), width, SIZES.footer)) {
      flow.drawLine(line, frame.left, y, SIZES.footer);
      y += lineHeight;
    }
    const pageText = `Trang ${number}/${totals.get(sheet) ?? number}`;
    const pageWidth = flow.measure(pageText, true, SIZES.footer);
    const meta = flow.wrap({ text: footerMeta(file) }, width - metaRoom(flow), SIZES.footer);
    meta.forEach((line, index) => {
      flow.drawLine(line, frame.left, y + index * lineHeight, SIZES.footer);
    });
    doc
      .font(FONT_BOLD)
      .fontSize(SIZES.footer)
      .text(pageText, frame.left + width - pageWidth, y, { lineBreak: false });
  }
}

/** Parses YYYY-MM-DD as midnight UTC, the document's creation date (so output is reproducible). */
function documentDate(date: string): Date {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? new Date(0) : parsed;
}

/**
 * Renders one field's sheets to PDF bytes. Same file and fonts give the same bytes: the dates in
 * the document information come from the sheet date, and pdfkit derives the document ID from
 * that information, not from a random number.
 */
export async function renderPostPdf(file: PostingFile, options: PostPdfOptions): Promise<Uint8Array> {
  const { default: PDFDocument } = await import("pdfkit");
  const when = documentDate(file.date);
  const doc = new PDFDocument({
    size: "A4",
    autoFirstPage: false,
    bufferPages: true,
    lang: "vi-VN",
    displayTitle: true,
    info: {
      Title: `Niêm yết thủ tục hành chính – lĩnh vực ${file.fieldName}`,
      Author: file.agencyName,
      Subject: `${file.locality} · Phiên bản ${file.version} · Ngày niêm yết ${file.dateText}`,
      Creator: "tthc",
      Producer: "tthc (PDFKit)",
      CreationDate: when,
      ModDate: when,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.registerFont(FONT_REGULAR, Buffer.from(options.fonts.regular));
  doc.registerFont(FONT_BOLD, Buffer.from(options.fonts.bold));

  const frames = new Map<string, PageFrame>();
  // frameFor measures with the flow and the flow asks frameFor for pages: declared first, set once.
  // eslint-disable-next-line prefer-const
  let flow: PdfFlow;
  const frameFor = (layout: "portrait" | "landscape"): PageFrame => {
    const cached = frames.get(layout);
    if (cached) return cached;
    const portrait = layout === "portrait";
    const width = portrait ? A4.short : A4.long;
    const height = portrait ? A4.long : A4.short;
    const side = portrait ? 42 : 36;
    const frame: PageFrame = { layout, width, height, left: side, right: side, top: portrait ? 38 : 32, bottom: height };
    // The footer's height depends on how the complaints address wraps at this page width.
    const contentWidth = width - 2 * side;
    const lines =
      flow.wrap(footerParagraph(file), contentWidth, SIZES.footer).length +
      flow.wrap({ text: footerMeta(file) }, contentWidth - metaRoom(flow), SIZES.footer).length;
    frame.bottom = height - 22 - 15 - lines * flow.lineHeight(SIZES.footer);
    frames.set(layout, frame);
    return frame;
  };
  flow = new PdfFlow(doc, frameFor, options.makeQr ?? qrMatrix);

  if (!file.detailsOnly) drawListSheet(flow, file, file.list);
  for (const sheet of file.details) drawDetailSheet(flow, file, sheet);
  drawFooters(flow, file, frameFor);

  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
