import type { Manifest, Procedure } from "../model/catalogue.js";

/**
 * The link a posting sheet's QR code opens for a procedure: its own `dich_vu_cong.url` when it
 * has one; otherwise the manifest's `qr_goc` with the query parameter `ma_thu_tuc=<code>` added
 * (so `qr_goc` should be a page that shows one procedure from that parameter); otherwise none,
 * and the sheet prints no QR code rather than a link that opens nothing.
 */
export function procedureUrl(procedure: Procedure, manifest: Pick<Manifest, "qr_goc">): string | undefined {
  const own = procedure.dich_vu_cong?.url?.trim();
  if (own) return own;
  const base = manifest.qr_goc?.trim();
  if (!base) return undefined;
  try {
    const url = new URL(base);
    url.searchParams.set("ma_thu_tuc", procedure.ma);
    return url.toString();
  } catch {
    // Not an absolute URL: append the parameter as text rather than drop the QR code.
    return `${base}${base.includes("?") ? "&" : "?"}ma_thu_tuc=${encodeURIComponent(procedure.ma)}`;
  }
}
