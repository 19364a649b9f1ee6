// The draft annex (phụ lục) of the Quyết định công bố that announces a branch's changes, as a
// Word document: Part I the lists with the official columns (domain.md §3), Part II the full
// content of each new, amended or replacing procedure with its changed elements marked.
// Always in Vietnamese: it is the draft of an official document. The docx package is heavy,
// so it is imported here, when a DOCX is asked for, and nowhere else.

import type { CatalogueDiff } from "../../amend/catalogue-diff.js";
import { findProcedure } from "../../model/procedure.js";
import type { Catalogue, LegalDocument, Procedure } from "../../model/catalogue.js";
import { formatNumber } from "../../words/format-number.js";
import { wordDate } from "../../words/dates.js";
import { describeDeadline, valueName } from "./diff-wording.js";

export interface DiffDocxOptions {
  base: Catalogue;
  head: Catalogue;
  /**
   * The document's creation and modification date (ISO 8601), written into its properties and
   * its zip entries instead of the clock, so the same input gives the same bytes.
   */
  created: string;
}

/**
 * The part of the docx package this renderer uses. docx 9.7's ESM typings re-export folders
 * without file extensions, which NodeNext resolution cannot follow (only `Document` comes
 * through, even through its CommonJS typings), so the API is declared here; the tests check
 * the document it produces.
 */
interface DocxNode {
  readonly _docx?: never;
}
interface DocxModule {
  AlignmentType: { CENTER: string; JUSTIFIED: string; LEFT: string };
  PageOrientation: { LANDSCAPE: string; PORTRAIT: string };
  WidthType: { DXA: string };
  Document: new (options: object) => DocxNode;
  Paragraph: new (options: object) => DocxNode;
  TextRun: new (options: object) => DocxNode;
  Table: new (options: object) => DocxNode;
  TableRow: new (options: object) => DocxNode;
  TableCell: new (options: object) => DocxNode;
  Packer: {
    pack(document: DocxNode, type: "uint8array", prettify: boolean, overrides: Array<{ path: string; data: string }>): Promise<Uint8Array>;
  };
}

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt, the size of administrative documents (NĐ 30/2020)
const CM = 567; // twips
const MARGIN = { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM };
const A4 = { width: 11906, height: 16838 };
const LANDSCAPE_WIDTH = A4.height - MARGIN.left - MARGIN.right;
const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** The elements of Part II in the order of NĐ 63/2010 Art. 8, with the keys each one shows. */
const PART_II_ELEMENTS: Array<{ title: string; keys: string[] }> = [
  { title: "Trình tự thực hiện", keys: ["trinh_tu"] },
  { title: "Cách thức thực hiện", keys: ["cach_thuc", "dia_diem"] },
  { title: "Thành phần, số lượng hồ sơ", keys: ["thanh_phan_ho_so", "so_bo_ho_so"] },
  { title: "Thời hạn giải quyết", keys: ["thoi_han"] },
  { title: "Đối tượng thực hiện thủ tục hành chính", keys: ["doi_tuong"] },
  { title: "Cơ quan thực hiện thủ tục hành chính", keys: ["co_quan", "cap", "loai", "thanh_phan_lien_thong"] },
  { title: "Kết quả thực hiện thủ tục hành chính", keys: ["ket_qua"] },
  { title: "Phí, lệ phí", keys: ["phi_le_phi"] },
  { title: "Tên mẫu đơn, mẫu tờ khai", keys: ["mau_don"] },
  { title: "Yêu cầu, điều kiện thực hiện thủ tục hành chính", keys: ["yeu_cau_dieu_kien"] },
  { title: "Căn cứ pháp lý của thủ tục hành chính", keys: ["can_cu_phap_ly"] },
];

const DOCUMENT_KINDS = ["Nghị định", "Thông tư liên tịch", "Thông tư", "Quyết định", "Nghị quyết", "Pháp lệnh", "Chỉ thị"];

