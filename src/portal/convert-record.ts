import type { DossierComponent, Form, ReviewMark } from "../model/catalogue.js";
import { asciiSlug } from "./ascii-slug.js";
import { buildChannelElements } from "./build-channel-elements.js";
import type { ImportedProcedure, ImportedStep, PortalRecord } from "./imported-procedure.js";
import { normalisePortalText } from "./normalise-portal-text.js";
import { parseAgencyNames } from "./parse-agency-names.js";
import { parseChannelTable } from "./parse-channel-table.js";
import { parseDossierComponents } from "./parse-dossier-components.js";
import { parseLegalBasis, type CitedDocument } from "./parse-legal-basis.js";
import { parseLevels } from "./parse-levels.js";
import { parseRequirements } from "./parse-requirements.js";
import { parseResults } from "./parse-results.js";
import { parseSteps } from "./parse-steps.js";
import { parseSubjects } from "./parse-subjects.js";
import { reviewMark, SNIPPET_MAX_LENGTH } from "./review-mark.js";
import { saysNothing } from "./says-nothing.js";
import { PROCEDURE_KEYS } from "../model/procedure-keys.js";

/** One record read into the format, before agencies get their catalogue ids. */
export interface ConvertedRecord {
  code: string;
  /** The field's name as published ("Hộ tịch"). */
  field: string;
  /** `co_quan` holds agency names here (see ImportedProcedure). */
  procedure: ImportedProcedure;
  /** The legal documents the record cites, with the titles and dates it gives. */
  documents: CitedDocument[];
  /** What the format has no key for, kept as a comment above the procedure for the reviewer. */
  note: string;
}

/**
 * One portal record → one procedure of the format, parsed element by element. Where the record
 * does not give an element, or gives it in a form that cannot be read without a guess, the
 * record's text is kept where the format takes text and the element goes under `can_ra_soat`
 * with the reason. The caller has checked that the record has a code, a name and a field.
 */
export function convertRecord(record: PortalRecord): ConvertedRecord {
  const marks: ReviewMark[] = [];
  const text = (key: keyof PortalRecord) => (typeof record[key] === "string" ? record[key] : "");
  const procedure: ImportedProcedure = { ma: normalisePortalText(record.ma_thu_tuc), ten: normalisePortalText(text("ten_thu_tuc")) };

  const levels = parseLevels(text("cap_thuc_hien"));
  const cap = levels.levels.filter((l) => l !== "huyen");
  if (cap.length > 0) procedure.cap = cap;
  if (levels.levels.includes("huyen")) {
    marks.push(
      reviewMark(
        "cap",
        "Cổng DVCQG ghi cấp huyện; từ 01/7/2025 không còn cấp huyện nên cần xác định cấp thực hiện hiện nay.",
        text("cap_thuc_hien"),
      ),
    );
  }
  if (levels.unknown.length > 0) {
    marks.push(
      reviewMark(
        "cap",
        `Cổng DVCQG ghi "${levels.unknown.join(", ")}", không phải một cấp của định dạng (bộ, tỉnh, xã).`,
        text("cap_thuc_hien"),
      ),
    );
  } else if (cap.length === 0 && !levels.levels.includes("huyen")) {
    marks.push(reviewMark("cap", "Cổng DVCQG không ghi cấp thực hiện.", text("cap_thuc_hien")));
  }

  const subjects = parseSubjects(text("doi_tuong_thuc_hien"));
  if (subjects.applicants.length > 0) procedure.doi_tuong = subjects.applicants;
  if (subjects.unknown.length > 0) {
    marks.push(
      reviewMark(
        "doi_tuong",
        `Chưa xếp được đối tượng "${subjects.unknown.join(", ")}" vào danh sách của định dạng; cần xác định.`,
        text("doi_tuong_thuc_hien"),
      ),
    );
  } else if (subjects.applicants.length === 0) {
    marks.push(reviewMark("doi_tuong", "Cổng DVCQG không ghi đối tượng thực hiện.", text("doi_tuong_thuc_hien")));
  }

  procedure.co_quan = readAgencies(text, marks);
  if (Object.keys(procedure.co_quan).length === 0) delete procedure.co_quan;

  const place = normalisePortalText(text("dia_chi_tiep_nhan"));
  if (place !== "" && !saysNothing(place)) procedure.dia_diem = place;

  procedure.trinh_tu = readSteps(text("trinh_tu_thuc_hien"), marks);
  if (procedure.trinh_tu.length === 0) delete procedure.trinh_tu;

  const table = parseChannelTable(text("cach_thuc_thuc_hien"));
  const channels = buildChannelElements(table.rows, table.unread, text("cach_thuc_thuc_hien"));
  if (channels.thoi_han) procedure.thoi_han = channels.thoi_han;
  if (channels.cach_thuc) procedure.cach_thuc = channels.cach_thuc;
  marks.push(...channels.marks);

  readDossier(text("thanh_phan_ho_so"), procedure, marks);

  const results = parseResults(text("ket_qua_xu_ly"));
  if (results.length > 0) procedure.ket_qua = results;
  else marks.push(reviewMark("ket_qua", "Cổng DVCQG không ghi kết quả thực hiện.", text("ket_qua_xu_ly")));

  if (channels.phi_le_phi) procedure.phi_le_phi = channels.phi_le_phi;

  procedure.yeu_cau_dieu_kien = parseRequirements(text("yeu_cau_dieu_kien"));

  const basis = parseLegalBasis(text("can_cu_phap_ly"));
  let documents: CitedDocument[] = [];
  if (basis.kind === "documents") {
    documents = basis.documents;
    procedure.can_cu_phap_ly = documents.map((d) => d.id);
    if (basis.leftover)
      marks.push(reviewMark("can_cu_phap_ly", "Một phần căn cứ pháp lý không có số hiệu văn bản nên không đọc được.", basis.leftover));
  } else if (basis.kind === "none") {
    marks.push(reviewMark("can_cu_phap_ly", "Cổng DVCQG không ghi căn cứ pháp lý.", text("can_cu_phap_ly")));
  } else {
    marks.push(reviewMark("can_cu_phap_ly", "Căn cứ pháp lý không theo bảng (tên văn bản, số hiệu) nên không đọc được.", basis.text));
  }

  const merged = mergeMarks(marks);
  if (merged.length > 0) procedure.can_ra_soat = merged;
  return {
    code: procedure.ma,
    field: normalisePortalText(text("linh_vuc")),
    procedure,
    documents,
    note: recordNote(text),
  };
}

