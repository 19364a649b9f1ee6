// The frame of every page of the look-up site: skip link, header, breadcrumb, <main>, footer
// with the complaints address. Links are relative (`root` leads back to the site's folder), so
// the site works from a USB stick (file://), under any sub-path and on any static host.
import type { Paragraph } from "../post/posting-sheet.js";
import { escapeHtml } from "../words/escape.js";
import type { SiteOffice } from "./site-page.js";

/** The site's name, in the header and the index's <title>. */
export const SITE_NAME = "Tra cứu thủ tục hành chính";

/** Catalogue text as HTML: escaped, its line breaks kept. */
export function text(value: string): string {
  return escapeHtml(value).replace(/\n/g, "<br>");
}

/** A link only for http(s): a `javascript:` URL in the catalogue must never become clickable. */
export function isWebLink(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url);
}

/** The host of a web link, for link texts that say where they go ("dichvucong.gov.vn"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function paragraphBody(p: Paragraph): string {
  const lead = p.lead ? `<strong>${text(p.lead)}</strong> ` : "";
  return `${lead}${p.bold ? `<strong>${text(p.text)}</strong>` : text(p.text)}`;
}

/** Paragraphs of a posting sheet: runs of bullet paragraphs become one list, the rest <p>. */
export function paragraphs(items: readonly Paragraph[]): string {
  const out: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length > 0) out.push(`<ul class="items">${bullets.join("")}</ul>`);
    bullets = [];
  };
  for (const p of items) {
    if (p.bullet) bullets.push(`<li>${paragraphBody(p)}</li>`);
    else {
      flush();
      out.push(`<p>${paragraphBody(p)}</p>`);
    }
  }
  flush();
  return out.join("\n");
}

export interface Crumb {
  label: string;
  /** Relative to the site's root; absent for the current page. */
  href?: string;
}

export interface PageFrame {
  /** From the page back to the site's folder: "" at the root, "../../" two levels down. */
  root: string;
  title: string;
  office: SiteOffice;
  /** The trail from the index to this page; empty on the index. */
  crumbs: Crumb[];
  /** Under the complaints address: the field and its version, on pages of one field. */
  footerNote?: string;
  /** The page's absolute address, when the site's base address is known. */
  canonical?: string;
  /** Scripts, relative to the site's root, loaded with defer. */
  scripts?: string[];
  main: string;
}

/** A whole HTML document. */
export function renderPage(frame: PageFrame): string {
  const { root, office } = frame;
  const crumbs =
    frame.crumbs.length === 0
      ? ""
      : `<nav class="crumbs" aria-label="Đường dẫn"><div class="wrap"><ol>` +
        frame.crumbs
          .map((crumb) =>
            crumb.href === undefined
              ? `<li><span aria-current="page">${text(crumb.label)}</span></li>`
              : `<li><a href="${escapeHtml(root + crumb.href)}">${text(crumb.label)}</a></li>`,
          )
          .join("") +
        `</ol></div></nav>`;
  const scripts = (frame.scripts ?? []).map((src) => `<script src="${escapeHtml(root + src)}" defer></script>`);
  return [
    "<!DOCTYPE html>",
    '<html lang="vi">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="tthc">',
    `<title>${text(frame.title)}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(root)}assets/site.css">`,
    ...(frame.canonical ? [`<link rel="canonical" href="${escapeHtml(frame.canonical)}">`] : []),
    ...scripts,
    "</head>",
    "<body>",
    '<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>',
    `<header class="site-header"><div class="wrap">` +
      `<p class="site-name"><a href="${escapeHtml(root)}index.html">${text(office.agencyName)}</a></p>` +
      `<p class="office">${text(SITE_NAME)}${office.locality ? ` – ${text(office.locality)}` : ""}</p>` +
      `</div></header>`,
    ...(crumbs ? [crumbs] : []),
    `<main id="noi-dung" tabindex="-1"><div class="wrap">`,
    frame.main,
    `</div></main>`,
    `<footer class="site-footer"><div class="wrap">` +
      `<h2>Địa chỉ tiếp nhận phản ánh, kiến nghị</h2><p class="complaints">${text(office.complaints)}</p>` +
      (frame.footerNote ? `<p class="note">${text(frame.footerNote)}</p>` : "") +
      `</div></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
