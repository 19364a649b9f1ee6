import { textOf } from "../model/text-of.js";
import type { Agency, Catalogue, Fee, LegalDocument, Procedure } from "../model/catalogue.js";
import type { Block, Cell, DetailSection, DetailSheet, ListSheet, Paragraph, PostingFile, TableColumn, TableRow } from "./posting-sheet.js";
import { elementHeading } from "../words/element-words.js";
import { balanceColumnWidths, type ColumnNeed } from "./balance-column-widths.js";
import { procedureUrl } from "./procedure-url.js";
import type { PostedField } from "./select-posted-procedures.js";
import {
  NONE,
  wordApplicant,
  wordChannel,
  wordDate,
  wordDeadline,
  wordDuration,
  wordFee,
  wordFeeAmount,
  wordKind,
  wordLevel,
  wordNumber,
  wordOnlineLevel,
} from "../words/procedure-words.js";

export interface BuildPostingOptions {
  /** The date printed on the sheets, YYYY-MM-DD. */
  date: string;
  /** Only the procedures' own sheets, without the field's list (`tthc post --procedure`). */
  detailsOnly?: boolean;
}

/**
 * Catalogue text as it goes on a sheet: NFC (so the printed and extracted text is the text of
 * the catalogue whatever the editor saved), line ends unified, tabs and other control
 * characters made spaces (no font draws them).
 */
function clean(value: unknown): string {
  const text = textOf(value);
  return (
    text
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ")
      .trim()
  );
}

const plain = (text: string): Paragraph => ({ text });
const bullet = (text: string, lead?: string): Paragraph => (lead ? { lead, text, bullet: true } : { text, bullet: true });

/** The paragraphs of a list element, or "Không" when the procedure has none (NĐ 63/2010). */
function bulletsOrNone(items: string[]): Paragraph[] {
  return items.length === 0 ? [plain(NONE)] : items.map((item) => bullet(item));
}

/** A list column: its title, and the least width it needs, in points at 11 pt. */
interface ListColumn extends ColumnNeed {
  title: string;
  align?: "left" | "center";
  qr?: boolean;
}

// Least widths for the titles to read well: STT holds "STT"; the QR column a code of about
// 62 pt, enough to scan from a step away. No column is narrower than its longest word either,
// and the rest of the width is shared out per field (balance-column-widths.ts).
const NUMBER_COLUMN: ListColumn = { title: "STT", min: 34, fixed: true, align: "center" };
const NAME_COLUMN: ListColumn = { title: "Tên thủ tục", min: 110 };
const DEADLINE_COLUMN: ListColumn = { title: "Thời hạn giải quyết", min: 64 };
const PLACE_COLUMN: ListColumn = { title: "Địa điểm thực hiện", min: 80 };
const CHANNEL_COLUMN: ListColumn = { title: "Cách thức thực hiện", min: 90 };
const FEE_COLUMN: ListColumn = { title: "Phí, lệ phí", min: 80 };
const LEGAL_COLUMN: ListColumn = { title: "Căn cứ pháp lý", min: 90 };
const QR_COLUMN: ListColumn = { title: "Mã QR", min: 70, fixed: true, align: "center", qr: true };

// The list table as the PDF draws it (render/post-pdf.ts, post-pdf-flow.ts): A4 landscape less
// its margins, 11 pt type with 1.3 leading, 3 pt between paragraphs, 4 pt padding each side.
// A word wider than 160 pt (a link) is cut rather than widen its column.
const LIST_LAYOUT = { total: 770, size: 11, lineHeight: 14.3, paragraphGap: 3, padding: 8, longestWord: 160 };
/** The QR code of a list row, in points: no row is lower, whatever its text. */
const LIST_QR = 62;

/** What the list says of a fee whose amount the catalogue leaves to another text (its ghi_chu). */
export const FEE_SET_ELSEWHERE = "Theo quy định";

/** Under the list's title, when the list left out notes that the procedures' own sheets give. */
export const NOTES_ELSEWHERE = "Ghi chú về thời hạn, phí, lệ phí: xem trang của từng thủ tục ngay sau danh mục này.";

/** Under the list's title, when the rows have QR codes. */
export const QR_NOTE = "Quét mã QR bằng điện thoại để xem thủ tục trực tuyến.";

