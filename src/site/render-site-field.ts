// The page of one field: the list sheet (danh mục) of the notice board, its columns and words,
// each procedure's name a link to its page. The QR column is left out: on a screen the link is
// the name itself. On a narrow screen the table reads as one card per procedure (site.css).
import { paragraphs, renderPage, text } from "./render-site-layout.js";
import { escapeHtml } from "../words/escape.js";
import type { SiteField, SiteOffice } from "./site-page.js";

/** The list sheet's column that holds the procedure's name (build-posting-files.ts). */
export const NAME_COLUMN_TITLE = "Tên thủ tục";

/** linh-vuc/<code>/index.html: two folders below the site's root. */
export function renderSiteField(field: SiteField, office: SiteOffice): string {
  const root = "../../";
  const columns = field.list.columns.filter((column) => !column.qr);
  const nameIndex = columns.findIndex((column) => column.title === NAME_COLUMN_TITLE);
  if (nameIndex < 0) throw new Error(`the list sheet has no "${NAME_COLUMN_TITLE}" column`);
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const cols = columns.map((column) => `<col style="width:${((column.width / total) * 100).toFixed(2)}%">`).join("");
  const head = columns
    .map((column) => `<th scope="col"${column.align === "center" ? ' class="center"' : ""}>${text(column.title)}</th>`)
    .join("");
  const body = field.list.rows
    .map((row, rowIndex) => {
      const procedure = field.procedures[rowIndex];
      const cells = columns.map((column, index) => {
        const content = row.cells[index] ?? [];
        const label = ` data-label="${escapeHtml(column.title)}"`;
        const align = column.align === "center" ? ' class="center"' : "";
        if (index === nameIndex && procedure) {
          const [name, ...rest] = content;
          const link = `<p class="name"><a href="${escapeHtml(root + procedure.entry.path)}">${text(name?.text ?? procedure.sheet.name)}</a></p>`;
          return `<td${label}>${link}${paragraphs(rest)}</td>`;
        }
        return `<td${label}${align}>${paragraphs(content)}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  const count = field.list.rows.length;
  const main =
    `<header class="page-head"><p class="kicker">Danh mục thủ tục hành chính</p><h1>Lĩnh vực ${text(field.name)}</h1>` +
    `<p>Phiên bản ${text(field.version)} · Gồm ${count} thủ tục</p>` +
    (field.list.place !== undefined ? paragraphs([{ lead: "Địa điểm thực hiện:", text: field.list.place }]) : "") +
    `<p class="note">Bấm vào tên thủ tục để xem đầy đủ trình tự, hồ sơ, thời hạn, phí, lệ phí và căn cứ pháp lý.</p></header>\n` +
    `<table class="data list"><caption class="visually-hidden">Danh mục thủ tục hành chính lĩnh vực ${text(field.name)}</caption>` +
    `<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  return renderPage({
    root,
    title: `Lĩnh vực ${field.name} – ${office.locality || office.agencyName}`,
    office,
    crumbs: [{ label: "Trang chủ", href: "index.html" }, { label: `Lĩnh vực ${field.name}` }],
    footerNote: `Lĩnh vực: ${field.name} · Phiên bản: ${field.version}`,
    ...(field.url ? { canonical: field.url } : {}),
    main,
  });
}
