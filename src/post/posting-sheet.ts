// The content of the public posting sheets (niêm yết công khai), already worded for people.
// Built once from the catalogue (build-posting-files.ts) and drawn by two renderers
// (render/post-pdf.ts, render/post-html.ts), so the PDF and the HTML cannot say different things.
// Types only.

/** A run of text: an optional bold lead ("Bước 1:") followed by ordinary text. */
export interface Paragraph {
  lead?: string;
  text: string;
  /** Printed with a dash and a hanging indent, as an item of a list. */
  bullet?: boolean;
  /** The whole paragraph in bold (a procedure name in the list sheet). */
  bold?: boolean;
}

/** One cell of a table: paragraphs stacked top to bottom. */
export type Cell = Paragraph[];

export interface TableColumn {
  title: string;
  /** Relative width; the renderer scales the columns to the width it has. */
  width: number;
  align?: "left" | "center";
  /** The column shows the row's QR code instead of text. */
  qr?: boolean;
}

export interface TableRow {
  /** One cell per column that is not a QR column, in column order. */
  cells: Cell[];
  /** The link the QR code of this row opens (when a column is a QR column). */
  qrUrl?: string;
}

export type Block = { kind: "paragraphs"; paragraphs: Paragraph[] } | { kind: "table"; columns: TableColumn[]; rows: TableRow[] };

/** One element of NĐ 63/2010 Art. 8, in the legal order. */
export interface DetailSection {
  number: number;
  title: string;
  blocks: Block[];
}

/** The full sheet of one procedure. */
export interface DetailSheet {
  code: string;
  name: string;
  /** Facts under the name: code, field, level, kind, effective date, announcing decision. */
  facts: Paragraph[];
  /** Where the QR code points; absent when neither the procedure nor the manifest gives a link. */
  qrUrl?: string;
  sections: DetailSection[];
  /** The forms and declarations posted right after the procedure, in order; empty when none. */
  forms: Paragraph[];
}

/** The list sheet of a field (danh mục). */
export interface ListSheet {
  /** The columns, widths shared out by the field's own text (balance-column-widths.ts). */
  columns: TableColumn[];
  rows: TableRow[];
  /**
   * Where every procedure of the field is done, when that is one and the same place: printed
   * once under the title ("Địa điểm thực hiện: …"), and the list then has no place column.
   */
  place?: string;
  /**
   * How to read the list, printed on one line under its title (under the table, a last line
   * could end up alone on a page): where the notes the list leaves out are, what the QR codes open.
   */
  notes: string[];
  /** How many procedures the list holds (a procedure posted with its next version counts once). */
  count: number;
}

/** Everything posted for one field: one file (PDF or HTML). */
export interface PostingFile {
  fieldCode: string;
  fieldName: string;
  /** The field's phien_ban. */
  version: string;
  /** The date printed on the sheets, YYYY-MM-DD. */
  date: string;
  /** The same date as people read it, dd/mm/yyyy. */
  dateText: string;
  /** The managing agency's name (manifest co_quan_quan_ly resolved in co-quan.yaml). */
  agencyName: string;
  /** The locality (manifest dia_ban). */
  locality: string;
  /** Where complaints and recommendations go (manifest dia_chi_phan_anh). */
  complaints: string;
  list: ListSheet;
  details: DetailSheet[];
  /** Only the detail sheets are drawn (`tthc post --procedure`): the list stays out. */
  detailsOnly?: boolean;
}