const DOSSIER_COLUMNS: TableColumn[] = [
  { title: "STT", width: 6, align: "center" },
  { title: "Tên giấy tờ", width: 66 },
  { title: "Bản chính", width: 14, align: "center" },
  { title: "Bản sao", width: 14, align: "center" },
];

/** Everything one sheet needs to look up: agencies and legal documents by id. */
class Lookup {
  private readonly agencies: Map<string, Agency>;
  private readonly documents: Map<string, LegalDocument>;

  constructor(catalogue: Catalogue) {
    this.agencies = new Map((catalogue.agencies ?? []).map((agency) => [agency.id, agency]));
    this.documents = new Map((catalogue.documents ?? []).map((document) => [document.id, document]));
  }

  /** An agency's name; an unknown id (which `tthc validate` reports) is printed as it is. */
  agencyName(id: string | undefined): string {
    if (!id) return "";
    return clean(this.agencies.get(id)?.ten ?? id);
  }

  agencyPlace(id: string | undefined): string {
    if (!id) return "";
    const agency = this.agencies.get(id);
    if (!agency) return clean(id);
    return [agency.ten, agency.dia_chi].map(clean).filter(Boolean).join(", ");
  }

  /** A legal document's number as printed (so_hieu), never the ASCII id. */
  documentNumber(id: string): string {
    return clean(this.documents.get(id)?.so_hieu ?? id);
  }

  /** "123/2015/NĐ-CP ngày 15/11/2015 – Nghị định quy định chi tiết …". */
  documentLine(id: string): string {
    const document = this.documents.get(id);
    if (!document) return clean(id);
    const issued = document.ngay_ban_hanh ? ` ngày ${wordDate(document.ngay_ban_hanh)}` : "";
    return `${this.documentNumber(id)}${issued} – ${clean(document.ten)}`;
  }
}

/** The statutory deadline; a record without one (which validate reports) still prints "Không". */
function deadlineOf(procedure: Procedure): string {
  return procedure.thoi_han ? clean(wordDeadline(procedure.thoi_han)) : NONE;
}

/** Where the dossier is received and the result returned: dia_diem, else the agency doing it. */
function placeOf(procedure: Procedure, lookup: Lookup): string {
  const place = clean(procedure.dia_diem);
  if (place) return place;
  return lookup.agencyPlace(procedure.co_quan?.thuc_hien ?? procedure.co_quan?.tham_quyen);
}

/** "Trực tuyến (toàn trình)": the online level belongs to the online channel. */
function channelName(procedure: Procedure, kind: Parameters<typeof wordChannel>[0]): string {
  const level = procedure.dich_vu_cong?.muc_do;
  if (kind === "truc_tuyen" && level && level !== "khong") return `${wordChannel(kind)} (${wordOnlineLevel(level)})`;
  return wordChannel(kind);
}

/** A fee as the list shows it: its name and amount; the notes are on the detail sheet. */
function listFee(fee: Fee): string {
  return `${clean(fee.ten)}: ${wordFeeAmount(fee) ?? FEE_SET_ELSEWHERE}`;
}

/**
 * The list sheet: one compact row per procedure, so that several fit on a landscape page. It
 * shows what a list is for, each value in short (the deadline's value and unit, each fee's name
 * and amount, the legal documents by number in one run); the notes and the full titles are on
 * the procedure's own sheet, posted right behind the list.
 */
