// A small page-flow engine for the posting sheets, on top of pdfkit's drawing calls. pdfkit's own
// text flow cannot stop a table row at the page foot and go on after a repeated header, so lines
// are broken here, drawn one by one, and every break decision is ours: a table row moves whole
// to the next page unless it is taller than a page, and then its text is split line by line with
// the header repeated.
import type { Paragraph, TableColumn, TableRow } from "../../post/posting-sheet.js";
import { qrDarkRuns, type MakeQrMatrix } from "../../post/qr-matrix.js";

export const FONT_REGULAR = "tthc-regular";
export const FONT_BOLD = "tthc-bold";

/** Type sizes in points: large, because the sheets are read standing in front of a board. */
export const SIZES = { title: 17, name: 15, subtitle: 13.5, section: 12.5, body: 11.5, table: 11, small: 10.5, footer: 10 };
const LEADING = 1.3;
const PARAGRAPH_GAP = 3;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.5;
const RULE = 0.75;

/** The part of pdfkit this engine uses, so it can be typed without loading pdfkit. */
export type Doc = PDFKit.PDFDocument;

export interface PageFrame {
  layout: "portrait" | "landscape";
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  /** The lowest y body content may reach: above the footer. */
  bottom: number;
}

interface Segment {
  text: string;
  bold: boolean;
  x: number;
}

/** A laid-out line: segments with x offsets from the line's left edge. */
export interface Line {
  segments: Segment[];
  width: number;
  /** Where the list dash goes, for the first line of a bullet paragraph. */
  dash?: boolean;
}

interface CellItem {
  line?: Line;
  height: number;
}

const DASH = "–";

/**
 * Splits a word that is wider than a whole line (a long URL, a document number in a narrow
 * column) into pieces that fit, preferring to break after "/", "-", "." or "?" so that
 * "123/2015/NĐ-CP" becomes "123/2015/" + "NĐ-CP" rather than "123/2015/NĐ-C" + "P".
 */
function splitLongWord(word: string, firstWidth: number, width: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let rest = word;
  let room = firstWidth;
  while (rest && measure(rest) > room) {
    const chars = Array.from(rest);
    let fit = 0;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join("")) <= room) fit++;
    if (room < width && (fit === 0 || room < width * 0.3)) {
      // Too little is left of the line to be worth a piece: start on the next one.
      pieces.push("");
      room = width;
      continue;
    }
    fit = Math.max(fit, 1);
    let cut = fit;
    // Only a break in the second half of the piece: "https:/" + "/…" helps nobody.
    for (let at = fit; at > fit / 2; at--) {
      if ("/-.?&=_".includes(chars[at - 1] ?? "")) {
        cut = at;
        break;
      }
    }
    pieces.push(chars.slice(0, cut).join(""));
    rest = chars.slice(cut).join("");
    room = width;
  }
  if (rest) pieces.push(rest);
  return pieces;
}

export class PdfFlow {
  y = 0;
  frame!: PageFrame;
  /** For each page, in order: the sheet it belongs to. */
  readonly pageSheets: number[] = [];
  private sheet = -1;
  private runningHeader = "";

  constructor(
    readonly doc: Doc,
    private readonly frameFor: (layout: "portrait" | "landscape") => PageFrame,
    private readonly makeQr: MakeQrMatrix,
  ) {}

  // ---- measuring and breaking --------------------------------------------------------------

  /** Widths already measured: balancing columns wraps the same words at many widths. */
  private readonly widths = new Map<string, number>();

