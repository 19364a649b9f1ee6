// The public look-up site (tthc site) as a list of files, built from the posting sheets' data
// (post/build-posting-files.ts) so that the site and the notice board cannot say different
// things: the same procedures in force on the date, the same sections in the same order, the
// same words ("Không", "03 ngày làm việc"). Pure: the command reads the assets and writes.
import { textOf } from "../model/text-of.js";
import type { Catalogue, Level } from "../model/catalogue.js";
import { buildPostingFiles } from "../post/build-posting-files.js";
import type { Cell, ListSheet, PostingFile } from "../post/posting-sheet.js";
import { lookupUrl } from "../post/procedure-url.js";
import type { QrMatrix } from "../post/qr-matrix.js";
import type { PostedField } from "../post/select-posted-procedures.js";
import { NONE, wordLevel } from "../words/procedure-words.js";
import { renderQrSvg } from "../render/post/post-qr-svg.js";
import { buildSearchIndex, renderSearchIndex } from "./render-search-index.js";
import { isWebLink } from "./render-site-layout.js";
import { renderSiteField } from "./render-site-field.js";
import { renderSiteIndex } from "./render-site-index.js";
import { renderSiteProcedure } from "./render-site-procedure.js";
import { fieldPagePath, procedurePagePath, siteFieldUrl, siteProcedureUrl, withTrailingSlash } from "../post/site-address.js";
import type { SiteEntry, SiteField, SiteFile, SiteOffice, SiteProcedure } from "./site-page.js";

/** The file that marks a folder as a tthc site and lists its files (so a rebuild may replace them). */
export const SITE_MARKER = "tthc-site.json";

/** The list sheet's columns the index shows for each procedure (build-posting-files.ts). */
export const DEADLINE_COLUMN_TITLE = "Thời hạn giải quyết";
export const FEE_COLUMN_TITLE = "Phí, lệ phí";

const LEVELS: readonly Level[] = ["bo", "tinh", "huyen", "xa"];

/** The site's stylesheet and client script, as the command reads them from src/site/assets/. */
export interface SiteAssets {
  css: string;
  script: string;
}

export interface BuildSiteOptions {
  /** YYYY-MM-DD: the site shows what is in force on that day, as the posting sheets do. Never printed. */
  date: string;
  /** The site's absolute address; pages then carry their address, a QR code of it, and sitemap.xml is written. */
  baseUrl?: string;
  assets: SiteAssets;
  /** Builds QR matrices; needed only with baseUrl. */
  makeQr?: (payload: string) => QrMatrix;
}

export interface SiteBuild {
  /** Every file, sorted by path. */
  files: SiteFile[];
  procedures: number;
  fields: number;
}

/** Two procedures (or fields) whose pages would have one address. */
export interface SiteClash {
  path: string;
  codes: string[];
}

/**
 * Addresses claimed twice: a code that is not unique (which `tthc validate` reports as an
 * error but does not stop the catalogue from loading) would put two procedures on one page.
 */