function buildListSheet(procedures: Procedure[], lookup: Lookup, qrBase: Catalogue["manifest"], extraNotes: string[]): ListSheet {
  const places = procedures.map((procedure) => placeOf(procedure, lookup) || NONE);
  // One place for the whole field is said once under the title rather than on every row.
  const shared = places.every((place) => place === places[0]) ? places[0] : undefined;
  const columns: ListColumn[] = [
    NUMBER_COLUMN,
    NAME_COLUMN,
    DEADLINE_COLUMN,
    ...(shared === undefined ? [PLACE_COLUMN] : []),
    CHANNEL_COLUMN,
    FEE_COLUMN,
    LEGAL_COLUMN,
    QR_COLUMN,
  ];
  const rows: TableRow[] = procedures.map((procedure, index) => {
    const fees = (procedure.phi_le_phi ?? []).map(listFee);
    const channels = procedure.cach_thuc ?? [];
    const cells: Cell[] = [
      [plain(String(index + 1))],
      [
        { text: clean(procedure.ten), bold: true },
        { lead: "Mã:", text: clean(procedure.ma) },
        ...(procedure.hieu_luc_tu ? [{ lead: "Áp dụng từ ngày:", text: wordDate(procedure.hieu_luc_tu) }] : []),
      ],
      [plain(procedure.thoi_han ? wordDuration(procedure.thoi_han) : NONE)],
      ...(shared === undefined ? [[plain(places[index] ?? NONE)]] : []),
      channels.length === 0 ? [plain(NONE)] : channels.map((channel) => plain(channelName(procedure, channel.kenh))),
      fees.length === 0 ? [plain(NONE)] : fees.map(plain),
      // One run separated by "; ": a procedure often cites ten documents, and a line each made
      // rows half a page tall.
      [plain((procedure.can_cu_phap_ly ?? []).map((id) => lookup.documentNumber(id)).join("; ") || NONE)],
    ];
    const qrUrl = procedureUrl(procedure, qrBase);
    return qrUrl ? { cells, qrUrl: clean(qrUrl) } : { cells };
  });
  // The QR column has no cell in a row: null in its place.
  const cells = rows.map((row) => {
    let textIndex = 0;
    return columns.map((column) => (column.qr ? null : (row.cells[textIndex++] ?? [])));
  });
  const floor = rows.some((row) => row.qrUrl) ? LIST_QR : 0;
  const widths = balanceColumnWidths(columns, cells, { ...LIST_LAYOUT, floor });
  const tableColumns: TableColumn[] = columns.map((column, index) => {
    const table: TableColumn = { title: column.title, width: widths[index] ?? column.min };
    if (column.align) table.align = column.align;
    if (column.qr) table.qr = true;
    return table;
  });
  const shortened = procedures.some(
    (procedure) =>
      Boolean(clean(procedure.thoi_han?.ghi_chu)) ||
      (procedure.phi_le_phi ?? []).some((fee) => Boolean(clean(fee.ghi_chu)) || fee.so_tien === undefined),
  );
  const notes = [...extraNotes, ...(shortened ? [NOTES_ELSEWHERE] : []), ...(rows.some((row) => row.qrUrl) ? [QR_NOTE] : [])];
  const count = new Set(procedures.map((procedure) => procedure.ma)).size;
  const list: ListSheet = { columns: tableColumns, rows, notes, count };
  if (shared !== undefined) list.place = shared;
  return list;
}

function paragraphsBlock(paragraphs: Paragraph[]): Block {
  return { kind: "paragraphs", paragraphs };
}

