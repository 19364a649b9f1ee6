import type { Agency, Deadline, LegalDocument, PlacedProcedure } from "../model/catalogue.js";
import {
  APPLICANT_WORDS,
  CHANNEL_WORDS,
  COMPONENT_FORM_WORDS,
  KIND_WORDS,
  LEVEL_WORDS,
  ONLINE_LEVEL_WORDS,
  STEP_ACTOR_WORDS,
  nameValue,
  pickWord,
} from "../words/enum-words.js";
import { wordDate } from "../words/dates.js";
import { elementShortName, type ElementKey } from "../words/element-words.js";
import { wordDeadline } from "../words/deadlines.js";
import { formatMoney } from "../words/format-number.js";
import { hasDeadlineValue, isInForce } from "../model/procedure.js";
import { pick, type Lang, type Text } from "../model/lang.js";

/** One element of a procedure as the detail view shows it: a heading and its lines. */
export interface DetailSection {
  title: string;
  lines: string[];
}

/** What the detail view needs besides the procedure: names for the ids it cites. */
export interface Lookups {
  agencies: Map<string, Agency>;
  documents: Map<string, LegalDocument>;
}

const NONE: Text = { vi: "Không", en: "None" };

function describeDeadline(deadline: Deadline | undefined, lang: Lang): string {
  return deadline ? wordDeadline(deadline, lang, { note: "none" }) : "";
}

/**
 * Every element of a procedure (Decree 63/2010 Art. 8) as headings and lines, with agency and
 * legal-document ids resolved to their names. "Không" where the law wants it said.
 */
