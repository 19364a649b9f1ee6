import QRCode from "qrcode";

/** The modules of a QR code: size × size, dark or light. Renderers draw them as vector squares. */
export interface QrMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

/** Builds a QR matrix for a payload; injected into the renderers so tests can see the payloads. */
export type MakeQrMatrix = (payload: string) => QrMatrix;

/**
 * The QR code of a link, at error-correction level M (15 %): a printed sheet gets scuffed and
 * pinned over, and M keeps links of ~100 characters small enough to scan from a short distance.
 */
export function qrMatrix(payload: string): QrMatrix {
  const modules = QRCode.create(payload, { errorCorrectionLevel: "M" }).modules;
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) };
}

/** Horizontal runs of dark modules, row by row: fewer shapes than one square per module. */
export function qrDarkRuns(matrix: QrMatrix): { row: number; column: number; length: number }[] {
  const runs: { row: number; column: number; length: number }[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let start = -1;
    for (let column = 0; column <= matrix.size; column++) {
      const dark = column < matrix.size && matrix.isDark(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start });
        start = -1;
      }
    }
  }
  return runs;
}
