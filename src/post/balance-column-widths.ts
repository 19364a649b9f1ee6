// Column widths for the list sheet, shared out by the text each column holds in this field.
// A row is as tall as its tallest cell, so a list is shortest when no column is much taller than
// the others: the hộ tịch list cites eleven documents per procedure and has short names, the xây
// dựng list has names of three hundred characters and few documents, and one fixed set of widths
// made one of them twice as tall as it had to be. The widths are chosen here, once, from an
// estimate of how the text wraps, so the PDF and the HTML get the same table.
import type { Cell, Paragraph } from "./posting-sheet.js";

export interface ColumnNeed {
  /**
   * The narrowest the column may be, in points, for its title to read well. A column is also
   * never narrower than its longest word (up to `longestWord`), so that a document number
   * such as "120/2025/NĐ-CP;" is never cut.
   */
  min: number;
  /** The column keeps its minimum (STT, the QR code). */
  fixed?: boolean;
}

export interface BalanceOptions {
  /** The table's width in points. */
  total: number;
  /** Type size of the cells, line height and gap between paragraphs, in points. */
  size: number;
  lineHeight: number;
  paragraphGap: number;
  /** Padding left plus right inside a cell. */
  padding: number;
  /** The least height of a row's content (the QR code), in points. */
  floor: number;
  /** A word wider than this (a link) may be cut rather than widen its column. */
  longestWord: number;
}

// Advance widths of Be Vietnam Pro (the font of the PDF, and the first one the HTML asks for),
// in thousandths of the type size, for the printable ASCII characters from the space to "~".
// A Vietnamese letter is measured as its base letter and a little more for its marks.
const REGULAR = widthTable(
  "230 280 318 807 645 849 740 179 439 439 497 608 303 608 286 503 676 385 651 660 710 660 680 594 634 680 286 303 556 726 556 573 " +
    "1005 736 674 775 728 620 633 783 709 258 465 679 624 853 732 826 644 822 668 635 650 725 706 1005 720 665 660 459 485 459 559 702 " +
    "202 642 652 613 652 599 386 643 583 264 274 555 255 893 573 642 652 652 392 508 428 566 576 870 559 583 502 426 408 426 468",
);
const BOLD = widthTable(
  "230 341 391 845 649 871 763 222 453 453 513 652 346 607 335 541 700 431 664 680 720 682 700 598 668 700 335 346 573 752 573 621 " +
    "1018 769 709 780 751 642 644 790 732 290 491 716 643 888 749 828 679 826 712 666 686 738 745 1057 769 718 667 504 531 504 612 736 " +
    "288 658 668 629 668 618 409 659 608 296 301 599 288 896 598 658 668 668 429 537 438 588 594 884 608 597 521 480 434 480 490",
);
/** A character outside the table (a dash "–", a quotation mark): about an average letter. */
const OTHER = 600;
/** What the marks of a Vietnamese letter add to its base letter, on average. */
const MARKED = { regular: 14, bold: 8 };

function widthTable(values: string): Map<string, number> {
  return new Map(values.split(" ").map((value, index) => [String.fromCharCode(32 + index), Number(value)]));
}

/** The estimated width of a word in points. */
function wordWidth(word: string, bold: boolean, size: number): number {
  const table = bold ? BOLD : REGULAR;
  let width = 0;
  for (const char of word) {
    const known = table.get(char);
    if (known !== undefined) {
      width += known;
      continue;
    }
    const base = char
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace("đ", "d")
      .replace("Đ", "D");
    const letter = table.get(base[0] ?? "");
    width += letter === undefined ? OTHER : letter + (bold ? MARKED.bold : MARKED.regular);
  }
  return (width * size) / 1000;
}

/** How many lines a paragraph takes in a column `inner` points wide, breaking at spaces as the PDF does. */
export function estimateLines(paragraph: Paragraph, inner: number, size: number): number {
  const words: { text: string; bold: boolean }[] = [];
  if (paragraph.lead) for (const text of paragraph.lead.split(/\s+/).filter(Boolean)) words.push({ text, bold: true });
  for (const text of paragraph.text.split(/\s+/).filter(Boolean)) words.push({ text, bold: paragraph.bold === true });
  const space = wordWidth(" ", false, size);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const width = wordWidth(word.text, word.bold, size);
    if (width > inner) {
      // Longer than a line: it is cut into pieces, the first on a line of its own here.
      const pieces = Math.ceil(width / inner);
      lines += (used > 0 ? 1 : 0) + pieces - 1;
      used = width - (pieces - 1) * inner;
    } else if (used === 0) {
      used = width;
    } else if (used + space + width <= inner) {
      used += space + width;
    } else {
      lines += 1;
      used = width;
    }
  }
  return lines;
}

/**
 * Widths in points for the columns of a table, from the cells of its rows (`cells[row][column]`,
 * null for a column without text such as the QR code). Starts from widths in proportion to each
 * column's text, then moves width from one column to another while that makes the table shorter
 * (the sum of its rows' heights, each the height of its tallest cell), so that no column is left
 * much taller than the rest. Deterministic: the same list gives the same widths.
 */
