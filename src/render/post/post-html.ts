// The posting sheets of one field as one self-contained, print-ready HTML file: inline CSS,
// inline SVG QR codes, A4 pages (the list sheet landscape), table headers repeated on every
// printed page, rows never cut, and the complaints address at the foot of every page. Every
// catalogue value goes through escapeHtml.
import type { Block, Cell, DetailSheet, ListSheet, Paragraph, PostingFile, TableColumn, TableRow } from "../../post/posting-sheet.js";
import { qrMatrix, type MakeQrMatrix } from "../../post/qr-matrix.js";
import { NONE } from "../../words/procedure-words.js";
import { escapeHtml } from "../../words/escape.js";
import { renderQrSvg } from "./post-qr-svg.js";

export interface PostHtmlOptions {
  /** Builds the QR matrix of a link; tests inject one to see the payloads. */
  makeQr?: MakeQrMatrix;
}

const QR_LIST_MM = 22;
const QR_DETAIL_MM = 35;

// Black and white, large type. The footer is a tfoot of the sheet's frame table, which browsers
// repeat at the foot of every printed page; page numbers come from @page margin boxes where the
// browser supports them (Chromium 131+).
const CSS = `
@page { size: A4 portrait; margin: 12mm 14mm 14mm 14mm;
  @bottom-right { content: "Trang " counter(page) "/" counter(pages); font-family: "Be Vietnam Pro", Arial, sans-serif; font-size: 10pt; font-weight: bold; } }
@page list { size: A4 landscape; margin: 10mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { margin: 0; font-family: "Be Vietnam Pro", Arial, "Helvetica Neue", sans-serif; font-size: 11.5pt; line-height: 1.3; }
p { margin: 0 0 3pt 0; }
.sheet { break-before: page; page-break-before: always; }
.sheet:first-of-type { break-before: auto; page-break-before: auto; }
.sheet-list { page: list; }
table.frame { width: 100%; border-collapse: collapse; }
table.frame > tfoot { display: table-footer-group; }
table.frame > tbody > tr > td, table.frame > tfoot > tr > td { padding: 0; border: 0; }
.footer { border-top: 0.75pt solid #000; margin-top: 8pt; padding-top: 4pt; font-size: 10pt; }
.footer p { margin: 0; }
.title { text-align: center; margin-bottom: 10pt; }
.title .agency { font-weight: bold; font-size: 13.5pt; }
.title h1 { font-size: 17pt; margin: 8pt 0 2pt 0; }
.title .field { font-weight: bold; font-size: 13.5pt; }
table.data { width: 100%; border-collapse: collapse; margin: 2pt 0 4pt 0; font-size: 11pt; }
table.data th, table.data td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
table.data th { font-weight: bold; border-bottom-width: 1.5pt; }
table.data .center { text-align: center; }
table.data > thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data td.qr { text-align: center; }
table.data td p:last-child { margin-bottom: 0; }
.bullet { padding-left: 1.1em; text-indent: -1.1em; }
.bullet::before { content: "– "; }
.procedure { display: flow-root; border-bottom: 0.75pt solid #000; padding-bottom: 4pt; margin-bottom: 4pt; }
.procedure .qr { float: right; width: ${QR_DETAIL_MM}mm; margin: 0 0 4pt 12pt; text-align: center; font-size: 10pt; }
.procedure .office, .procedure .kicker, .procedure .url { font-size: 10.5pt; }
.procedure .kicker { font-weight: bold; margin-top: 4pt; }
.procedure h1 { font-size: 15pt; margin: 0 0 4pt 0; }
.procedure .url { clear: both; overflow-wrap: anywhere; }
h2 { font-size: 12.5pt; margin: 10pt 0 3pt 0; break-after: avoid; page-break-after: avoid; }
.note { font-size: 10.5pt; margin: 0; }
a { color: #000; }
@media screen {
  body { background: #eee; }
  .sheet { background: #fff; max-width: 210mm; margin: 8mm auto; padding: 12mm 14mm; }
  .sheet-list { max-width: 297mm; }
}
`;

/** Text with its line breaks kept. */
function text(value: string): string {
  return escapeHtml(value).replace(/\n/g, "<br>");
}

function paragraph(p: Paragraph): string {
  const lead = p.lead ? `<strong>${text(p.lead)}</strong> ` : "";
  const body = p.bold ? `<strong>${text(p.text)}</strong>` : text(p.text);
  return `<p${p.bullet ? ' class="bullet"' : ""}>${lead}${body}</p>`;
}

function cell(content: Cell): string {
  return content.map(paragraph).join("");
}

