import { qrDarkRuns, type QrMatrix } from "../../post/qr-matrix.js";
import { escapeHtml } from "../../words/escape.js";

/**
 * A QR code as inline SVG: one path of dark runs in module units with a two-module quiet zone,
 * sized in millimetres for print. `label` (the link) is read out by screen readers.
 */
export function renderQrSvg(matrix: QrMatrix, sizeMm: number, label: string): string {
  const side = matrix.size + 4;
  const path = qrDarkRuns(matrix)
    .map((run) => `M${run.column + 2} ${run.row + 2}h${run.length}v1h-${run.length}z`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${sizeMm}mm" height="${sizeMm}mm" ` +
    `shape-rendering="crispEdges" role="img" aria-label="${escapeHtml(label)}">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