interface AnnexProcedure {
  kind: "added" | "amended" | "replaced";
  procedure: Procedure;
  field: string;
  changed: Set<string>;
  replaces?: { code: string; name: string };
  /** The document that prescribes the change (Part I, amended and replaced list). */
  basis: string;
}

export async function renderDiffDocx(diff: CatalogueDiff, options: DiffDocxOptions): Promise<Uint8Array> {
  const docx = (await import("docx")) as unknown as DocxModule;
  const { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const { base, head } = options;
  const findIn = (catalogue: Catalogue, code: string, field: string, inForce = true) =>
    findProcedure(catalogue, code, { field, inForce })?.procedure;
  const documents = new Map<string, LegalDocument>([...base.documents, ...head.documents].map((d) => [d.id, d]));
  const agencies = new Map([...base.agencies, ...head.agencies].map((a) => [a.id, a.ten]));
  const agencyOf = (p: Procedure | undefined) => (p ? (agencies.get(p.co_quan.thuc_hien ?? p.co_quan.tham_quyen) ?? p.co_quan.thuc_hien ?? p.co_quan.tham_quyen) : "");
  const documentName = (id: string) => describeDocument(documents.get(id), id);
  const newlyCited = (now: Procedure, then: Procedure | undefined) => {
    const cited = now.can_cu_phap_ly ?? [];
    const fresh = cited.filter((id) => !(then?.can_cu_phap_ly ?? []).includes(id));
    return (fresh.length > 0 ? fresh : cited).map(documentName).join("; ");
  };

  // What goes into the annex: new, amended in a legal element, replacing.
  const annex: AnnexProcedure[] = [];
  for (const ref of diff.added) {
    const procedure = findIn(head, ref.code, ref.field);
    if (procedure) annex.push({ kind: "added", procedure, field: ref.field_name, changed: new Set(), basis: "" });
  }
  for (const ref of diff.amended) {
    if (!ref.legal_change) continue;
    const procedure = findIn(head, ref.code, ref.field);
    const before = findIn(base, ref.code, ref.field_before ?? ref.field);
    if (procedure) annex.push({ kind: "amended", procedure, field: ref.field_name, changed: new Set(ref.elements), basis: newlyCited(procedure, before) });
  }
  for (const ref of diff.replaced) {
    const procedure = findIn(head, ref.code, ref.field);
    const before = findIn(base, ref.replaces, ref.field);
    if (procedure) {
      annex.push({
        kind: "replaced",
        procedure,
        field: ref.field_name,
        changed: new Set(ref.elements),
        replaces: { code: ref.replaces, name: ref.replaces_name },
        basis: newlyCited(procedure, before),
      });
    }
  }

  const run = (text: string, style: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, ...style });
  // A line break inside a value (a note on two lines) becomes a break in the paragraph: Word
  // would show a bare "\n" as a space.
  const lines = (text: string) => text.split(/\r?\n/u).map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
  const para = (children: DocxNode[] | string, style: { align?: "center" | "both"; indent?: boolean; keepNext?: boolean; before?: number } = {}) =>
    new Paragraph({
      children: typeof children === "string" ? lines(children) : children,
      alignment: style.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: style.indent ? { firstLine: Math.round(1 * CM) } : undefined,
      keepNext: style.keepNext,
      spacing: { before: style.before ?? 0, after: 60 },
    });
  const cell = (text: string, width: number, header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: text.split("\n").map((line) => new Paragraph({ children: [run(line, { bold: header })], alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT })),
    });
  const table = (header: string[], widths: number[], rows: string[][]) =>
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, widths[i]!, true)) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!)) })),
      ],
    });

  // Part I.
  const partOne: DocxNode[] = [];
  const kinds = [
    diff.added.length > 0 ? "MỚI BAN HÀNH" : "",
    annex.some((a) => a.kind === "amended") ? "ĐƯỢC SỬA ĐỔI, BỔ SUNG" : "",
    diff.replaced.length > 0 ? "ĐƯỢC THAY THẾ" : "",
    diff.abolished.length > 0 ? "BỊ BÃI BỎ" : "",
  ].filter(Boolean);
  const decisions = new Set(
    [
      ...annex.map((a) => a.procedure.cong_bo?.quyet_dinh && `${a.procedure.cong_bo.quyet_dinh}|${a.procedure.cong_bo.ngay}`),
      ...diff.abolished.map((r) => {
        const b = findIn(head, r.code, r.field, false)?.bai_bo;
        return b?.quyet_dinh && `${b.quyet_dinh}|${b.ngay}`;
      }),
    ].filter((d): d is string => Boolean(d)),
  );
  const [decision] = decisions.size === 1 ? [...decisions] : [undefined];
  const attached = decision
    ? `(Kèm theo Quyết định số ${decision.split("|")[0]} ngày ${wordDate(decision.split("|")[1])})`
    : "(Kèm theo Quyết định số        /QĐ-        ngày      tháng      năm        )";
  partOne.push(
    para([run("PHỤ LỤC", { bold: true })], { align: "center" }),
    para([run(`THỦ TỤC HÀNH CHÍNH ${joinWithAnd(kinds) || "KHÔNG THAY ĐỔI"}`, { bold: true })], { align: "center" }),
    para([run(`THUỘC PHẠM VI QUẢN LÝ, GIẢI QUYẾT TẠI ${head.manifest.dia_ban.normalize("NFC").toUpperCase()}`, { bold: true })], { align: "center" }),
    para([run(attached, { italics: true })], { align: "center" }),
    para([run("PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH", { bold: true })], { before: 240, keepNext: true }),
  );
  let listNumber = 0;
  const listTitle = (title: string) => {
    listNumber += 1;
    partOne.push(para([run(`${listNumber}. ${title}`, { bold: true })], { before: 120, keepNext: true }));
  };
  if (diff.added.length > 0) {
    listTitle("Danh mục thủ tục hành chính mới ban hành");
    const w = columns(LANDSCAPE_WIDTH, [5, 45, 20, 30]);
    partOne.push(
      table(
        ["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"],
        w,
        annex.filter((a) => a.kind === "added").map((a, i) => [String(i + 1), a.procedure.ten, a.field, agencyOf(a.procedure)]),
      ),
    );
  }
  const amendedRows = annex.filter((a) => a.kind !== "added");
  if (amendedRows.length > 0) {
    listTitle("Danh mục thủ tục hành chính được sửa đổi, bổ sung, thay thế");
    const w = columns(LANDSCAPE_WIDTH, [5, 12, 28, 27, 12, 16]);
    partOne.push(
      table(
        ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Tên văn bản quy định nội dung sửa đổi, bổ sung, thay thế", "Lĩnh vực", "Cơ quan thực hiện"],
        w,
        amendedRows.map((a, i) => [
          String(i + 1),
          a.replaces ? `${a.procedure.ma}\n(thay thế ${a.replaces.code})` : a.procedure.ma,
          a.procedure.ten,
          a.basis,
          a.field,
          agencyOf(a.procedure),
        ]),
      ),
    );
  }
  if (diff.abolished.length > 0) {
    listTitle("Danh mục thủ tục hành chính bị bãi bỏ");
    const w = columns(LANDSCAPE_WIDTH, [5, 12, 28, 27, 12, 16]);
    partOne.push(
      table(
        ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Tên văn bản quy định việc bãi bỏ", "Lĩnh vực", "Cơ quan thực hiện"],
        w,
        diff.abolished.map((r, i) => {
          const kept = r.by === "status" ? findIn(head, r.code, r.field, false) : undefined;
          const old = findIn(base, r.code, r.field);
          const basis = kept?.bai_bo?.can_cu ? documentName(kept.bai_bo.can_cu) : "";
          return [String(i + 1), r.code, r.name, basis, r.field_name, agencyOf(kept ?? old)];
        }),
      ),
    );
  }
  if (listNumber === 0) partOne.push(para("Không có thủ tục hành chính mới ban hành, được sửa đổi, bổ sung, thay thế hoặc bị bãi bỏ."));

  // Part II.
  const partTwo: DocxNode[] = [
    para([run("PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH", { bold: true })], { keepNext: true }),
  ];
  if (annex.length === 0) partTwo.push(para("Không có."));
  annex.forEach((a, i) => {
    const p = a.procedure;
    const what =
      a.kind === "added" ? "mới ban hành" : a.kind === "amended" ? "sửa đổi, bổ sung" : `thay thế thủ tục ${a.replaces!.code} – ${a.replaces!.name}`;
    partTwo.push(
      para([run(`${i + 1}. ${p.ten}`, { bold: true }), ...(a.changed.has("ten") ? [run(" (sửa đổi tên)", { bold: true })] : [])], { before: 240, keepNext: true }),
      para([run(`Mã TTHC: ${p.ma} – Lĩnh vực: ${a.field} (${what})`, { italics: true })], { keepNext: true }),
    );
    PART_II_ELEMENTS.forEach((element, k) => {
      const changed = a.kind !== "added" && element.keys.some((key) => a.changed.has(key));
      partTwo.push(
        para([run(`${i + 1}.${k + 1}. ${element.title}`, { bold: true }), ...(changed ? [run(" (sửa đổi)", { bold: true })] : [])], { keepNext: true }),
        ...elementLines(p, element.keys[0]!, documentName, (id) => agencies.get(id) ?? id).map((line) => para(line, { indent: true })),
      );
    });
  });

  const document = new Document({
    title: "Phụ lục Quyết định công bố thủ tục hành chính (dự thảo)",
    creator: "tthc",
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
        children: partOne,
      },
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
        children: partTwo,
      },
    ],
  });
  const when = new Date(options.created);
  const stamp = Number.isNaN(when.getTime()) ? "1980-01-01T00:00:00Z" : when.toISOString().replace(/\.\d{3}Z$/u, "Z");
  const bytes = await Packer.pack(document, "uint8array", false, [{ path: "docProps/core.xml", data: coreProperties(stamp) }]);
  return fixZipTimestamps(bytes, new Date(stamp));
}

