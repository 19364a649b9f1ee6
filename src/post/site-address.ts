// Where things are on the public look-up site (tthc site), and how its absolute address is
// told apart from any other qr_goc. No imports: the posting sheets' QR rule uses it too.

/** A code as one folder name of the site: codes are "1.001193" or kebab-case, but nothing may leave its folder. */
export function siteSlug(code: string): string {
  return code.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "-";
}

/** The page of a procedure, relative to the site's root folder. */
export function procedurePagePath(code: string): string {
  return `thu-tuc/${siteSlug(code)}/index.html`;
}

/** The page of a field, relative to the site's root folder. */
export function fieldPagePath(code: string): string {
  return `linh-vuc/${siteSlug(code)}/index.html`;
}

/**
 * Whether a manifest's qr_goc is the address where the office publishes its tthc site rather
 * than a page that looks a procedure up from `?ma_thu_tuc=`: a folder address, ending in "/"
 * ("https://tthc.xahoaan.gov.vn/", "https://binhan.gov.vn/tra-cuu/"), with no query. The
 * national portal is never an office's site, so "https://dichvucong.gov.vn/" keeps meaning the
 * portal (the schema's own example, easily copied with a "/").
 */
export function isSiteBase(qrGoc: string | undefined): boolean {
  const match = /^https?:\/\/([^/?#\s:]+)(:\d+)?(\/[^?#\s]*)?\/$/i.exec(qrGoc?.trim() ?? "");
  return match !== null && !/(^|\.)dichvucong\.gov\.vn$/i.test(match[1] ?? "");
}

/** A base address with exactly one "/" at its end. */
export function withTrailingSlash(base: string): string {
  return `${base.trim().replace(/\/+$/, "")}/`;
}

/** The absolute address of a procedure's page on a site published at `base`: `${base}thu-tuc/<code>/`. */
export function siteProcedureUrl(base: string, code: string): string {
  return `${withTrailingSlash(base)}thu-tuc/${siteSlug(code)}/`;
}

/** The absolute address of a field's page on a site published at `base`. */
export function siteFieldUrl(base: string, code: string): string {
  return `${withTrailingSlash(base)}linh-vuc/${siteSlug(code)}/`;
}