function readAgencies(text: (key: keyof PortalRecord) => string, marks: ReviewMark[]): NonNullable<ImportedProcedure["co_quan"]> {
  const co_quan: NonNullable<ImportedProcedure["co_quan"]> = {};
  const competent = parseAgencyNames(text("co_quan_co_tham_quyen"));
  const implementing = parseAgencyNames(text("co_quan_thuc_hien"));
  const coordinating = parseAgencyNames(text("co_quan_phoi_hop"));
  const one = (names: string[], cell: string) => (names.length === 1 ? names[0]! : normalisePortalText(cell).replace(/[\s.;,]+$/u, ""));
  if (competent.length > 0) co_quan.tham_quyen = one(competent, text("co_quan_co_tham_quyen"));
  if (implementing.length > 0) {
    const name = one(implementing, text("co_quan_thuc_hien"));
    if (name !== co_quan.tham_quyen) co_quan.thuc_hien = name;
  }
  if (coordinating.length > 0) co_quan.phoi_hop = coordinating;
  if (competent.length === 0) {
    marks.push(
      reviewMark(
        "co_quan",
        implementing.length > 0
          ? "Cổng DVCQG không ghi cơ quan có thẩm quyền, chỉ ghi cơ quan thực hiện."
          : "Cổng DVCQG không ghi cơ quan có thẩm quyền và cơ quan thực hiện.",
        text("co_quan_thuc_hien"),
      ),
    );
  }
  if (competent.length > 1) {
    marks.push(
      reviewMark(
        "co_quan",
        "Cổng DVCQG ghi nhiều cơ quan có thẩm quyền trong một ô; định dạng ghi một cơ quan: cần chọn cơ quan của cấp mình.",
        text("co_quan_co_tham_quyen"),
      ),
    );
  }
  if (implementing.length > 1) {
    marks.push(
      reviewMark(
        "co_quan",
        "Cổng DVCQG ghi nhiều cơ quan thực hiện trong một ô; định dạng ghi một cơ quan: cần chọn cơ quan của cấp mình.",
        text("co_quan_thuc_hien"),
      ),
    );
  }
  const delegated = parseAgencyNames(text("co_quan_duoc_uy_quyen"));
  if (delegated.length > 0) {
    marks.push(
      reviewMark(
        "co_quan",
        `Cổng DVCQG ghi cơ quan được ủy quyền (${delegated.join(", ")}); định dạng chưa có mục này.`,
        text("co_quan_duoc_uy_quyen"),
      ),
    );
  }
  return co_quan;
}

function readSteps(source: string, marks: ReviewMark[]): ImportedStep[] {
  const parsed = parseSteps(source);
  if (parsed.kind === "none") {
    marks.push(reviewMark("trinh_tu", "Cổng DVCQG không ghi trình tự thực hiện.", source));
    return [];
  }
  if (parsed.kind === "single") {
    marks.push(
      reviewMark(
        "trinh_tu",
        "Trình tự thực hiện không chia thành các bước đánh số nên được giữ nguyên là một bước; cần tách bước và ghi ai thực hiện.",
        source,
      ),
    );
    return [{ mo_ta: parsed.text }];
  }
  const unknown: number[] = [];
  const steps = parsed.steps.map((step, i): ImportedStep => {
    if (!step.performer) unknown.push(i + 1);
    return step.performer ? { mo_ta: step.text, chu_the: step.performer } : { mo_ta: step.text };
  });
  if (unknown.length > 0) {
    marks.push(
      reviewMark(
        "trinh_tu",
        `Chưa xác định được ai thực hiện bước ${unknown.join(", ")} (người dân hay cơ quan).`,
        parsed.steps[unknown[0]! - 1]!.text,
      ),
    );
  }
  return steps;
}

