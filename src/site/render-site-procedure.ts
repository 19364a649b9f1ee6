// The page of one procedure: the posting sheet's content in its order and wording (facts, the
// elements of NĐ 63/2010 Art. 8 numbered as on the sheet, "Không" where there is none), the
// online service and the portal's record, and, when the site's address is known, a QR code of
// the page itself for a phone. Plain HTML: it reads and prints the same with scripts off.
import type { Block, TableColumn, TableRow } from "../post/posting-sheet.js";
import { escapeHtml } from "../words/escape.js";
import { hostOf, paragraphs, renderPage, text } from "./render-site-layout.js";
import type { SiteOffice, SiteProcedure } from "./site-page.js";

/** The QR code on the page: an SVG string for the page's own address. */
export type SiteQr = (url: string) => string;

function table(columns: TableColumn[], rows: TableRow[], caption: string): string {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const cols = columns.map((column) => `<col style="width:${((column.width / total) * 100).toFixed(2)}%">`).join("");
  const head = columns
    .map((column) => `<th scope="col"${column.align === "center" ? ' class="center"' : ""}>${text(column.title)}</th>`)
    .join("");
  const body = rows
    .map((row) => {
      const cells = columns
        .filter((column) => !column.qr)
        .map((column, index) => {
          const label = ` data-label="${escapeHtml(column.title)}"`;
          return `<td${label}${column.align === "center" ? ' class="center"' : ""}>${paragraphs(row.cells[index] ?? [])}</td>`;
        });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return (
    `<table class="data"><caption class="visually-hidden">${text(caption)}</caption><colgroup>${cols}</colgroup>` +
    `<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
  );
}

function block(value: Block, caption: string): string {
  return value.kind === "paragraphs" ? paragraphs(value.paragraphs) : table(value.columns, value.rows, caption);
}

/** thu-tuc/<code>/index.html: two folders below the site's root. */
export function renderSiteProcedure(procedure: SiteProcedure, office: SiteOffice, qr?: SiteQr): string {
  const { sheet, entry } = procedure;
  const links: string[] = [];
  if (procedure.onlineUrl) {
    const words = procedure.onlineSubmits ? "Nộp hồ sơ trực tuyến" : "Xem thủ tục trên cổng dịch vụ công";
    links.push(
      `<li><a class="button" href="${escapeHtml(procedure.onlineUrl)}">${words} <span class="host">(${text(hostOf(procedure.onlineUrl))})</span></a></li>`,
    );
  }
  if (procedure.portalUrl && procedure.portalUrl !== procedure.onlineUrl) {
    links.push(
      `<li><a class="button secondary" href="${escapeHtml(procedure.portalUrl)}">Tra cứu thủ tục trên ${text(hostOf(procedure.portalUrl))}</a></li>`,
    );
  }
  const online = links.length > 0 ? `<ul class="online">${links.join("")}</ul>` : "";
  const code =
    procedure.url && qr
      ? `<figure class="qr">${qr(procedure.url)}<figcaption>Quét mã để mở trang này trên điện thoại</figcaption></figure>`
      : "";
  const address = procedure.url ? `<p class="address"><strong>Địa chỉ trang này:</strong> ${text(procedure.url)}</p>` : "";
  const head =
    `<header class="procedure-head">${code}<p class="kicker">Thủ tục hành chính</p>` +
    `<h1>${text(sheet.name)}</h1>\n<div class="facts">${paragraphs(sheet.facts)}</div>\n${online}${address}</header>`;
  const toc =
    `<nav class="toc" aria-label="Các mục của thủ tục"><h2 class="visually-hidden">Các mục</h2><ol>` +
    sheet.sections.map((section) => `<li><a href="#muc-${section.number}">${text(section.title)}</a></li>`).join("") +
    `</ol></nav>`;
  const sections = sheet.sections
    .map(
      (section) =>
        `<section class="element" id="muc-${section.number}" aria-labelledby="muc-${section.number}-tieu-de">` +
        `<h2 id="muc-${section.number}-tieu-de">${section.number}. ${text(section.title)}</h2>\n` +
        `${section.blocks.map((b) => block(b, section.title)).join("\n")}</section>`,
    )
    .join("\n");
  return renderPage({
    root: "../../",
    title: `${sheet.name} – ${entry.fieldName} – ${office.locality || office.agencyName}`,
    office,
    crumbs: [{ label: "Trang chủ", href: "index.html" }, { label: entry.fieldName, href: entry.fieldPath }, { label: sheet.name }],
    footerNote: `Lĩnh vực: ${entry.fieldName} · Phiên bản: ${procedure.fieldVersion}`,
    ...(procedure.url ? { canonical: procedure.url } : {}),
    main: `<article class="procedure">\n${head}\n${toc}\n${sections}\n</article>`,
  });
}
