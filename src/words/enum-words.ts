// The words for the catalogue's coded values (the oneOf lists of schemas/linh-vuc.schema.json),
// in Vietnamese and English. One table per list, so every output names a value the way the
// others do, and test/model/enum-words.test.ts fails when the schemas gain a value that has no
// words here.
//
// Each value has a `label`, the words it goes by standing alone: a table cell, a list, a value
// after its heading. Other forms are there only where an output needs other words. The
// `amendment` and `detail` forms keep wordings that tthc diff and tthc browse have always
// printed and that differ from the label for no reason of their own ("Ministry" beside
// "Central (ministry)"); they are kept so that no output changes, and could go if one wording
// is chosen.

import type { Applicant, ChannelKind, DeadlineUnit, DossierComponent, Kind, Level, OnlineLevel, Status, Step } from "../model/catalogue.js";
import { pick, type Lang, type Text } from "../model/lang.js";

export interface EnumWords {
  /** Standing alone: "Cấp xã" / "Commune", "Trực tuyến" / "Online". */
  label: Text;
  /** Inside a sentence, in lower case: "cấp xã 110 TTHC", "Trực tuyến (toàn trình)". */
  phrase?: Text;
  /** After the number 1, where English says it in the singular: "1 working day". */
  one?: Text;
  /** In tthc deadline, which counts hours as office hours and says so: "16 giờ làm việc". */
  counted?: Text;
  /** `counted` after the number 1. */
  countedOne?: Text;
  /** In amendment proposals (tthc diff), where they word it apart from the label. */
  amendment?: Text;
  /** In the detail view (tthc browse), where it words it apart from the label. */
  detail?: Text;
}

export type WordForm = Exclude<keyof EnumWords, "label">;

const t = (vi: string, en: string): Text => ({ vi, en });

export const LEVEL_WORDS = {
  bo: { label: t("Cấp bộ", "Central (ministry)"), phrase: t("cấp bộ", "central (ministry) level"), amendment: t("Cấp bộ", "Ministry") },
  tinh: { label: t("Cấp tỉnh", "Province"), phrase: t("cấp tỉnh", "province level") },
  huyen: { label: t("Cấp huyện", "District"), phrase: t("cấp huyện", "district level") },
  xa: { label: t("Cấp xã", "Commune"), phrase: t("cấp xã", "commune level") },
} satisfies Record<Level, EnumWords>;

export const KIND_WORDS = {
  thong_thuong: { label: t("Thông thường", "Ordinary"), phrase: t("thông thường", "ordinary") },
  lien_thong: {
    label: t("Liên thông", "Inter-agency (liên thông)"),
    phrase: t("liên thông", "inter-agency (liên thông)"),
    amendment: t("Liên thông", "Inter-agency"),
  },
  noi_bo: { label: t("Nội bộ", "Internal"), phrase: t("nội bộ", "internal (nội bộ)") },
} satisfies Record<Kind, EnumWords>;

export const APPLICANT_WORDS = {
  cong_dan_viet_nam: { label: t("Công dân Việt Nam", "Vietnamese citizens") },
  nguoi_nuoc_ngoai: { label: t("Người nước ngoài", "Foreigners") },
  doanh_nghiep: { label: t("Doanh nghiệp", "Enterprises") },
  hop_tac_xa: { label: t("Hợp tác xã", "Cooperatives") },
  to_chuc: { label: t("Tổ chức", "Organisations") },
  can_bo_cong_chuc: { label: t("Cán bộ, công chức", "Public servants"), amendment: t("Cán bộ, công chức", "Civil servants") },
} satisfies Record<Applicant, EnumWords>;

export const DEADLINE_UNIT_WORDS = {
  ngay_lam_viec: { label: t("ngày làm việc", "working days"), one: t("ngày làm việc", "working day") },
  ngay: { label: t("ngày", "days"), one: t("ngày", "day") },
  gio: {
    label: t("giờ", "hours"),
    one: t("giờ", "hour"),
    counted: t("giờ làm việc", "office hours"),
    countedOne: t("giờ làm việc", "office hour"),
  },
  thang: { label: t("tháng", "months"), one: t("tháng", "month") },
} satisfies Record<DeadlineUnit, EnumWords>;

export const CHANNEL_WORDS = {
  truc_tiep: { label: t("Trực tiếp", "In person") },
  truc_tuyen: { label: t("Trực tuyến", "Online") },
  buu_chinh: { label: t("Dịch vụ bưu chính", "By post"), detail: t("Qua dịch vụ bưu chính công ích", "By post") },
} satisfies Record<ChannelKind, EnumWords>;

export const ONLINE_LEVEL_WORDS = {
  toan_trinh: { label: t("Toàn trình", "Fully online"), phrase: t("toàn trình", "fully online") },
  mot_phan: { label: t("Một phần", "Partly online"), phrase: t("một phần", "partly online") },
  khong: { label: t("Không", "Not online"), phrase: t("không trực tuyến", "not online"), amendment: t("Không", "None") },
} satisfies Record<OnlineLevel, EnumWords>;

export const STATUS_WORDS = {
  hieu_luc: { label: t("Còn hiệu lực", "In force") },
  bai_bo: { label: t("Bãi bỏ", "Abolished") },
} satisfies Record<Status, EnumWords>;

/** Who does a step. */
export const STEP_ACTOR_WORDS = {
  nguoi_dan: { label: t("người dân", "applicant") },
  co_quan: { label: t("cơ quan", "agency") },
} satisfies Record<Step["chu_the"], EnumWords>;

/** Whether a dossier component is handed in or only shown. */
export const COMPONENT_FORM_WORDS = {
  nop: { label: t("nộp", "submitted") },
  xuat_trinh: { label: t("xuất trình", "to present"), amendment: t("xuất trình", "shown") },
} satisfies Record<NonNullable<DossierComponent["hinh_thuc"]>, EnumWords>;

/** Every table, by the catalogue key that holds its values. */
export const ENUM_WORDS: Readonly<Record<string, Readonly<Record<string, EnumWords>>>> = {
  cap: LEVEL_WORDS,
  loai: KIND_WORDS,
  doi_tuong: APPLICANT_WORDS,
  don_vi: DEADLINE_UNIT_WORDS,
  kenh: CHANNEL_WORDS,
  muc_do: ONLINE_LEVEL_WORDS,
  trang_thai: STATUS_WORDS,
  chu_the: STEP_ACTOR_WORDS,
  hinh_thuc: COMPONENT_FORM_WORDS,
};

/** The first of `forms` the value has, else its label, in `lang`. */
export function pickWord(words: EnumWords, lang: Lang, ...forms: WordForm[]): string {
  for (const form of forms) {
    const text = words[form];
    if (text) return pick(lang, text);
  }
  return pick(lang, words.label);
}

/** A value's words from its table (see pickWord), or the value itself when the table lacks it. */
export function nameValue(table: Readonly<Record<string, EnumWords>>, value: string, lang: Lang, ...forms: WordForm[]): string {
  const words = Object.hasOwn(table, value) ? table[value] : undefined;
  return words ? pickWord(words, lang, ...forms) : value;
}