function readDossier(source: string, procedure: ImportedProcedure, marks: ReviewMark[]): void {
  const dossier = parseDossierComponents(source);
  if (dossier.kind === "none") {
    marks.push(reviewMark("thanh_phan_ho_so", "Cổng DVCQG không ghi thành phần hồ sơ.", source));
    marks.push(reviewMark("mau_don", "Cổng DVCQG không ghi thành phần hồ sơ nên không biết có mẫu đơn, tờ khai hay không.", source));
    return;
  }
  if (dossier.kind === "unread") {
    marks.push(
      reviewMark("thanh_phan_ho_so", "Thành phần hồ sơ không theo bảng (tên giấy tờ, mẫu đơn, số lượng) nên không đọc được.", dossier.text),
    );
    marks.push(reviewMark("mau_don", "Thành phần hồ sơ không đọc được nên không biết có mẫu đơn, tờ khai hay không.", dossier.text));
    return;
  }
  const forms: Form[] = [];
  const formIds = new Map<string, string>();
  const components = dossier.components.map((c): DossierComponent => {
    const component: DossierComponent = { ten: c.name };
    if (c.form) {
      let ma = formIds.get(c.form);
      if (ma === undefined) {
        const ten = c.form.replace(/\.[a-z]{2,4}$/iu, "").trim() || c.form;
        const base = asciiSlug(ten) || "mau";
        ma = base;
        for (let n = 2; forms.some((f) => f.ma === ma); n++) ma = `${base}-${n}`;
        formIds.set(c.form, ma);
        forms.push({ ma, ten });
      }
      component.mau = ma;
    }
    if (c.originals !== undefined) component.ban_chinh = c.originals;
    if (c.copies !== undefined) component.ban_sao = c.copies;
    if (c.mode) component.hinh_thuc = c.mode;
    if (c.notes.length > 0) component.ghi_chu = c.notes.join(" ");
    return component;
  });
  procedure.thanh_phan_ho_so = components;
  if (dossier.sets !== undefined && dossier.sets > 0) procedure.so_bo_ho_so = dossier.sets;
  procedure.mau_don = forms;
  if (dossier.cases.length > 0) {
    marks.push(
      reviewMark(
        "thanh_phan_ho_so",
        "Hồ sơ chia theo nhiều trường hợp; danh sách gộp giấy tờ của mọi trường hợp (mỗi trường hợp ghi ở giấy tờ đầu tiên của nó).",
        dossier.cases.join(" | "),
      ),
    );
  }
  if (dossier.gluedForms.length > 0) {
    marks.push(
      reviewMark("mau_don", "Tên tệp mẫu đơn dính liền với tên giấy tờ, không tách được; cần ghi lại mẫu đơn.", dossier.gluedForms[0]),
    );
  }
}

/** One entry per element: several reasons for the same element are joined. */
function mergeMarks(marks: ReviewMark[]): ReviewMark[] {
  const byElement = new Map<string, ReviewMark>();
  for (const mark of marks) {
    const seen = byElement.get(mark.thanh_phan);
    if (!seen) {
      byElement.set(mark.thanh_phan, { ...mark });
      continue;
    }
    if (!seen.ly_do.includes(mark.ly_do)) seen.ly_do = `${seen.ly_do} ${mark.ly_do}`;
    if (mark.van_ban_goc && seen.van_ban_goc !== mark.van_ban_goc) {
      const joined = seen.van_ban_goc ? `${seen.van_ban_goc} | ${mark.van_ban_goc}` : mark.van_ban_goc;
      seen.van_ban_goc = joined.length > SNIPPET_MAX_LENGTH ? `${joined.slice(0, SNIPPET_MAX_LENGTH - 1).trimEnd()}…` : joined;
    }
  }
  // In the order of the procedure's keys, so the list reads like the procedure.
  const rank = (key: string) => (PROCEDURE_KEYS as readonly string[]).indexOf(key);
  return [...byElement.values()].sort((a, b) => rank(a.thanh_phan) - rank(b.thanh_phan));
}

function recordNote(text: (key: keyof PortalRecord) => string): string {
  const parts: string[] = [];
  const url = normalisePortalText(text("detail_url"));
  if (url !== "") parts.push(`Cổng DVCQG: ${url}`);
  const decision = normalisePortalText(text("so_quyet_dinh"));
  if (decision !== "") parts.push(`Quyết định công bố ${decision} (Cổng DVCQG không ghi ngày ký)`);
  return parts.join("; ");
}
