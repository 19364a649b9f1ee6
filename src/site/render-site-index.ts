// The site's first page. With scripts off it is the whole catalogue, grouped by field, each
// procedure with its code, name, deadline and fee (progressive enhancement). With scripts on,
// assets/search.js shows the search form (hidden in the HTML, since it needs the script) and
// filters the same list as people type: the list is never drawn twice.
import type { Level } from "../model/catalogue.js";
import { escapeHtml } from "../words/escape.js";
import { renderPage, SITE_NAME, text } from "./render-site-layout.js";
import type { SiteEntry, SiteOffice } from "./site-page.js";

export interface SiteIndexField {
  code: string;
  name: string;
  path: string;
  entries: SiteEntry[];
}

export interface SiteIndexData {
  office: SiteOffice;
  fields: SiteIndexField[];
  /** The levels the procedures are done at, in the order bo, tinh, huyen, xa, with their words. */
  levels: { code: Level; name: string }[];
  /** The site's absolute address, when known. */
  url?: string;
}

/** "2.000": thousands as Vietnamese print has them. */
function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function entryItem(entry: SiteEntry): string {
  return (
    `<li class="result" data-ma="${escapeHtml(entry.code)}">` +
    `<a class="result-link" href="${escapeHtml(entry.path)}"><span class="name">${text(entry.name)}</span></a>` +
    `<p class="meta"><span><strong>Mã:</strong> ${text(entry.code)}</span> ` +
    `<span><strong>Thời hạn giải quyết:</strong> ${text(entry.deadline)}</span> ` +
    `<span><strong>Phí, lệ phí:</strong> ${text(entry.fee)}</span></p></li>`
  );
}

export function renderSiteIndex(data: SiteIndexData): string {
  const total = data.fields.reduce((sum, field) => sum + field.entries.length, 0);
  const fieldOptions = data.fields.map((field) => `<option value="${escapeHtml(field.code)}">${text(field.name)}</option>`).join("");
  const levelOptions = data.levels.map((level) => `<option value="${escapeHtml(level.code)}">${text(level.name)}</option>`).join("");
  const form =
    `<form class="site-search" id="tim-kiem" role="search" aria-label="Tìm thủ tục" hidden>` +
    `<div class="search-row"><label for="tu-khoa">Tìm theo tên, mã thủ tục hoặc lĩnh vực</label>` +
    `<p class="hint" id="goi-y">Gõ có dấu hay không dấu đều được, ví dụ: dang ky ket hon, 1.000894</p>` +
    `<div class="search-box"><input type="search" id="tu-khoa" name="q" autocomplete="off" spellcheck="false" aria-describedby="goi-y">` +
    `<button type="submit">Tìm</button></div></div>` +
    `<div class="filters">` +
    `<div class="filter"><label for="loc-linh-vuc">Lĩnh vực</label><select id="loc-linh-vuc" name="linh-vuc"><option value="">Tất cả lĩnh vực</option>${fieldOptions}</select></div>` +
    `<div class="filter"><label for="loc-cap">Cấp thực hiện</label><select id="loc-cap" name="cap"><option value="">Tất cả các cấp</option>${levelOptions}</select></div>` +
    `<div class="filter reset"><button type="reset" class="secondary">Xóa tìm kiếm</button></div>` +
    `</div></form>`;
  const fieldNav =
    `<nav class="field-nav" id="cac-linh-vuc" aria-label="Lĩnh vực"><h2>Các lĩnh vực</h2><ul>` +
    data.fields
      .map(
        (field) =>
          `<li><a href="${escapeHtml(field.path)}">${text(field.name)} <span class="count">(${count(field.entries.length)})</span></a></li>`,
      )
      .join("") +
    `</ul></nav>`;
  const groups = data.fields
    .map(
      (field, index) =>
        `<section class="group" data-nhom="${escapeHtml(field.code)}" aria-labelledby="nhom-${index + 1}">` +
        `<h2 id="nhom-${index + 1}"><a href="${escapeHtml(field.path)}">${text(field.name)}</a> <span class="count">(${count(field.entries.length)} thủ tục)</span></h2>` +
        `<ul class="results">\n${field.entries.map(entryItem).join("\n")}\n</ul></section>`,
    )
    .join("\n");
  const main =
    `<header class="page-head"><h1>${text(SITE_NAME)}</h1>` +
    `<p class="lead">Danh mục thủ tục hành chính đang áp dụng tại ${text(data.office.locality || data.office.agencyName)}: ` +
    `trình tự, hồ sơ, thời hạn giải quyết, phí, lệ phí và căn cứ pháp lý của từng thủ tục.</p></header>\n` +
    `${form}\n` +
    `<p class="status" id="ket-qua" role="status">Danh mục có ${count(total)} thủ tục, xếp theo lĩnh vực.</p>\n` +
    `${fieldNav}\n` +
    `<div id="danh-sach" class="groups">\n${groups}\n</div>`;
  return renderPage({
    root: "",
    title: `${SITE_NAME} – ${data.office.locality || data.office.agencyName}`,
    office: data.office,
    crumbs: [],
    ...(data.url ? { canonical: data.url } : {}),
    scripts: ["assets/search-index.js", "assets/search.js"],
    main,
  });
}
