// The draft annex (phụ lục) of the Quyết định công bố that announces a change of the
// catalogue, as data already worded (docs/domain.md §3): Part I the lists with the official
// columns, Part II the full content of each new, amended or replacing procedure with its
// changed elements marked. Always Vietnamese: it is the draft of an official document.
// render/diff/diff-docx.ts draws it; nothing here knows Word.

import type { Catalogue, LegalDocument, Procedure } from "../model/catalogue.js";
import { findProcedure } from "../model/procedure.js";
import { wordDate } from "../words/dates.js";
import { wordDeadline } from "../words/deadlines.js";
import { ENUM_WORDS, nameValue } from "../words/enum-words.js";
import { formatNumber } from "../words/format-number.js";
import type { CatalogueDiff } from "./catalogue-diff.js";

/** A row of Part I's list of new procedures. */
export interface AnnexNewRow {
  name: string;
  field: string;
  agency: string;
}

/** A row of Part I's list of amended, replaced or abolished procedures. */
export interface AnnexChangeRow {
  code: string;
  /** The code of the procedure this one replaces. */
  replaces?: string;
  name: string;
  /**
   * The document that prescribes the change or the abolition: `cong_bo.can_cu` (`bai_bo.can_cu`),
   * else the documents newly cited between the versions, one a line; empty when neither says.
   */
  basis: string;
  field: string;
  agency: string;
}

/** One element of a procedure in Part II. */
export interface AnnexElement {
  title: string;
  changed: boolean;
  lines: string[];
}

/** One procedure of Part II. */
export interface AnnexProcedure {
  code: string;
  name: string;
  nameChanged: boolean;
  field: string;
  /** "mới ban hành", "sửa đổi, bổ sung", "thay thế thủ tục …". */
  what: string;
  elements: AnnexElement[];
}

export interface Annex {
  /** What the annex announces, for its title: "MỚI BAN HÀNH", "BỊ BÃI BỎ"… */
  kinds: string[];
  /** The locality, as its title prints it. */
  locality: string;
  /** The decision that announces every change, when they all cite the same one. */
  decision?: { number: string; date: string };
  added: AnnexNewRow[];
  amended: AnnexChangeRow[];
  abolished: AnnexChangeRow[];
  procedures: AnnexProcedure[];
}

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

/**
 * The annex of a diff: which procedures it lists and with what, looked up in both versions
 * (a procedure's agency, the documents it newly cites, the abolishing decision).
 */