/** A link only for http(s): a `javascript:` URL in the catalogue must not become clickable. */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${text(url)}</a>` : text(url);
}

function table(columns: TableColumn[], rows: TableRow[], qr: (url: string, mm: number) => string): string {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const cols = columns.map((column) => `<col style="width:${((column.width / total) * 100).toFixed(2)}%">`).join("");
  const head = columns.map((column) => `<th${column.align === "center" ? ' class="center"' : ""}>${text(column.title)}</th>`).join("");
  const body = rows
    .map((row) => {
      let textIndex = 0;
      const cells = columns.map((column) => {
        if (column.qr) return `<td class="qr">${row.qrUrl ? qr(row.qrUrl, QR_LIST_MM) : ""}</td>`;
        const content = row.cells[textIndex++] ?? [];
        return `<td${column.align === "center" ? ' class="center"' : ""}>${cell(content)}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table class="data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function block(value: Block, qr: (url: string, mm: number) => string): string {
  return value.kind === "paragraphs" ? value.paragraphs.map(paragraph).join("\n") : table(value.columns, value.rows, qr);
}

/** A sheet in its frame table, so the footer repeats at the foot of every printed page. */
function frame(kind: "list" | "detail", file: PostingFile, content: string): string {
  const footer =
    `<div class="footer"><p><strong>Địa chỉ tiếp nhận phản ánh, kiến nghị:</strong> ${text(file.complaints || NONE)}</p>` +
    `<p>Lĩnh vực: ${text(file.fieldName)} · Phiên bản: ${text(file.version)} · Ngày niêm yết: ${text(file.dateText)}</p></div>`;
  return (
    `<section class="sheet sheet-${kind}"><table class="frame">` +
    `<tfoot><tr><td>${footer}</td></tr></tfoot>` +
    `<tbody><tr><td>\n${content}\n</td></tr></tbody></table></section>`
  );
}

function listSheet(file: PostingFile, list: ListSheet, qr: (url: string, mm: number) => string): string {
  const title =
    `<header class="title"><p class="agency">${text(file.agencyName)}</p><p>${text(file.locality)}</p>` +
    `<h1>DANH MỤC THỦ TỤC HÀNH CHÍNH</h1><p class="field">Lĩnh vực: ${text(file.fieldName)}</p>` +
    `<p>Ngày niêm yết ${text(file.dateText)} · Phiên bản ${text(file.version)} · Gồm ${list.count} thủ tục</p>` +
    (list.place !== undefined ? paragraph({ lead: "Địa điểm thực hiện:", text: list.place }) : "") +
    (list.notes.length > 0 ? `<p class="note">${text(list.notes.join(" "))}</p>` : "") +
    `</header>`;
  return frame("list", file, `${title}\n${table(list.columns, list.rows, qr)}`);
}

function detailSheet(file: PostingFile, sheet: DetailSheet, qr: (url: string, mm: number) => string): string {
  const code = sheet.qrUrl ? `<div class="qr">${qr(sheet.qrUrl, QR_DETAIL_MM)}<p>Quét mã để xem thủ tục trực tuyến</p></div>` : "";
  const url = sheet.qrUrl ? `<p class="url"><strong>Xem trực tuyến:</strong> ${link(sheet.qrUrl)}</p>` : "";
  const header =
    `<header class="procedure">${code}<p class="office">${text(`${file.agencyName} – ${file.locality}`)}</p>` +
    `<p class="kicker">THỦ TỤC HÀNH CHÍNH</p><h1>${text(sheet.name)}</h1>\n${sheet.facts.map(paragraph).join("\n")}\n${url}</header>`;
  const sections = sheet.sections
    .map(
      (section) =>
        `<section><h2>${section.number}. ${text(section.title)}</h2>\n${section.blocks.map((b) => block(b, qr)).join("\n")}</section>`,
    )
    .join("\n");
  const forms =
    sheet.forms.length > 0
      ? `<section class="forms"><h2>Mẫu đơn, tờ khai niêm yết ngay sau thủ tục này</h2>\n${sheet.forms.map(paragraph).join("\n")}</section>`
      : "";
  return frame("detail", file, `${header}\n${sections}\n${forms}`);
}

/** Renders one field's sheets to an HTML document (a string; the command writes it). */
export function renderPostHtml(file: PostingFile, options: PostHtmlOptions = {}): string {
  const makeQr = options.makeQr ?? qrMatrix;
  const qr = (url: string, mm: number) => renderQrSvg(makeQr(url), mm, url);
  const title = `Niêm yết thủ tục hành chính – lĩnh vực ${file.fieldName}`;
  return [
    "<!DOCTYPE html>",
    '<html lang="vi">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="tthc">',
    `<title>${text(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...(file.detailsOnly ? [] : [listSheet(file, file.list, qr)]),
    ...file.details.map((sheet) => detailSheet(file, sheet, qr)),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