function buildSections(procedure: Procedure, lookup: Lookup): DetailSection[] {
  const steps = procedure.trinh_tu ?? [];
  const channels = procedure.cach_thuc ?? [];
  const components = procedure.thanh_phan_ho_so ?? [];
  const place = placeOf(procedure, lookup);

  const channelParagraphs: Paragraph[] =
    channels.length === 0
      ? [plain(NONE)]
      : channels.map((channel) => {
          const details = [
            channel.thoi_han ? `thời hạn giải quyết ${clean(wordDeadline(channel.thoi_han))}` : "",
            clean(channel.ghi_chu),
          ].filter(Boolean);
          const name = channelName(procedure, channel.kenh);
          return details.length === 0 ? bullet(name) : bullet(details.join(". "), `${name}:`);
        });
  if (place) channelParagraphs.push({ lead: "Địa điểm tiếp nhận hồ sơ và trả kết quả:", text: place });

  const dossier: Block[] =
    components.length === 0
      ? [paragraphsBlock([plain(NONE)])]
      : [
          {
            kind: "table",
            columns: DOSSIER_COLUMNS,
            rows: components.map((component, index) => {
              const name = [
                clean(component.ten),
                component.mau ? `(mẫu ${clean(component.mau)})` : "",
                component.hinh_thuc === "xuat_trinh" ? "(xuất trình)" : "",
              ]
                .filter(Boolean)
                .join(" ");
              const note = clean(component.ghi_chu);
              const copies = (count: number | undefined): Cell => [plain(count === undefined ? "–" : wordNumber(count, true))];
              return {
                cells: [
                  [plain(String(index + 1))],
                  note ? [plain(name), { lead: "Ghi chú:", text: note }] : [plain(name)],
                  copies(component.ban_chinh),
                  copies(component.ban_sao),
                ],
              };
            }),
          },
        ];
  if (procedure.so_bo_ho_so !== undefined) {
    dossier.push(paragraphsBlock([{ lead: "Số lượng hồ sơ:", text: `${wordNumber(procedure.so_bo_ho_so, true)} bộ` }]));
  }

  const agencies: Paragraph[] = [{ lead: "Cơ quan có thẩm quyền:", text: lookup.agencyName(procedure.co_quan?.tham_quyen) || NONE }];
  if (procedure.co_quan?.thuc_hien) {
    agencies.push({ lead: "Cơ quan trực tiếp thực hiện:", text: lookup.agencyName(procedure.co_quan.thuc_hien) });
  }
  const partners = procedure.co_quan?.phoi_hop ?? [];
  if (partners.length > 0) {
    agencies.push({ lead: "Cơ quan phối hợp:", text: partners.map((id) => lookup.agencyName(id)).join("; ") });
  }

  const applicants = (procedure.doi_tuong ?? []).map(wordApplicant);
  const forms = (procedure.mau_don ?? []).map((form) => formLine(form, lookup));

  const sections: [string, Block[]][] = [
    [
      elementHeading("trinh_tu"),
      [
        paragraphsBlock(
          steps.length === 0 ? [plain(NONE)] : steps.map((step, index) => ({ lead: `Bước ${index + 1}:`, text: clean(step.mo_ta) })),
        ),
      ],
    ],
    [elementHeading("cach_thuc"), [paragraphsBlock(channelParagraphs)]],
    [elementHeading("thanh_phan_ho_so"), dossier],
    [elementHeading("thoi_han"), [paragraphsBlock([plain(deadlineOf(procedure))])]],
    [elementHeading("doi_tuong"), [paragraphsBlock([plain(applicants.length === 0 ? NONE : applicants.join(", "))])]],
    [elementHeading("co_quan"), [paragraphsBlock(agencies)]],
    [elementHeading("ket_qua"), [paragraphsBlock(bulletsOrNone((procedure.ket_qua ?? []).map(clean)))]],
    [elementHeading("phi_le_phi"), [paragraphsBlock(bulletsOrNone((procedure.phi_le_phi ?? []).map((fee) => clean(wordFee(fee)))))]],
    [elementHeading("mau_don"), [paragraphsBlock(bulletsOrNone(forms))]],
    [elementHeading("yeu_cau_dieu_kien"), [paragraphsBlock(bulletsOrNone((procedure.yeu_cau_dieu_kien ?? []).map(clean)))]],
    [
      elementHeading("can_cu_phap_ly"),
      [paragraphsBlock(bulletsOrNone((procedure.can_cu_phap_ly ?? []).map((id) => lookup.documentLine(id))))],
    ],
  ];
  return sections.map(([title, blocks], index) => ({ number: index + 1, title, blocks }));
}

/** "Tờ khai đăng ký khai sinh (mẫu TK-KS, ban hành kèm theo 04/2020/TT-BTP)". */
function formLine(form: Procedure["mau_don"][number], lookup: Lookup): string {
  const origin = form.van_ban ? `, ban hành kèm theo ${lookup.documentNumber(form.van_ban)}` : "";
  return `${clean(form.ten)} (mẫu ${clean(form.ma)}${origin})`;
}