export function buildAnnex(diff: CatalogueDiff, base: Catalogue, head: Catalogue): Annex {
  const findIn = (catalogue: Catalogue, code: string, field: string, inForce = true) =>
    findProcedure(catalogue, code, { field, inForce })?.procedure;
  const documents = new Map<string, LegalDocument>([...base.documents, ...head.documents].map((d) => [d.id, d]));
  const agencies = new Map([...base.agencies, ...head.agencies].map((a) => [a.id, a.ten]));
  const agencyOf = (p: Procedure | undefined) =>
    p ? (agencies.get(p.co_quan.thuc_hien ?? p.co_quan.tham_quyen) ?? p.co_quan.thuc_hien ?? p.co_quan.tham_quyen) : "";
  const documentName = (id: string) => describeDocument(documents.get(id), id);
  // The document that prescribes an amendment: the one the new announcement names (cong_bo's
  // can_cu, when the announcement is new in HEAD), else the documents the procedure newly cites.
  const amendingDocuments = (now: Procedure, then: Procedure | undefined) => {
    const announced = now.cong_bo?.can_cu;
    const isNew = announced !== undefined && (announced !== then?.cong_bo?.can_cu || now.cong_bo?.quyet_dinh !== then?.cong_bo?.quyet_dinh);
    if (isNew) return documentName(announced);
    const fresh = now.can_cu_phap_ly.filter((id) => !(then?.can_cu_phap_ly ?? []).includes(id));
    return fresh.map(documentName).join("\n");
  };

  // What goes into Part II: new, amended in a legal element, replacing.
  const chosen: {
    kind: "added" | "amended" | "replaced";
    procedure: Procedure;
    field: string;
    changed: Set<string>;
    replaces?: { code: string; name: string };
    basis: string;
  }[] = [];
  for (const ref of diff.added) {
    const procedure = findIn(head, ref.code, ref.field);
    if (procedure) chosen.push({ kind: "added", procedure, field: ref.field_name, changed: new Set(), basis: "" });
  }
  for (const ref of diff.amended) {
    if (!ref.legal_change) continue;
    const procedure = findIn(head, ref.code, ref.field);
    const before = findIn(base, ref.code, ref.field_before ?? ref.field);
    if (procedure)
      chosen.push({
        kind: "amended",
        procedure,
        field: ref.field_name,
        changed: new Set(ref.elements),
        basis: amendingDocuments(procedure, before),
      });
  }
  for (const ref of diff.replaced) {
    const procedure = findIn(head, ref.code, ref.field);
    const before = findIn(base, ref.replaces, ref.field);
    if (procedure) {
      chosen.push({
        kind: "replaced",
        procedure,
        field: ref.field_name,
        changed: new Set(ref.elements),
        replaces: { code: ref.replaces, name: ref.replaces_name },
        basis: amendingDocuments(procedure, before),
      });
    }
  }

  const decisions = new Set(
    [
      ...chosen.map((a) => a.procedure.cong_bo?.quyet_dinh && `${a.procedure.cong_bo.quyet_dinh}|${a.procedure.cong_bo.ngay}`),
      ...diff.abolished.map((r) => {
        const b = findIn(head, r.code, r.field, false)?.bai_bo;
        return b?.quyet_dinh && `${b.quyet_dinh}|${b.ngay}`;
      }),
    ].filter((d): d is string => Boolean(d)),
  );
  const [decision] = decisions.size === 1 ? [...decisions] : [undefined];

  return {
    kinds: [
      diff.added.length > 0 ? "MỚI BAN HÀNH" : "",
      chosen.some((a) => a.kind === "amended") ? "ĐƯỢC SỬA ĐỔI, BỔ SUNG" : "",
      diff.replaced.length > 0 ? "ĐƯỢC THAY THẾ" : "",
      diff.abolished.length > 0 ? "BỊ BÃI BỎ" : "",
    ].filter(Boolean),
    locality: head.manifest.dia_ban,
    ...(decision ? { decision: { number: decision.split("|")[0]!, date: decision.split("|")[1]! } } : {}),
    added: chosen.filter((a) => a.kind === "added").map((a) => ({ name: a.procedure.ten, field: a.field, agency: agencyOf(a.procedure) })),
    amended: chosen
      .filter((a) => a.kind !== "added")
      .map((a) => ({
        code: a.procedure.ma,
        ...(a.replaces ? { replaces: a.replaces.code } : {}),
        name: a.procedure.ten,
        basis: a.basis,
        field: a.field,
        agency: agencyOf(a.procedure),
      })),
    abolished: diff.abolished.map((r) => {
      const kept = r.by === "status" ? findIn(head, r.code, r.field, false) : undefined;
      const old = findIn(base, r.code, r.field);
      const basis = kept?.bai_bo?.can_cu ? documentName(kept.bai_bo.can_cu) : "";
      return { code: r.code, name: r.name, basis, field: r.field_name, agency: agencyOf(kept ?? old) };
    }),
    procedures: chosen.map((a) => ({
      code: a.procedure.ma,
      name: a.procedure.ten,
      nameChanged: a.changed.has("ten"),
      field: a.field,
      what:
        a.kind === "added"
          ? "mới ban hành"
          : a.kind === "amended"
            ? "sửa đổi, bổ sung"
            : `thay thế thủ tục ${a.replaces!.code} – ${a.replaces!.name}`,
      elements: PART_II_ELEMENTS.map((element) => ({
        title: element.title,
        changed: a.kind !== "added" && element.keys.some((key) => a.changed.has(key)),
        lines: elementLines(a.procedure, element.keys[0]!, documentName, (id) => agencies.get(id) ?? id),
      })),
    })),
  };
}

