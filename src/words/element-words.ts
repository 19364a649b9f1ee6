// The names of a procedure's elements (its top-level keys), in one table for every output:
// the amendment proposal and reconcile name them as NĐ 63/2010 and the announcing decisions do,
// the posting sheets and the look-up site head their sections as the posted forms do
// (TT 02/2017/TT-VPCP), the terminal browser with shorter words that fit a screen.
import type { Lang, Text } from "../model/lang.js";
import { pick } from "../model/lang.js";
import type { PROCEDURE_KEYS } from "../model/procedure-keys.js";

export type ElementKey = (typeof PROCEDURE_KEYS)[number];

export interface ElementWords {
  /** The element's name: "Thời hạn giải quyết" / "Deadline". */
  label: Text;
  /** The heading of its section on a posting sheet, where that says more than the label (the sheets are Vietnamese). */
  heading?: string;
  /** The heading in tthc browse, where that says it shorter than the label. */
  short?: Text;
}

const t = (vi: string, en: string): Text => ({ vi, en });

export const ELEMENT_WORDS: Record<ElementKey, ElementWords> = {
  ma: { label: t("Mã thủ tục", "Code") },
  ten: { label: t("Tên thủ tục", "Name") },
  cap: { label: t("Cấp thực hiện", "Level") },
  loai: { label: t("Loại thủ tục", "Kind") },
  thanh_phan_lien_thong: { label: t("Thủ tục liên thông", "Joined procedures") },
  doi_tuong: { label: t("Đối tượng thực hiện", "Applicants"), heading: "Đối tượng thực hiện thủ tục hành chính" },
  co_quan: { label: t("Cơ quan thực hiện", "Agencies"), heading: "Cơ quan thực hiện thủ tục hành chính" },
  dia_diem: { label: t("Địa điểm thực hiện", "Place"), short: t("Địa điểm tiếp nhận, trả kết quả", "Where") },
  trinh_tu: { label: t("Trình tự thực hiện", "Steps") },
  thoi_han: { label: t("Thời hạn giải quyết", "Deadline") },
  cach_thuc: { label: t("Cách thức thực hiện", "Channels") },
  thanh_phan_ho_so: {
    label: t("Thành phần hồ sơ", "Dossier components"),
    heading: "Thành phần, số lượng hồ sơ",
    short: t("Thành phần hồ sơ", "Dossier"),
  },
  so_bo_ho_so: { label: t("Số lượng hồ sơ", "Number of dossier sets") },
  ket_qua: { label: t("Kết quả thực hiện", "Result"), heading: "Kết quả thực hiện thủ tục hành chính" },
  phi_le_phi: { label: t("Phí, lệ phí", "Fees and charges"), short: t("Phí, lệ phí", "Fees") },
  mau_don: { label: t("Mẫu đơn, mẫu tờ khai", "Forms"), heading: "Tên mẫu đơn, mẫu tờ khai", short: t("Mẫu đơn, tờ khai", "Forms") },
  yeu_cau_dieu_kien: {
    label: t("Yêu cầu, điều kiện thực hiện", "Requirements and conditions"),
    heading: "Yêu cầu, điều kiện thực hiện thủ tục hành chính",
    short: t("Yêu cầu, điều kiện", "Requirements"),
  },
  can_cu_phap_ly: { label: t("Căn cứ pháp lý", "Legal basis"), heading: "Căn cứ pháp lý của thủ tục hành chính" },
  dich_vu_cong: { label: t("Dịch vụ công trực tuyến", "Online service") },
  so_ho_so_nam: { label: t("Số hồ sơ mỗi năm", "Dossiers per year") },
  chi_phi_khac: { label: t("Chi phí khác", "Other costs") },
  hieu_luc_tu: { label: t("Hiệu lực từ", "In force from") },
  cong_bo: { label: t("Quyết định công bố", "Announcing decision") },
  trang_thai: { label: t("Trạng thái", "Status") },
  bai_bo: { label: t("Bãi bỏ", "Abolition") },
  thay_the: { label: t("Thay thế thủ tục", "Replaces") },
  can_ra_soat: { label: t("Cần rà soát", "To review") },
};

function wordsOf(key: string): ElementWords | undefined {
  return Object.hasOwn(ELEMENT_WORDS, key) ? ELEMENT_WORDS[key as ElementKey] : undefined;
}

/** "Thời hạn giải quyết" / "Deadline"; a key the table lacks is shown as it is. */
export function elementName(key: string, lang: Lang): string {
  const words = wordsOf(key);
  return words ? pick(lang, words.label) : key;
}

/** The heading of an element's section on a posting sheet. */
export function elementHeading(key: ElementKey): string {
  const words = ELEMENT_WORDS[key];
  return words.heading ?? words.label.vi;
}

/** The heading of an element in tthc browse. */
export function elementShortName(key: ElementKey, lang: Lang): string {
  const words = ELEMENT_WORDS[key];
  return pick(lang, words.short ?? words.label);
}