export function findSiteClashes(posted: readonly PostedField[]): SiteClash[] {
  const claims = new Map<string, string[]>();
  const claim = (path: string, code: string) => claims.set(path, [...(claims.get(path) ?? []), code]);
  for (const { field, procedures } of posted) {
    claim(fieldPagePath(String(field.ma)), String(field.ma));
    for (const procedure of procedures) claim(procedurePagePath(String(procedure.ma)), String(procedure.ma));
  }
  return [...claims]
    .filter(([, codes]) => codes.length > 1)
    .map(([path, codes]) => ({ path, codes }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A list cell as one line: its paragraphs joined, "Không" when empty. */
function cellText(cell: Cell | undefined): string {
  const parts = (cell ?? []).map((p) => (p.lead ? `${p.lead} ${p.text}` : p.text)).filter(Boolean);
  return parts.length === 0 ? NONE : parts.join("; ");
}

/** The index of a column among the list's text cells (the QR column has no cell). */
function cellIndex(list: ListSheet, title: string): number {
  const index = list.columns.filter((column) => !column.qr).findIndex((column) => column.title === title);
  if (index < 0) throw new Error(`the list sheet has no "${title}" column`);
  return index;
}

function officeOf(catalogue: Catalogue, first: PostingFile | undefined): SiteOffice {
  if (first) return { agencyName: first.agencyName, locality: first.locality, complaints: first.complaints || NONE };
  const manifest = catalogue.manifest;
  const agency = catalogue.agencies.find((a) => a.id === manifest.co_quan_quan_ly);
  const nfc = (value: unknown) => textOf(value).normalize("NFC").trim();
  return {
    agencyName: nfc(agency?.ten ?? manifest.co_quan_quan_ly),
    locality: nfc(manifest.dia_ban),
    complaints: nfc(manifest.dia_chi_phan_anh) || NONE,
  };
}

function byPath(a: SiteFile, b: SiteFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function buildSite(catalogue: Catalogue, posted: readonly PostedField[], options: BuildSiteOptions): SiteBuild {
  const postingFiles = buildPostingFiles(catalogue, [...posted], { date: options.date });
  const office = officeOf(catalogue, postingFiles[0]);
  const base = options.baseUrl === undefined ? undefined : withTrailingSlash(options.baseUrl);
  const makeQr = base === undefined ? undefined : options.makeQr;
  const qr = makeQr ? (url: string) => renderQrSvg(makeQr(url), 30, url) : undefined;

  const fields: SiteField[] = postingFiles.map((file, fieldIndex) => {
    const procedures = posted[fieldIndex]?.procedures ?? [];
    const deadlineAt = cellIndex(file.list, DEADLINE_COLUMN_TITLE);
    const feeAt = cellIndex(file.list, FEE_COLUMN_TITLE);
    const fieldPath = fieldPagePath(file.fieldCode);
    const siteProcedures = file.details.map((sheet, index): SiteProcedure => {
      const procedure = procedures[index];
      const row = file.list.rows[index];
      const entry: SiteEntry = {
        code: sheet.code,
        name: sheet.name,
        fieldCode: file.fieldCode,
        fieldName: file.fieldName,
        fieldPath,
        levels: LEVELS.filter((level) => (procedure?.cap ?? []).includes(level)),
        deadline: cellText(row?.cells[deadlineAt]),
        fee: cellText(row?.cells[feeAt]),
        path: procedurePagePath(sheet.code),
      };
      const online = procedure?.dich_vu_cong?.url?.trim();
      const level = procedure?.dich_vu_cong?.muc_do;
      const portal = procedure ? lookupUrl(procedure, catalogue.manifest) : undefined;
      const page: SiteProcedure = {
        entry,
        sheet,
        fieldVersion: file.version,
        onlineSubmits: level === "toan_trinh" || level === "mot_phan",
      };
      if (base) page.url = siteProcedureUrl(base, sheet.code);
      if (isWebLink(online)) page.onlineUrl = online;
      if (isWebLink(portal)) page.portalUrl = portal;
      return page;
    });
    const field: SiteField = {
      code: file.fieldCode,
      name: file.fieldName,
      version: file.version,
      path: fieldPath,
      list: file.list,
      procedures: siteProcedures,
    };
    if (base) field.url = siteFieldUrl(base, file.fieldCode);
    return field;
  });

  const entries = fields.flatMap((field) => field.procedures.map((p) => p.entry));
  const levelsUsed = LEVELS.filter((level) => entries.some((entry) => entry.levels.includes(level)));
  const files: SiteFile[] = [
    {
      path: "index.html",
      content: renderSiteIndex({
        office,
        fields: fields.map((field) => ({
          code: field.code,
          name: field.name,
          path: field.path,
          entries: field.procedures.map((p) => p.entry),
        })),
        levels: levelsUsed.map((code) => ({ code, name: wordLevel(code) })),
        ...(base ? { url: base } : {}),
      }),
    },
    { path: "assets/site.css", content: options.assets.css },
    { path: "assets/search.js", content: options.assets.script },
    { path: "assets/search-index.js", content: renderSearchIndex(buildSearchIndex(entries)) },
    ...fields.map((field) => ({ path: field.path, content: renderSiteField(field, office) })),
    ...fields.flatMap((field) => field.procedures.map((p) => ({ path: p.entry.path, content: renderSiteProcedure(p, office, qr) }))),
  ];
  if (base) {
    const urls = [base, ...fields.map((field) => field.url), ...fields.flatMap((field) => field.procedures.map((p) => p.url))]
      .filter((url): url is string => url !== undefined)
      .sort();
    files.push({
      path: "sitemap.xml",
      content:
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
        urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join("\n") +
        `\n</urlset>\n`,
    });
  }
  files.sort(byPath);
  const marker = {
    generator: "tthc site",
    version: 1,
    ...(base ? { base_url: base } : {}),
    procedures: entries.length,
    files: files.map((file) => file.path),
  };
  files.push({ path: SITE_MARKER, content: `${JSON.stringify(marker, null, 2)}\n` });
  files.sort(byPath);
  return { files, procedures: entries.length, fields: fields.length };
}