/** The lines of one Part II element, "Không" where the procedure has none (NĐ 63/2010). */
function elementLines(p: Procedure, key: string, documentName: (id: string) => string, agencyName: (id: string) => string): string[] {
  const none = ["Không"];
  const or = (lines: string[]) => (lines.length > 0 ? lines : none);
  switch (key) {
    case "trinh_tu":
      return or(p.trinh_tu.map((s, i) => `Bước ${i + 1}: ${s.mo_ta}`));
    case "cach_thuc": {
      const lines = p.cach_thuc.map((c) => {
        const deadline = c.thoi_han ? `, thời hạn giải quyết: ${describeDeadline({ ...c.thoi_han }, "vi")}` : "";
        return `- ${valueName("kenh", c.kenh, "vi")}${deadline}${c.ghi_chu ? `; ${c.ghi_chu}` : ""}.`;
      });
      if (p.dia_diem) lines.push(`- Địa điểm thực hiện: ${p.dia_diem}.`);
      return or(lines);
    }
    case "thanh_phan_ho_so": {
      const lines = ["a) Thành phần hồ sơ:"];
      for (const c of p.thanh_phan_ho_so) {
        const details = [
          c.ban_chinh ? `${pad(c.ban_chinh)} bản chính` : "",
          c.ban_sao ? `${pad(c.ban_sao)} bản sao` : "",
          c.mau ? `theo mẫu ${c.mau}` : "",
          c.hinh_thuc === "xuat_trinh" ? "xuất trình" : "",
          c.ghi_chu ?? "",
        ].filter(Boolean);
        lines.push(`- ${c.ten}${details.length > 0 ? ` (${details.join("; ")})` : ""}.`);
      }
      if (p.thanh_phan_ho_so.length === 0) lines.push("Không");
      lines.push(`b) Số lượng hồ sơ: ${p.so_bo_ho_so !== undefined ? `${pad(p.so_bo_ho_so)} bộ` : "Không quy định"}.`);
      return lines;
    }
    case "thoi_han":
      return [`${describeDeadline({ ...p.thoi_han }, "vi")}.`];
    case "doi_tuong":
      return or(p.doi_tuong.length > 0 ? [p.doi_tuong.map((d) => valueName("doi_tuong", d, "vi")).join(", ") + "."] : []);
    case "co_quan": {
      const lines = [`- Cơ quan có thẩm quyền: ${agencyName(p.co_quan.tham_quyen)}.`];
      if (p.co_quan.thuc_hien) lines.push(`- Cơ quan trực tiếp thực hiện: ${agencyName(p.co_quan.thuc_hien)}.`);
      if ((p.co_quan.phoi_hop ?? []).length > 0) lines.push(`- Cơ quan phối hợp: ${(p.co_quan.phoi_hop ?? []).map(agencyName).join(", ")}.`);
      lines.push(`- Cấp thực hiện: ${p.cap.map((c) => valueName("cap", c, "vi")).join(", ")}.`);
      if (p.loai === "lien_thong" && (p.thanh_phan_lien_thong ?? []).length > 0) {
        lines.push(`- Thủ tục liên thông với: ${(p.thanh_phan_lien_thong ?? []).join(", ")}.`);
      }
      return lines;
    }
    case "ket_qua":
      return or(p.ket_qua.map((k) => `- ${k}.`));
    case "phi_le_phi":
      return or(
        p.phi_le_phi.map((f) => {
          const amount = f.so_tien !== undefined ? `: ${f.so_tien === 0 ? "0" : formatNumber(f.so_tien, "vi")} đồng` : "";
          return `- ${f.ten}${amount}${f.ghi_chu ? ` (${f.ghi_chu})` : ""}.`;
        }),
      );
    case "mau_don":
      return or(p.mau_don.map((f) => `- ${f.ten} (${f.ma})${f.van_ban ? `, ban hành kèm theo ${documentName(f.van_ban)}` : ""}.`));
    case "yeu_cau_dieu_kien":
      return or(p.yeu_cau_dieu_kien.map((y) => `- ${y}`));
    case "can_cu_phap_ly":
      return or(p.can_cu_phap_ly.map((id) => `- ${documentName(id)}.`));
    default:
      return none;
  }
}