  measure(text: string, bold: boolean, size: number): number {
    const key = `${bold ? "b" : "r"}${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc
        .font(bold ? FONT_BOLD : FONT_REGULAR)
        .fontSize(size)
        .widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  /** Breaks a paragraph into lines no wider than `width`, at spaces; hard breaks at "\n". */
  wrap(paragraph: Paragraph, width: number, size: number): Line[] {
    const indent = paragraph.bullet ? this.bulletIndent(size) : 0;
    const available = Math.max(width - indent, size);
    const words: { text: string; bold: boolean; breakBefore: boolean }[] = [];
    const push = (text: string, bold: boolean) => {
      text.split("\n").forEach((part, index) => {
        const pieces = part.split(/[ \u00a0]+/).filter(Boolean);
        if (pieces.length === 0 && index > 0) words.push({ text: "", bold, breakBefore: true });
        pieces.forEach((piece, at) => words.push({ text: piece, bold, breakBefore: index > 0 && at === 0 }));
      });
    };
    if (paragraph.lead) push(paragraph.lead, true);
    push(paragraph.text, paragraph.bold === true);

    const lines: Line[] = [];
    let segments: Segment[] = [];
    let lineWidth = 0;
    const flush = () => {
      lines.push({ segments, width: lineWidth });
      segments = [];
      lineWidth = 0;
    };
    const place = (text: string, bold: boolean) => {
      const last = segments[segments.length - 1];
      if (!last) {
        segments.push({ text, bold, x: 0 });
        lineWidth = this.measure(text, bold, size);
      } else if (last.bold === bold) {
        last.text += ` ${text}`;
        lineWidth = last.x + this.measure(last.text, bold, size);
      } else {
        // The space between a bold lead and its text is kept in the text, so it extracts.
        last.text += " ";
        const x = last.x + this.measure(last.text, last.bold, size);
        segments.push({ text, bold, x });
        lineWidth = x + this.measure(text, bold, size);
      }
    };
    for (const word of words) {
      if (word.breakBefore && (segments.length > 0 || lines.length > 0)) flush();
      if (!word.text) continue;
      const wordWidth = this.measure(word.text, word.bold, size);
      const spaceWidth = this.measure(" ", word.bold, size);
      if (wordWidth > available) {
        // Longer than any line (a URL): fill what is left of this line, then whole lines, rather
        // than leave a lead such as "Xem trực tuyến:" alone on its line.
        const left = segments.length === 0 ? available : available - lineWidth - spaceWidth;
        const pieces = splitLongWord(word.text, Math.max(left, 0), available, (text) => this.measure(text, word.bold, size));
        pieces.forEach((piece, index) => {
          if (index > 0) flush();
          if (piece) place(piece, word.bold);
        });
        continue;
      }
      if (segments.length > 0 && lineWidth + spaceWidth + wordWidth > available) flush();
      place(word.text, word.bold);
    }
    if (segments.length > 0 || lines.length === 0) flush();
    if (indent > 0) {
      for (const line of lines) {
        for (const segment of line.segments) segment.x += indent;
        line.width += indent;
      }
      const first = lines[0];
      if (first) first.dash = true;
    }
    return lines;
  }

  private bulletIndent(size: number): number {
    return this.measure(`${DASH} `, false, size) + 2;
  }

  /** Draws one line at (x, y); `align` centres it in `width`. */
  drawLine(line: Line, x: number, y: number, size: number, width?: number, align: "left" | "center" = "left"): void {
    const offset = align === "center" && width !== undefined ? Math.max(0, (width - line.width) / 2) : 0;
    if (line.dash)
      this.doc
        .font(FONT_REGULAR)
        .fontSize(size)
        .text(DASH, x + offset, y, { lineBreak: false });
    for (const segment of line.segments) {
      this.doc
        .font(segment.bold ? FONT_BOLD : FONT_REGULAR)
        .fontSize(size)
        .text(segment.text, x + offset + segment.x, y, { lineBreak: false });
    }
  }

  // ---- pages -------------------------------------------------------------------------------

  /**
   * Starts a sheet on a new page. `title` heads its continuation pages, with "(tiếp theo)", cut
   * to one line: the full name is on the sheet's first page, this line only says whose page it is.
   */
  startSheet(layout: "portrait" | "landscape", title: string): void {
    this.sheet += 1;
    this.frame = this.frameFor(layout);
    this.runningHeader = this.fitOneLine(title, " (tiếp theo)", SIZES.small);
    this.addPage(layout, false);
  }

  private fitOneLine(text: string, suffix: string, size: number): string {
    const width = this.contentWidth();
    if (this.measure(text + suffix, true, size) <= width) return text + suffix;
    // The most words that fit, found by halving (a 10,000-character title has 2,000 words).
    const words = text.split(" ");
    const cut = (count: number) => `${words.slice(0, count).join(" ")}…${suffix}`;
    let low = 1;
    let high = words.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.measure(cut(middle), true, size) <= width) low = middle;
      else high = middle - 1;
    }
    return cut(Math.max(1, low));
  }

  private addPage(layout: "portrait" | "landscape", continuation: boolean): void {
    this.frame = this.frameFor(layout);
    this.doc.addPage({ size: "A4", layout, margin: 0 });
    this.pageSheets.push(this.sheet);
    this.y = this.frame.top;
    if (continuation && this.runningHeader) {
      const lines = this.wrap({ text: this.runningHeader, bold: true }, this.contentWidth(), SIZES.small);
      for (const line of lines) {
        this.drawLine(line, this.frame.left, this.y, SIZES.small);
        this.y += this.lineHeight(SIZES.small);
      }
      this.y += 2;
      this.hrule(this.y, 0.5);
      this.y += 8;
    }
  }

  newPage(): void {
    this.addPage(this.frame.layout, true);
  }

  /** The y where body content starts on a continuation page of the current sheet. */
  continuationTop(): number {
    if (!this.runningHeader) return this.frame.top;
    const lines = this.wrap({ text: this.runningHeader, bold: true }, this.contentWidth(), SIZES.small);
    return this.frame.top + lines.length * this.lineHeight(SIZES.small) + 10;
  }

  contentWidth(): number {
    return this.frame.width - this.frame.left - this.frame.right;
  }

  remaining(): number {
    return this.frame.bottom - this.y;
  }

  /** Moves to a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.remaining() && this.y > this.continuationTop() + 0.01) this.newPage();
  }

  hrule(y: number, width = RULE): void {
    this.doc
      .moveTo(this.frame.left, y)
      .lineTo(this.frame.width - this.frame.right, y)
      .lineWidth(width)
      .strokeColor("black")
      .stroke();
  }

  // ---- flowing content ---------------------------------------------------------------------

  /** Paragraphs across the content width (or a narrower column), breaking pages between lines. */
  paragraphs(paragraphs: Paragraph[], size: number, options: { align?: "left" | "center"; x?: number; width?: number } = {}): void {
    const x = options.x ?? this.frame.left;
    const width = options.width ?? this.contentWidth();
    const lineHeight = this.lineHeight(size);
    paragraphs.forEach((paragraph, index) => {
      if (index > 0) this.y += PARAGRAPH_GAP;
      for (const line of this.wrap(paragraph, width, size)) {
        if (this.y + lineHeight > this.frame.bottom) this.newPage();
        this.drawLine(line, x, this.y, size, width, options.align);
        this.y += lineHeight;
      }
    });
  }

  /** The height paragraphs take in a column of `width`, without drawing. */
  paragraphsHeight(paragraphs: Paragraph[], size: number, width: number): number {
    let height = 0;
    paragraphs.forEach((paragraph, index) => {
      if (index > 0) height += PARAGRAPH_GAP;
      height += this.wrap(paragraph, width, size).length * this.lineHeight(size);
    });
    return height;
  }

  /** A QR code as vector squares, `size` points wide including a two-module quiet zone. */
  qr(payload: string, x: number, y: number, size: number): void {
    const matrix = this.makeQr(payload);
    const module = size / (matrix.size + 4);
    const origin = { x: x + 2 * module, y: y + 2 * module };
    for (const run of qrDarkRuns(matrix)) {
      this.doc.rect(origin.x + run.column * module, origin.y + run.row * module, run.length * module, module);
    }
    this.doc.fillColor("black").fill();
  }

  // ---- tables ------------------------------------------------------------------------------

  /**
   * A table with its header repeated on every page it reaches. A row that does not fit moves to
   * the next page whole; a row taller than a page is split between lines of its cells.
   */
  table(columns: TableColumn[], rows: TableRow[], options: { size: number; qrSize?: number }): void {
    const size = options.size;
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const tableWidth = this.contentWidth();
    const widths = columns.map((column) => (column.width / total) * tableWidth);
    const lineHeight = this.lineHeight(size);

    const cellItems = (paragraphs: Paragraph[], width: number): CellItem[] => {
      const items: CellItem[] = [];
      paragraphs.forEach((paragraph, index) => {
        if (index > 0) items.push({ height: PARAGRAPH_GAP });
        for (const line of this.wrap(paragraph, width - 2 * CELL_PAD_X, size)) items.push({ line, height: lineHeight });
      });
      return items;
    };
    const header = columns.map((column, index) => cellItems([{ text: column.title, bold: true }], widths[index] ?? 0));
    const headerHeight = Math.max(...header.map((items) => items.reduce((sum, item) => sum + item.height, 0))) + 2 * CELL_PAD_Y;
    const qrSize = (index: number) => Math.min(options.qrSize ?? 64, (widths[index] ?? 0) - 2 * CELL_PAD_X);

    // `content` holds text per column; a column whose content is null shows the row's QR code.
    const drawCells = (height: number, content: (CellItem[] | null)[], qrUrl: string | undefined, thick: boolean) => {
      const x0 = this.frame.left;
      let x = x0;
      columns.forEach((column, index) => {
        const width = widths[index] ?? 0;
        this.doc.rect(x, this.y, width, height).lineWidth(RULE).strokeColor("black").stroke();
        const items = content[index];
        if (items) {
          let y = this.y + CELL_PAD_Y;
          for (const item of items) {
            if (item.line) this.drawLine(item.line, x + CELL_PAD_X, y, size, width - 2 * CELL_PAD_X, column.align);
            y += item.height;
          }
        } else if (column.qr && qrUrl) {
          const side = qrSize(index);
          this.qr(qrUrl, x + (width - side) / 2, this.y + CELL_PAD_Y, side);
        }
        x += width;
      });
      if (thick) {
        this.doc
          .moveTo(x0, this.y + height)
          .lineTo(x0 + tableWidth, this.y + height)
          .lineWidth(1.5)
          .stroke();
      }
      this.y += height;
    };
    const drawHeader = () => drawCells(headerHeight, header, undefined, true);
    const startOnNewPage = () => {
      this.newPage();
      drawHeader();
    };

    // Each row's content, columns without text (the QR column) left empty.
    const bodies = rows.map((row) => {
      let textIndex = 0;
      return columns.map((column, index) => (column.qr ? null : cellItems(row.cells[textIndex++] ?? [], widths[index] ?? 0)));
    });
    const rowHeight = (row: number) => {
      const content = bodies[row] ?? [];
      let height = 0;
      columns.forEach((column, index) => {
        const cell = column.qr
          ? rows[row]?.qrUrl
            ? qrSize(index)
            : 0
          : (content[index] ?? []).reduce((sum, item) => sum + item.height, 0);
        height = Math.max(height, cell);
      });
      return height + 2 * CELL_PAD_Y;
    };

    // Keep the header with (the start of) the first row.
    const first = rows.length > 0 ? Math.min(rowHeight(0), 3 * lineHeight + 2 * CELL_PAD_Y) : 0;
    this.ensure(headerHeight + first);
    drawHeader();

    rows.forEach((row, rowIndex) => {
      const height = rowHeight(rowIndex);
      const pageRoom = this.frame.bottom - this.continuationTop() - headerHeight;
      if (height <= this.remaining()) {
        drawCells(height, bodies[rowIndex] ?? [], row.qrUrl, false);
        return;
      }
      if (height <= pageRoom) {
        startOnNewPage();
        drawCells(height, bodies[rowIndex] ?? [], row.qrUrl, false);
        return;
      }
      // Taller than a page: split the cells' lines over as many pages as it takes.
      const queues = (bodies[rowIndex] ?? []).map((items) => (items ? [...items] : null));
      const minimum = Math.max(3 * lineHeight, row.qrUrl ? Math.max(...columns.map((c, i) => (c.qr ? qrSize(i) : 0))) : 0);
      if (this.remaining() < minimum + 2 * CELL_PAD_Y) startOnNewPage();
      let firstPart = true;
      for (;;) {
        const room = this.remaining() - 2 * CELL_PAD_Y;
        let anyTaken = false;
        const part: (CellItem[] | null)[] = queues.map((queue) => {
          if (!queue) return null;
          const taken: CellItem[] = [];
          let used = 0;
          // At least one line per part, so a page too short for any line still makes progress.
          while (queue.length > 0 && (used + (queue[0]?.height ?? 0) <= room || (taken.length === 0 && !anyTaken))) {
            const item = queue.shift() as CellItem;
            used += item.height;
            taken.push(item);
            anyTaken = true;
          }
          return taken;
        });
        const used = Math.max(
          firstPart && row.qrUrl ? Math.max(...columns.map((c, i) => (c.qr ? qrSize(i) : 0))) : 0,
          ...part.map((items) => (items ?? []).reduce((sum, item) => sum + item.height, 0)),
        );
        drawCells(used + 2 * CELL_PAD_Y, part, firstPart ? row.qrUrl : undefined, false);
        firstPart = false;
        if (queues.every((queue) => !queue || queue.length === 0)) break;
        startOnNewPage();
      }
    });
  }
}
