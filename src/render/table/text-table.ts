// Text for a terminal that fits its width: tables whose long cells wrap inside their column, or
// that turn into one block per row when the columns cannot fit, and paragraphs that wrap with a
// hanging indent. Shared by every report printed as text (effects, stats, deadline, diff).

export type Align = "left" | "right";

export interface TextTable {
  header: string[];
  align: Align[];
  rows: string[][];
  /** A totals row, printed last and set apart. */
  total?: string[];
}

/** How whole lines are dressed (colour); applied after layout, so never counted in the width. */
export interface TableStyle {
  header?: (line: string) => string;
  /** A row's lines, by the row's index. */
  row?: (line: string, index: number) => string;
  total?: (line: string) => string;
}

/** The width when nothing says otherwise (a pipe, a file): what a terminal has always had. */
export const DEFAULT_WIDTH = 80;
/** Narrower than this, nothing reads well: wrapping stops getting narrower. */
const MIN_WIDTH = 20;
/** On average, a wrapped row may take this many lines before blocks read better. */
const MAX_ROW_LINES = 3;
/** A column never needs more than this to show its longest word; longer words are cut across lines. */
const MAX_WORD = 24;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/gu;
/** A colour code or one character: the pieces a word may be cut between. */
// eslint-disable-next-line no-control-regex
const UNIT = /\u001b\[[0-9;]*m|./gsu;

/** Columns a text takes: one per NFC code point (which holds for Vietnamese), colour codes none. */
export function textWidth(text: string): number {
  return [...text.replace(ANSI, "").normalize("NFC")].length;
}

/**
 * Wraps a paragraph at spaces so that no line is wider than `width`: the first line starts with
 * `first`, the others with `rest` (a hanging indent). A word longer than a line is cut.
 */
export function wrapText(text: string, width: number, first = "", rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let lineWidth = textWidth(first);
  let empty = true;
  const limit = Math.max(width, 1);
  for (const word of text.normalize("NFC").split(/\s+/u).filter(Boolean)) {
    const w = textWidth(word);
    if (!empty && lineWidth + 1 + w <= limit) {
      line += ` ${word}`;
      lineWidth += 1 + w;
      continue;
    }
    if (!empty) {
      lines.push(line);
      line = rest;
      lineWidth = textWidth(rest);
    }
    const room = Math.max(1, limit - lineWidth);
    const pieces = cutWord(word, room, Math.max(1, limit - textWidth(rest)));
    for (const piece of pieces.slice(0, -1)) {
      lines.push(line + piece);
      line = rest;
      lineWidth = textWidth(rest);
    }
    line += pieces[pieces.length - 1] ?? "";
    lineWidth += textWidth(pieces[pieces.length - 1] ?? "");
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/** A word in pieces: the first at most `first` columns, the others at most `rest`. Colour codes stay whole. */
function cutWord(word: string, first: number, rest: number): string[] {
  if (textWidth(word) <= first) return [word];
  const units = word.match(UNIT) ?? [];
  const pieces: string[] = [];
  let piece = "";
  let w = 0;
  for (const unit of units) {
    const uw = unit.startsWith("\u001b") ? 0 : 1;
    if (w + uw > (pieces.length === 0 ? first : rest)) {
      pieces.push(piece);
      piece = "";
      w = 0;
    }
    piece += unit;
    w += uw;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * A table laid out within `width` columns. Columns two spaces apart (one when it must) at their
 * natural widths when they fit; else the widest columns wrap their cells (and headers) at
 * spaces; and when even the longest words cannot sit side by side, or the rows would run to
 * many lines, one block per row: the first cell as its title, then "header: value" lines.
 */
export function layOutTable(raw: TextTable, width: number = DEFAULT_WIDTH, style: TableStyle = {}): string[] {
  const limit = Math.max(width, MIN_WIDTH);
  // A line break inside a cell (a pasted name) would break the row: fold it to a space.
  const clean = (row: string[]): string[] => row.map((cell) => cell.normalize("NFC").replace(/\s+/gu, " ").trim());
  const table: TextTable = {
    header: clean(raw.header),
    align: raw.align,
    rows: raw.rows.map(clean),
    ...(raw.total ? { total: clean(raw.total) } : {}),
  };
  const all = [table.header, ...table.rows, ...(table.total ? [table.total] : [])];
  const count = table.header.length;
  const column = (i: number) => all.map((row) => row[i] ?? "");
  const natural = Array.from({ length: count }, (_, i) => Math.max(1, ...column(i).map(textWidth)));
  const body = Array.from({ length: count }, (_, i) =>
    Math.max(1, ...[...table.rows, ...(table.total ? [table.total] : [])].map((row) => textWidth(row[i] ?? ""))),
  );
  const least = Array.from({ length: count }, (_, i) =>
    Math.min(natural[i]!, Math.max(1, ...column(i).flatMap((cell) => cell.split(" ").map((word) => Math.min(textWidth(word), MAX_WORD))))),
  );
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  // Two spaces between columns; one when that is what it takes to keep the grid.
  for (const gap of [2, 1]) {
    const room = limit - gap * (count - 1);
    if (sum(natural) <= room) return grid(table, natural, " ".repeat(gap), style);
    if (sum(least) > room) continue;
    // Room goes first to the cells, so a long name wraps less; only then to the headers.
    const cells = share(body, least, room);
    const lines = grid(table, share(natural, cells, room), " ".repeat(gap), style);
    // A grid whose rows run to many lines reads worse than blocks.
    if (lines.length - 1 <= MAX_ROW_LINES * (table.rows.length + 1 + (table.total ? 1 : 0))) return lines;
    break;
  }
  return blocks(table, limit, style);
}

/** Widths from `least` up, the room left given to the columns that want it, in proportion. */
function share(natural: number[], least: number[], room: number): number[] {
  const widths = [...least];
  let left = room - widths.reduce((s, x) => s + x, 0);
  while (left > 0) {
    const wants = widths.map((w, i) => Math.max(0, natural[i]! - w));
    const total = wants.reduce((s, x) => s + Math.max(0, x), 0);
    if (total === 0) break;
    let given = 0;
    widths.forEach((w, i) => {
      const add = Math.min(wants[i]!, Math.floor((left * Math.max(0, wants[i]!)) / total));
      widths[i] = w + add;
      given += add;
    });
    if (given === 0 && total > 0) {
      // Too little room to share out in proportion: one column each, widest want first.
      const i = wants.indexOf(Math.max(...wants));
      widths[i] = widths[i]! + 1;
      given = 1;
    }
    left -= given;
  }
  return widths;
}

function grid(table: TextTable, widths: number[], gap: string, style: TableStyle): string[] {
  const lines = (row: string[], dress: (line: string) => string = (l) => l): string[] => {
    const cells = widths.map((w, i) => wrapText(row[i] ?? "", w).map((l) => (l === "" ? "" : l)));
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      dress(
        cells
          .map((c, i) => {
            const text = c[k] ?? "";
            const pad = " ".repeat(Math.max(0, widths[i]! - textWidth(text)));
            return table.align[i] === "right" ? pad + text : text + pad;
          })
          .join(gap)
          .trimEnd(),
      ),
    );
  };
  const out = [...lines(table.header, style.header), "-".repeat(widths.reduce((s, w) => s + w, 0) + gap.length * (widths.length - 1))];
  table.rows.forEach((row, index) => out.push(...lines(row, style.row ? (l) => style.row!(l, index) : undefined)));
  if (table.total) out.push(...lines(table.total, style.total));
  return out;
}

function blocks(table: TextTable, width: number, style: TableStyle): string[] {
  const block = (row: string[], dress: (line: string) => string = (l) => l): string[] => [
    ...wrapText(row[0] ?? "", width).map(dress),
    ...row.slice(1).flatMap((cell, i) => {
      const label = table.header[i + 1] ?? "";
      return wrapText(label === "" ? cell : `${label}: ${cell}`, width, "  ", "    ").map(dress);
    }),
  ];
  const out: string[] = [];
  table.rows.forEach((row, index) => {
    if (index > 0) out.push("");
    out.push(...block(row, style.row ? (l) => style.row!(l, index) : undefined));
  });
  if (table.total) out.push("", ...block(table.total, style.total));
  return out;
}