export function balanceColumnWidths(needs: ColumnNeed[], cells: (Cell | null)[][], options: BalanceOptions): number[] {
  const { size, lineHeight, paragraphGap, padding, floor } = options;
  const cache = new Map<string, number>();
  const cellHeight = (row: number, column: number, width: number): number => {
    const cell = cells[row]?.[column];
    if (!cell || cell.length === 0) return 0;
    const key = `${row}:${column}:${width}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const inner = Math.max(width - padding, size);
    const height = cell.reduce(
      (sum, paragraph, index) => sum + (index > 0 ? paragraphGap : 0) + estimateLines(paragraph, inner, size) * lineHeight,
      0,
    );
    cache.set(key, height);
    return height;
  };
  // The table's height, plus a hundredth of all cells' heights: of two layouts with rows equally
  // tall, the one whose other cells are shorter leaves more room to give away next time.
  const cost = (widths: number[]): number => {
    let sum = 0;
    cells.forEach((row, index) => {
      let tallest = floor;
      let all = 0;
      row.forEach((_, column) => {
        const height = cellHeight(index, column, widths[column] ?? 0);
        tallest = Math.max(tallest, height);
        all += height;
      });
      sum += tallest + all / 100;
    });
    return sum;
  };

  const mins = needs.map((need, column) => (need.fixed ? need.min : Math.max(need.min, longestWordWidth(cells, column, options))));
  const widths = proportionalWidths(mins, needs, cells, options);
  const movable = needs.map((need, column) => (need.fixed ? -1 : column)).filter((column) => column >= 0);
  let best = cost(widths);
  for (const step of [40, 20, 10, 5, 2]) {
    for (;;) {
      let move: { from: number; to: number; cost: number } | undefined;
      for (const from of movable) {
        if ((widths[from] ?? 0) - step < (mins[from] ?? 0)) continue;
        for (const to of movable) {
          if (to === from) continue;
          widths[from] = (widths[from] ?? 0) - step;
          widths[to] = (widths[to] ?? 0) + step;
          const trial = cost(widths);
          widths[from] = (widths[from] ?? 0) + step;
          widths[to] = (widths[to] ?? 0) - step;
          if (trial < (move?.cost ?? best) - 1e-9) move = { from, to, cost: trial };
        }
      }
      if (!move) break;
      widths[move.from] = (widths[move.from] ?? 0) - step;
      widths[move.to] = (widths[move.to] ?? 0) + step;
      best = move.cost;
    }
  }
  return widths;
}

/** The width of the column's longest word with the cell's padding, whole points, at most `longestWord`. */
function longestWordWidth(cells: (Cell | null)[][], column: number, options: BalanceOptions): number {
  let widest = 0;
  for (const row of cells) {
    for (const paragraph of row[column] ?? []) {
      for (const word of (paragraph.lead ?? "").split(/\s+/)) widest = Math.max(widest, wordWidth(word, true, options.size));
      for (const word of paragraph.text.split(/\s+/)) widest = Math.max(widest, wordWidth(word, paragraph.bold === true, options.size));
    }
  }
  return Math.ceil(Math.min(widest + options.padding, options.longestWord));
}

/**
 * The starting point: each column its minimum, the rest of the width shared in proportion to the
 * estimated width of the column's text over the whole field, whole points, summing to `total`.
 */
function proportionalWidths(mins: number[], needs: ColumnNeed[], cells: (Cell | null)[][], options: BalanceOptions): number[] {
  const demand = needs.map((need, column) => {
    if (need.fixed) return 0;
    let sum = 0;
    for (const row of cells) {
      for (const paragraph of row[column] ?? []) {
        sum += wordWidth(`${paragraph.lead ?? ""} ${paragraph.text}`, paragraph.bold === true, options.size);
      }
    }
    return sum;
  });
  const widths = [...mins];
  let active = needs.map((_, column) => column).filter((column) => (demand[column] ?? 0) > 0);
  for (;;) {
    const budget = options.total - widths.reduce((sum, width, column) => (active.includes(column) ? sum : sum + width), 0);
    const wanted = active.reduce((sum, column) => sum + (demand[column] ?? 0), 0);
    if (active.length === 0 || wanted <= 0) break;
    const under = active.filter((column) => (budget * (demand[column] ?? 0)) / wanted < (mins[column] ?? 0));
    if (under.length === 0) {
      for (const column of active) widths[column] = Math.floor((budget * (demand[column] ?? 0)) / wanted);
      break;
    }
    active = active.filter((column) => !under.includes(column));
  }
  // What rounding (or a field of very short texts) leaves goes to the first column with text.
  const left = options.total - widths.reduce((sum, width) => sum + width, 0);
  const first = needs.findIndex((need) => !need.fixed);
  if (left > 0 && first >= 0) widths[first] = (widths[first] ?? 0) + left;
  return widths;
}