export function describeProcedure(placed: PlacedProcedure, lookups: Lookups, lang: Lang): DetailSection[] {
  const p = placed.procedure;
  const t = (vi: string, en: string) => pick(lang, { vi, en });
  const name = (key: ElementKey) => elementShortName(key, lang);
  const agency = (id: string | undefined) => (id ? (lookups.agencies.get(id)?.ten ?? id) : "");
  const document = (id: string) => {
    const d = lookups.documents.get(id);
    return d ? `${d.so_hieu ?? d.id} ${d.ten}` : id;
  };
  const orNone = (lines: string[]) => (lines.length > 0 ? lines : [pick(lang, NONE)]);
  const sections: DetailSection[] = [];
  const add = (title: string, lines: (string | undefined | false)[]) => {
    const kept = lines.filter((l): l is string => typeof l === "string" && l !== "");
    if (kept.length > 0) sections.push({ title, lines: kept });
  };

  if (!isInForce(p)) {
    add(t("Tình trạng", "Status"), [
      p.bai_bo
        ? t(
            `Đã bãi bỏ theo ${p.bai_bo.quyet_dinh} ngày ${wordDate(p.bai_bo.ngay)}`,
            `Abolished by ${p.bai_bo.quyet_dinh} of ${wordDate(p.bai_bo.ngay)}`,
          )
        : t("Đã bãi bỏ", "Abolished"),
    ]);
  }
  add(t("Lĩnh vực", "Field"), [`${placed.fieldName} (${placed.field})`]);
  add(name("cap"), [(p.cap ?? []).map((l) => nameValue(LEVEL_WORDS, l, lang)).join(", ")]);
  add(name("loai"), [
    nameValue(KIND_WORDS, p.loai ?? "thong_thuong", lang),
    (p.thanh_phan_lien_thong ?? []).length > 0 &&
      t(`Liên thông với: ${p.thanh_phan_lien_thong!.join(", ")}`, `Joined with: ${p.thanh_phan_lien_thong!.join(", ")}`),
  ]);
  add(name("doi_tuong"), [(p.doi_tuong ?? []).map((a) => nameValue(APPLICANT_WORDS, a, lang)).join(", ")]);
  add(name("co_quan"), [
    t(`Có thẩm quyền: ${agency(p.co_quan?.tham_quyen)}`, `Competent: ${agency(p.co_quan?.tham_quyen)}`),
    p.co_quan?.thuc_hien && t(`Trực tiếp thực hiện: ${agency(p.co_quan.thuc_hien)}`, `Implementing: ${agency(p.co_quan.thuc_hien)}`),
    (p.co_quan?.phoi_hop ?? []).length > 0 &&
      t(`Phối hợp: ${p.co_quan.phoi_hop!.map(agency).join(", ")}`, `Coordinating: ${p.co_quan.phoi_hop!.map(agency).join(", ")}`),
  ]);
  add(name("dia_diem"), [p.dia_diem]);
  add(
    name("trinh_tu"),
    (p.trinh_tu ?? []).map((s, i) => {
      const who = pickWord(s.chu_the === "nguoi_dan" ? STEP_ACTOR_WORDS.nguoi_dan : STEP_ACTOR_WORDS.co_quan, lang);
      const hours =
        s.gio_nguoi_dan !== undefined ? t(`, khoảng ${String(s.gio_nguoi_dan).replace(".", ",")} giờ`, `, about ${s.gio_nguoi_dan} h`) : "";
      return `${t("Bước", "Step")} ${i + 1} (${who}${hours}): ${s.mo_ta}`;
    }),
  );
  add(
    name("cach_thuc"),
    (p.cach_thuc ?? []).map((c) => {
      const deadline = c.thoi_han
        ? t(`, thời hạn ${describeDeadline(c.thoi_han, lang)}`, `, deadline ${describeDeadline(c.thoi_han, lang)}`)
        : "";
      return `${nameValue(CHANNEL_WORDS, c.kenh, lang, "detail")}${deadline}${c.ghi_chu ? ` (${c.ghi_chu})` : ""}`;
    }),
  );
  add(name("thanh_phan_ho_so"), [
    ...(p.thanh_phan_ho_so ?? []).map((c) => {
      const copies = [
        c.ban_chinh !== undefined && t(`bản chính: ${c.ban_chinh}`, `originals: ${c.ban_chinh}`),
        c.ban_sao !== undefined && t(`bản sao: ${c.ban_sao}`, `copies: ${c.ban_sao}`),
        c.hinh_thuc === "xuat_trinh" && pickWord(COMPONENT_FORM_WORDS.xuat_trinh, lang),
        c.mau && t(`mẫu ${c.mau}`, `form ${c.mau}`),
      ].filter(Boolean);
      return `- ${c.ten}${copies.length > 0 ? ` (${copies.join("; ")})` : ""}${c.ghi_chu ? `. ${c.ghi_chu}` : ""}`;
    }),
    p.so_bo_ho_so !== undefined && t(`Số lượng: ${p.so_bo_ho_so} bộ`, `Number of sets: ${p.so_bo_ho_so}`),
  ]);
  // A deadline in words only (imported text) is its note: said once.
  add(name("thoi_han"), [describeDeadline(p.thoi_han, lang), hasDeadlineValue(p.thoi_han) ? p.thoi_han.ghi_chu : undefined]);
  add(
    name("phi_le_phi"),
    orNone(
      (p.phi_le_phi ?? []).map((f) => {
        const amount =
          f.so_tien === undefined || f.so_tien === null
            ? t("mức thu theo quy định riêng", "amount set elsewhere")
            : f.so_tien === 0
              ? t("không thu", "free")
              : formatMoney(Math.round(f.so_tien), lang);
        return `- ${f.ten}: ${amount}${f.ghi_chu ? `. ${f.ghi_chu}` : ""}`;
      }),
    ),
  );
  add(name("ket_qua"), orNone((p.ket_qua ?? []).map((r) => `- ${r}`)));
  add(
    name("mau_don"),
    orNone(
      (p.mau_don ?? []).map((f) => `- ${f.ma}: ${f.ten}${f.van_ban ? ` (${lookups.documents.get(f.van_ban)?.so_hieu ?? f.van_ban})` : ""}`),
    ),
  );
  add(name("yeu_cau_dieu_kien"), orNone((p.yeu_cau_dieu_kien ?? []).map((r) => `- ${r}`)));
  add(
    name("can_cu_phap_ly"),
    (p.can_cu_phap_ly ?? []).map((id) => `- ${document(id)}`),
  );
  add(name("dich_vu_cong"), [nameValue(ONLINE_LEVEL_WORDS, p.dich_vu_cong?.muc_do ?? "khong", lang), p.dich_vu_cong?.url]);
  add(t("Hiệu lực, công bố", "In force, published"), [
    p.hieu_luc_tu && t(`Hiệu lực từ ${wordDate(p.hieu_luc_tu)}`, `In force from ${wordDate(p.hieu_luc_tu)}`),
    p.cong_bo &&
      t(
        `Công bố tại ${p.cong_bo.quyet_dinh} ngày ${wordDate(p.cong_bo.ngay)}`,
        `Published by ${p.cong_bo.quyet_dinh} of ${wordDate(p.cong_bo.ngay)}`,
      ),
    p.thay_the && t(`Thay thế thủ tục ${p.thay_the}`, `Replaces ${p.thay_the}`),
  ]);
  add(t("Chi phí tuân thủ (số liệu đầu vào)", "Compliance cost inputs"), [
    p.so_ho_so_nam !== undefined && t(`Số hồ sơ mỗi năm: ${p.so_ho_so_nam}`, `Dossiers a year: ${p.so_ho_so_nam}`),
    p.chi_phi_khac !== undefined &&
      t(
        `Chi phí khác mỗi hồ sơ: ${formatMoney(Math.round(p.chi_phi_khac), lang)}`,
        `Other cost per dossier: ${formatMoney(Math.round(p.chi_phi_khac), lang)}`,
      ),
  ]);
  return sections;
}

/** Lines cut at word boundaries to fit `width` columns; a word longer than that is cut. */
export function wrapLine(text: string, width: number): string[] {
  const w = Math.max(10, width);
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    let rest = word;
    while ([...rest].length > w) {
      if (line) {
        out.push(line);
        line = "";
      }
      const chars = [...rest];
      out.push(chars.slice(0, w).join(""));
      rest = chars.slice(w).join("");
    }
    const candidate = line ? `${line} ${rest}` : rest;
    if ([...candidate].length > w) {
      out.push(line);
      line = rest;
    } else {
      line = candidate;
    }
  }
  out.push(line);
  return out;
}