/** 1 → "01": counts in administrative documents are written with two digits. */
function pad(n: number): string {
  return formatNumber(n, "vi", { pad: true });
}

/**
 * A legal document as the annex names it: "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 quy
 * định …", "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014"; the id alone when the catalogue
 * does not list it.
 */
export function describeDocument(doc: LegalDocument | undefined, id: string): string {
  if (!doc) return id;
  const number = (doc.so_hieu ?? doc.id).normalize("NFC");
  const date = doc.ngay_ban_hanh ? ` ngày ${wordDate(doc.ngay_ban_hanh)}` : "";
  const name = doc.ten.normalize("NFC").trim();
  const kind = DOCUMENT_KINDS.find((k) => name.startsWith(`${k} `));
  if (kind) return `${kind} số ${number}${date} ${name.slice(kind.length + 1)}`;
  return `${name} số ${number}${date}`;
}

/** "A", "A VÀ B", "A, B VÀ C". */
function joinWithAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} VÀ ${parts[parts.length - 1]}`;
}

/** Column widths in twips from percentages of the text width. */
function columns(total: number, percents: number[]): number[] {
  return percents.map((p) => Math.floor((total * p) / 100));
}

/** docProps/core.xml with fixed dates (the docx package writes the clock's). */
function coreProperties(stamp: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    "<dc:title>Phụ lục Quyết định công bố thủ tục hành chính (dự thảo)</dc:title>" +
    "<dc:creator>tthc</dc:creator>" +
    "<cp:lastModifiedBy>tthc</cp:lastModifiedBy>" +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/**
 * Sets every zip entry's modification time (local and central headers) to `date`: the zip
 * writer inside docx stamps each entry with the clock, which would make two runs differ.
 */
export function fixZipTimestamps(bytes: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((Math.max(date.getUTCFullYear(), 1980) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return out;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < count && view.getUint32(at, true) === 0x02014b50; n++) {
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