function buildDetailSheet(procedure: Procedure, fieldName: string, lookup: Lookup, catalogue: Catalogue): DetailSheet {
  const facts: Paragraph[] = [
    { lead: "Mã thủ tục:", text: clean(procedure.ma) },
    { lead: "Lĩnh vực:", text: fieldName },
    { lead: "Cấp thực hiện:", text: (procedure.cap ?? []).map(wordLevel).join(", ") || NONE },
  ];
  if (procedure.loai && procedure.loai !== "thong_thuong") {
    const joined = procedure.thanh_phan_lien_thong ?? [];
    facts.push({
      lead: "Loại thủ tục:",
      text: joined.length > 0 ? `${wordKind(procedure.loai)} (gồm ${joined.map(clean).join(", ")})` : wordKind(procedure.loai),
    });
  }
  if (procedure.hieu_luc_tu) facts.push({ lead: "Áp dụng từ ngày:", text: wordDate(procedure.hieu_luc_tu) });
  if (procedure.trang_thai === "bai_bo" && procedure.bai_bo) {
    facts.push({
      lead: "Bãi bỏ từ ngày:",
      text: `${wordDate(procedure.bai_bo.ngay)} (Quyết định số ${clean(procedure.bai_bo.quyet_dinh)})`,
    });
  }
  if (procedure.cong_bo) {
    facts.push({
      lead: "Công bố tại:",
      text: `Quyết định số ${clean(procedure.cong_bo.quyet_dinh)} ngày ${wordDate(procedure.cong_bo.ngay)}`,
    });
  }
  const qrUrl = procedureUrl(procedure, catalogue.manifest);
  const sheet: DetailSheet = {
    code: clean(procedure.ma),
    name: clean(procedure.ten),
    facts,
    sections: buildSections(procedure, lookup),
    forms: (procedure.mau_don ?? []).map((form, index) => ({ lead: `${index + 1}.`, text: formLine(form, lookup) })),
  };
  if (qrUrl) sheet.qrUrl = clean(qrUrl);
  return sheet;
}

/**
 * The posting sheets of each selected field: the list sheet (danh mục) then one detail sheet
 * per procedure, every value worded for people and every missing element printed "Không".
 */
export function buildPostingFiles(catalogue: Catalogue, posted: PostedField[], options: BuildPostingOptions): PostingFile[] {
  const lookup = new Lookup(catalogue);
  const manifest = catalogue.manifest;
  return posted.map(({ field, procedures, upcoming, unconfirmed }) => {
    const fieldName = clean(field.ten);
    const file: PostingFile = {
      fieldCode: clean(field.ma),
      fieldName,
      version: clean(field.phien_ban),
      date: options.date,
      dateText: wordDate(options.date),
      agencyName: lookup.agencyName(manifest.co_quan_quan_ly),
      locality: clean(manifest.dia_ban),
      complaints: clean(manifest.dia_chi_phan_anh),
      list: buildListSheet(procedures, lookup, manifest, datingNotes(procedures, upcoming, unconfirmed, options.date)),
      details: procedures.map((procedure) => buildDetailSheet(procedure, fieldName, lookup, catalogue)),
    };
    if (options.detailsOnly) file.detailsOnly = true;
    return file;
  });
}

/**
 * What the list says of dates beside its rows: the versions that take effect after the posting
 * date and are not posted, and the procedures posted in such a version because the one in force
 * on the date could not be had.
 */
function datingNotes(procedures: Procedure[], upcoming: Procedure[], unconfirmed: Procedure[], date: string): string[] {
  const posted = new Set(procedures.map((procedure) => procedure.ma));
  // With --upcoming a procedure can have two rows: the version in force, then the later one.
  const later = procedures.filter((procedure, index) => procedures.findIndex((p) => p.ma === procedure.ma) !== index);
  return [
    ...later.map(
      (procedure) =>
        `Thủ tục ${clean(procedure.ma)} có hai dòng: phiên bản đang áp dụng ngày ${wordDate(date)} và phiên bản áp dụng từ ngày ${wordDate(procedure.hieu_luc_tu)}.`,
    ),
    ...unconfirmed.map(
      (procedure) =>
        `Thủ tục ${clean(procedure.ma)} được niêm yết theo phiên bản áp dụng từ ngày ${wordDate(procedure.hieu_luc_tu)}: danh mục không còn giữ phiên bản áp dụng ngày ${wordDate(date)}.`,
    ),
    ...upcoming.map(
      (procedure) =>
        `Sắp áp dụng, chưa niêm yết: ${posted.has(procedure.ma) ? "phiên bản mới của thủ tục" : "thủ tục mới"} ${clean(procedure.ma)} – ${clean(procedure.ten)}, áp dụng từ ngày ${wordDate(procedure.hieu_luc_tu)}.`,
    ),
  ];
}
