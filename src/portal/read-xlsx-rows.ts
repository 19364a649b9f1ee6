import { strFromU8, unzipSync } from "fflate";

/**
 * The cells of the first sheet of an .xlsx workbook, as text, row by row (index 0 is row 1).
 * An .xlsx is a zip of XML parts; this reads only the three it needs (the workbook for the
 * first sheet, its relations, the shared strings) and the sheet itself, with the few XML rules
 * those parts use (elements, attributes, the five entities and numeric references). Throws on a
 * file that is not a workbook; the caller reports that as an unreadable source.
 */
export function readXlsxRows(bytes: Uint8Array): string[][] {
  const parts = unzipSync(bytes, {
    filter: (f) =>
      f.name === "xl/workbook.xml" ||
      f.name === "xl/_rels/workbook.xml.rels" ||
      f.name === "xl/sharedStrings.xml" ||
      f.name.startsWith("xl/worksheets/"),
  });
  const read = (name: string) => (parts[name] ? strFromU8(parts[name]) : undefined);
  const workbook = read("xl/workbook.xml");
  if (workbook === undefined) throw new Error("not an .xlsx workbook: no xl/workbook.xml");
  const sheetPath = firstSheetPath(workbook, read("xl/_rels/workbook.xml.rels"), Object.keys(parts));
  const sheet = read(sheetPath);
  if (sheet === undefined) throw new Error(`not an .xlsx workbook: no ${sheetPath}`);
  const shared = readSharedStrings(read("xl/sharedStrings.xml") ?? "");

  const rows: string[][] = [];
  for (const row of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([^]*?)<\/row>)/gu)) {
    const r = Number(attribute(row[1]!, "r") ?? rows.length + 1);
    const cells: string[] = [];
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([^]*?)<\/c>)/gu)) {
      const attrs = cell[1]!;
      const ref = attribute(attrs, "r");
      const column = ref ? columnIndex(ref) : cells.length;
      const type = attribute(attrs, "t");
      const inner = cell[2] ?? "";
      let value: string;
      if (type === "s") value = shared[Number(/<v>([^<]*)<\/v>/u.exec(inner)?.[1] ?? -1)] ?? "";
      else if (type === "inlineStr") value = textOf(inner);
      else value = decode(/<v>([^<]*)<\/v>/u.exec(inner)?.[1] ?? "");
      while (cells.length < column) cells.push("");
      cells[column] = value;
    }
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = cells;
  }
  return rows;
}

function firstSheetPath(workbook: string, rels: string | undefined, names: string[]): string {
  const sheet = /<sheet\b([^>]*)\/?>/u.exec(workbook);
  const id = sheet ? (attribute(sheet[1]!, "r:id") ?? attribute(sheet[1]!, "id")) : undefined;
  if (id && rels) {
    for (const rel of rels.matchAll(/<Relationship\b([^>]*)\/?>/gu)) {
      if (attribute(rel[1]!, "Id") !== id) continue;
      const target = attribute(rel[1]!, "Target") ?? "";
      return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//u, "")}`;
    }
  }
  return names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/u.test(n)).sort()[0] ?? "xl/worksheets/sheet1.xml";
}

function readSharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si\b[^>]*>([^]*?)<\/si>/gu)].map((m) => textOf(m[1]!));
}

/** The text of an item: its <t> runs, without phonetic guides (<rPh>). */
function textOf(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[^]*?<\/rPh>/gu, "");
  return [...withoutPhonetic.matchAll(/<t\b[^>]*>([^]*?)<\/t>/gu)].map((m) => decode(m[1]!)).join("");
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`, "u").exec(attrs);
  return m ? decode(m[1]!) : undefined;
}

/** "AB12" → 27 (0-based column). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/u.exec(ref)?.[0] ?? "A";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function decode(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu, (_, hex: string, dec: string, named: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[named.toLowerCase() as "amp"];
  });
}