/** "A", "A VÀ B", "A, B VÀ C". */
export function joinWithAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} VÀ ${parts[parts.length - 1]}`;
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
        const deadline = c.thoi_han ? `, thời hạn giải quyết: ${deadlineText(c.thoi_han)}` : "";
        return sentence(
          `- ${nameValue(ENUM_WORDS.kenh!, c.kenh, "vi", "amendment")}${deadline}${c.ghi_chu ? `; ${clause(c.ghi_chu)}` : ""}`,
        );
      });
      if (p.dia_diem) lines.push(sentence(`- Địa điểm thực hiện: ${p.dia_diem}`));
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
          c.ghi_chu ? clause(c.ghi_chu) : "",
        ].filter(Boolean);
        lines.push(sentence(`- ${details.length > 0 ? clause(c.ten) : c.ten}${details.length > 0 ? ` (${details.join("; ")})` : ""}`));
      }
      if (p.thanh_phan_ho_so.length === 0) lines.push("Không");
      lines.push(`b) Số lượng hồ sơ: ${p.so_bo_ho_so !== undefined ? `${pad(p.so_bo_ho_so)} bộ` : "Không quy định"}.`);
      return lines;
    }
    case "thoi_han":
      return [sentence(deadlineText(p.thoi_han))];
    case "doi_tuong":
      return or(
        p.doi_tuong.length > 0 ? [sentence(p.doi_tuong.map((d) => nameValue(ENUM_WORDS.doi_tuong!, d, "vi", "amendment")).join(", "))] : [],
      );
    case "co_quan": {
      const lines = [`- Cơ quan có thẩm quyền: ${agencyName(p.co_quan.tham_quyen)}`];
      if (p.co_quan.thuc_hien) lines.push(`- Cơ quan trực tiếp thực hiện: ${agencyName(p.co_quan.thuc_hien)}`);
      if ((p.co_quan.phoi_hop ?? []).length > 0) lines.push(`- Cơ quan phối hợp: ${(p.co_quan.phoi_hop ?? []).map(agencyName).join(", ")}`);
      lines.push(`- Cấp thực hiện: ${p.cap.map((c) => nameValue(ENUM_WORDS.cap!, c, "vi", "amendment")).join(", ")}`);
      if (p.loai === "lien_thong" && (p.thanh_phan_lien_thong ?? []).length > 0) {
        lines.push(`- Thủ tục liên thông với: ${(p.thanh_phan_lien_thong ?? []).join(", ")}`);
      }
      return lines.map(sentence);
    }
    case "ket_qua":
      return or(p.ket_qua.map((k) => sentence(`- ${k}`)));
    case "phi_le_phi":
      return or(
        p.phi_le_phi.map((f) => {
          const amount = f.so_tien !== undefined ? `: ${f.so_tien === 0 ? "0" : formatNumber(f.so_tien, "vi")} đồng` : "";
          return sentence(`- ${f.ten}${amount}${f.ghi_chu ? ` (${clause(f.ghi_chu)})` : ""}`);
        }),
      );
    case "mau_don":
      return or(p.mau_don.map((f) => sentence(`- ${f.ten} (${f.ma})${f.van_ban ? `, ban hành kèm theo ${documentName(f.van_ban)}` : ""}`)));
    case "yeu_cau_dieu_kien":
      return or(p.yeu_cau_dieu_kien.map((y) => sentence(`- ${y}`)));
    case "can_cu_phap_ly":
      return or(p.can_cu_phap_ly.map((id) => sentence(`- ${documentName(id)}`)));
    default:
      return none;
  }
}

/** A line that ends with one full stop, whatever its text ended with ("kết hôn." stays so). */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…:]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Text set inside a sentence or parentheses, without the stop it may end with. */
function clause(text: string): string {
  return text.trim().replace(/[.;,]+$/u, "");
}

/** "05 ngày làm việc (ghi chú)": the note in parentheses without its own full stop. */
function deadlineText(deadline: Procedure["thoi_han"]): string {
  const note = deadline.ghi_chu ? { ghi_chu: clause(deadline.ghi_chu) } : {};
  return wordDeadline({ gia_tri: deadline.gia_tri, don_vi: deadline.don_vi, ...note }, "vi", { note: "parentheses" });
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
