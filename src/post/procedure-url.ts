import type { Manifest, Procedure } from "../model/catalogue.js";
import { isSiteBase, siteProcedureUrl } from "./site-address.js";

/**
 * The link a posting sheet's QR code opens for a procedure:
 * - when the manifest's `qr_goc` is the folder address where the office publishes its look-up
 *   site (`tthc site`; an address ending in "/"), the procedure's page there,
 *   `<qr_goc>thu-tuc/<code>/`, for every procedure: that page holds every element of the sheet
 *   and the link to the online service, and the office chose it by setting `qr_goc` so;
 * - otherwise its own `dich_vu_cong.url` when it has one;
 * - otherwise `qr_goc` with the query parameter `ma_thu_tuc=<code>` added (so `qr_goc` should be
 *   a page that shows one procedure from that parameter);
 * - otherwise none, and the sheet prints no QR code rather than a link that opens nothing.
 */
export function procedureUrl(procedure: Procedure, manifest: Pick<Manifest, "qr_goc">): string | undefined {
  if (manifest.qr_goc !== undefined && isSiteBase(manifest.qr_goc)) return siteProcedureUrl(manifest.qr_goc, procedure.ma);
  const own = procedure.dich_vu_cong?.url?.trim();
  if (own) return own;
  return lookupUrl(procedure, manifest);
}

/**
 * `qr_goc` + `ma_thu_tuc=<code>`: the page of a procedure on the portal the manifest names;
 * undefined when qr_goc is absent or is the office's own site.
 */
export function lookupUrl(procedure: Pick<Procedure, "ma">, manifest: Pick<Manifest, "qr_goc">): string | undefined {
  const base = manifest.qr_goc?.trim();
  if (!base || isSiteBase(base)) return undefined;
  try {
    const url = new URL(base);
    url.searchParams.set("ma_thu_tuc", procedure.ma);
    return url.toString();
  } catch {
    // Not an absolute URL: append the parameter as text rather than drop the QR code.
    return `${base}${base.includes("?") ? "&" : "?"}ma_thu_tuc=${encodeURIComponent(procedure.ma)}`;
  }
}
