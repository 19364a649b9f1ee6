// The rule table: each case breaks the base catalogue (test/fixtures/base) in one place and
// names the rule, file, line:column and JSON path the finding must carry.
import { BASE, replaceOnce, type Edit } from "./harness.js";
import { join } from "node:path";

export interface RuleCase {
  name: string;
  edits: Record<string, Edit>;
  /** Extra validate arguments; `{base}` is replaced by the untouched base catalogue folder. */
  args?: string[];
  expect: { rule: string; file: string; line: number; column: number; path?: (string | number)[]; severity?: "error" | "warning" };
}

const HT = "linh-vuc/ho-tich.yaml";
const HT_FILE = "linh-vuc/ho-tich.yaml";
const NFD_NAME = "Thủ tục đăng ký khai tử".normalize("NFD");

export const RULE_CASES: RuleCase[] = [
  // Schema
  {
    name: "a missing deadline points at the procedure that lacks it",
    edits: {
      [HT]: replaceOnce(
        "    thoi_han:\n      gia_tri: 1\n      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
        "    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
      ),
    },
    expect: { rule: "required", file: HT_FILE, line: 6, column: 5, path: ["thu_tuc", 0, "thoi_han"] },
  },
  {
    name: "a typo in a key is an unknown key, at the key",
    edits: {
      [HT]: replaceOnce(
        "    thoi_han:\n      gia_tri: 1\n      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
        "    thoi_hn:\n      gia_tri: 1\n      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
      ),
    },
    expect: { rule: "unknown-key", file: HT_FILE, line: 20, column: 5, path: ["thu_tuc", 0, "thoi_hn"] },
  },
  {
    name: "text where a number belongs",
    edits: { [HT]: replaceOnce("so_ho_so_nam: 1200", "so_ho_so_nam: nhiều") },
    expect: { rule: "wrong-type", file: HT_FILE, line: 47, column: 19, path: ["thu_tuc", 0, "so_ho_so_nam"] },
  },
  {
    name: "an unquoted code that YAML reads as a number",
    edits: { [HT]: replaceOnce('- ma: "1.001193"', "- ma: 1.001190") },
    expect: { rule: "unquoted-code", file: HT_FILE, line: 6, column: 9, path: ["thu_tuc", 0, "ma"] },
  },
  {
    name: "a value outside its enumeration",
    edits: {
      [HT]: replaceOnce(
        "      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
        "      don_vi: ngay_lam_viecc\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
      ),
    },
    expect: { rule: "invalid-value", file: HT_FILE, line: 22, column: 15, path: ["thu_tuc", 0, "thoi_han", "don_vi"] },
  },
  {
    name: "a code of the wrong form",
    edits: { [HT]: replaceOnce('- ma: "1.001193"', '- ma: "1.00119"') },
    expect: { rule: "invalid-pattern", file: HT_FILE, line: 6, column: 9, path: ["thu_tuc", 0, "ma"] },
  },
  {
    name: "a date that does not exist",
    edits: { "lich/2026.yaml": replaceOnce("ngay: 2026-01-01", "ngay: 2026-02-30") },
    expect: { rule: "invalid-date", file: "lich/2026.yaml", line: 4, column: 13, path: ["ngay_nghi", 0, "ngay"] },
  },
  {
    name: "a URL that is not one",
    edits: {
      [HT]: replaceOnce(
        "url: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
        "url: trang dịch vụ công",
      ),
    },
    expect: { rule: "invalid-format", file: HT_FILE, line: 46, column: 12, path: ["thu_tuc", 0, "dich_vu_cong", "url"] },
  },
  {
    name: "a deadline of zero",
    edits: {
      [HT]: replaceOnce(
        "    thoi_han:\n      gia_tri: 1\n      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
        "    thoi_han:\n      gia_tri: 0\n      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
      ),
    },
    expect: { rule: "out-of-range", file: HT_FILE, line: 21, column: 16, path: ["thu_tuc", 0, "thoi_han", "gia_tri"] },
  },
  {
    name: "no channel at all",
    edits: {
      [HT]: replaceOnce(
        "    cach_thuc:\n      - kenh: truc_tiep\n    thanh_phan_ho_so:\n      - ten: Giấy báo tử",
        "    cach_thuc: []\n    thanh_phan_ho_so:\n      - ten: Giấy báo tử",
      ),
    },
    expect: { rule: "too-few-items", file: HT_FILE, line: 64, column: 16, path: ["thu_tuc", 1, "cach_thuc"] },
  },
  {
    name: "three times for a morning session",
    edits: { "tthc.yaml": replaceOnce('sang: ["07:30", "11:30"]', 'sang: ["07:30", "11:30", "12:00"]') },
    expect: { rule: "too-many-items", file: "tthc.yaml", line: 7, column: 9, path: ["gio_lam_viec", "sang"] },
  },
  {
    name: "a level listed twice",
    edits: { [HT]: replaceOnce("    ten: Thủ tục đăng ký khai tử\n    cap: [xa]", "    ten: Thủ tục đăng ký khai tử\n    cap: [xa, xa]") },
    expect: { rule: "duplicate-item", file: HT_FILE, line: 54, column: 15, path: ["thu_tuc", 1, "cap", 1] },
  },
  {
    name: "an empty name",
    edits: { [HT]: replaceOnce("ten: Thủ tục đăng ký khai sinh", 'ten: ""') },
    expect: { rule: "empty-text", file: HT_FILE, line: 7, column: 10, path: ["thu_tuc", 0, "ten"] },
  },
  // Rules beyond the schema
  {
    name: "a required file is missing",
    edits: { "van-ban.yaml": null },
    expect: { rule: "missing-file", file: "van-ban.yaml", line: 1, column: 1, path: [] },
  },
  {
    name: "a YAML file where no kind stands",
    edits: { "linh-vuc/ghi-chu.yml": "ghi_chu: tạm\n" },
    expect: { rule: "unknown-file", file: "linh-vuc/ghi-chu.yml", line: 1, column: 1, severity: "warning" },
  },
  {
    name: "a newer format version",
    edits: { "tthc.yaml": replaceOnce("phien_ban_dinh_dang: 1", "phien_ban_dinh_dang: 2") },
    expect: { rule: "format-version", file: "tthc.yaml", line: 2, column: 22, path: ["phien_ban_dinh_dang"] },
  },
  {
    name: "a duplicate procedure code names both places",
    edits: { [HT]: replaceOnce('- ma: "1.000656"', '- ma: "1.001193"') },
    expect: { rule: "unique-code", file: HT_FILE, line: 52, column: 9, path: ["thu_tuc", 1, "ma"] },
  },
  {
    name: "a duplicate agency id",
    edits: { "co-quan.yaml": replaceOnce("- id: cong-an-xa-a", "- id: ubnd-xa-a") },
    expect: { rule: "duplicate-id", file: "co-quan.yaml", line: 5, column: 9, path: ["co_quan", 1, "id"] },
  },
  {
    name: "an agency that is not in co-quan.yaml",
    edits: {
      [HT]: replaceOnce(
        "    ten: Thủ tục đăng ký khai sinh\n    cap: [xa]\n    loai: thong_thuong\n    doi_tuong: [cong_dan_viet_nam]\n    co_quan:\n      tham_quyen: ubnd-xa-a",
        "    ten: Thủ tục đăng ký khai sinh\n    cap: [xa]\n    loai: thong_thuong\n    doi_tuong: [cong_dan_viet_nam]\n    co_quan:\n      tham_quyen: ubnd-xa-b",
      ),
    },
    expect: { rule: "unknown-agency", file: HT_FILE, line: 12, column: 19, path: ["thu_tuc", 0, "co_quan", "tham_quyen"] },
  },
  {
    name: "a legal basis that is not in van-ban.yaml",
    edits: { [HT]: replaceOnce("can_cu_phap_ly: [60/2014/QH13]\n", "can_cu_phap_ly: [60/2014/QH14]\n") },
    expect: { rule: "unknown-document", file: HT_FILE, line: 73, column: 22, path: ["thu_tuc", 1, "can_cu_phap_ly", 0] },
  },
  {
    name: "an announcement naming an amending document that is not in van-ban.yaml",
    edits: {
      [HT]: replaceOnce(
        "    cong_bo: { quyet_dinh: 1234/QĐ-UBND, ngay: 2025-06-25 }",
        "    cong_bo: { quyet_dinh: 1234/QĐ-UBND, ngay: 2025-06-25, can_cu: 99/2099/ND-CP }",
      ),
    },
    expect: { rule: "unknown-document", file: HT_FILE, line: 50, column: 68, path: ["thu_tuc", 0, "cong_bo", "can_cu"] },
  },
  {
    name: "a legal basis cited by its printed number, with diacritics",
    edits: { [HT]: replaceOnce("can_cu_phap_ly: [60/2014/QH13, 123/2015/ND-CP]", "can_cu_phap_ly: [60/2014/QH13, 123/2015/NĐ-CP]") },
    expect: { rule: "unknown-document", file: HT_FILE, line: 43, column: 36, path: ["thu_tuc", 0, "can_cu_phap_ly", 1] },
  },
  {
    name: "a fee written with the thousands separator (8.000 is read as 8)",
    edits: { [HT]: replaceOnce("        so_tien: 0\n        ghi_chu: Miễn", "        so_tien: 8.000\n        ghi_chu: Miễn") },
    expect: { rule: "fee-amount", file: HT_FILE, line: 36, column: 18, path: ["thu_tuc", 0, "phi_le_phi", 0, "so_tien"] },
  },
  {
    name: "a fee that is not a whole number (1.5 đồng)",
    edits: { [HT]: replaceOnce("        so_tien: 0\n        ghi_chu: Miễn", "        so_tien: 1.5\n        ghi_chu: Miễn") },
    expect: { rule: "fee-amount", file: HT_FILE, line: 36, column: 18, path: ["thu_tuc", 0, "phi_le_phi", 0, "so_tien"] },
  },
  {
    name: "a dossier component citing a form the procedure lacks",
    edits: { [HT]: replaceOnce("        mau: TK-KS", "        mau: TK-XX") },
    expect: { rule: "unknown-form", file: HT_FILE, line: 29, column: 14, path: ["thu_tuc", 0, "thanh_phan_ho_so", 0, "mau"] },
  },
  {
    name: "a liên thông component that is not in the catalogue",
    edits: { [HT]: replaceOnce("    loai: thong_thuong\n", '    loai: lien_thong\n    thanh_phan_lien_thong: ["1.999999"]\n') },
    expect: { rule: "unknown-lien-thong", file: HT_FILE, line: 10, column: 29, path: ["thu_tuc", 0, "thanh_phan_lien_thong", 0] },
  },
  {
    name: "a field code that differs from its file name",
    edits: { [HT]: replaceOnce("ma: ho-tich\n", "ma: hotich\n") },
    expect: { rule: "field-code-mismatch", file: HT_FILE, line: 2, column: 5, path: ["ma"] },
  },
  {
    name: "a changed field file whose version was not bumped",
    edits: { [HT]: replaceOnce("so_ho_so_nam: 1200", "so_ho_so_nam: 1300") },
    args: ["--changed-since", "{base}"],
    expect: { rule: "version-not-bumped", file: HT_FILE, line: 4, column: 12, path: ["phien_ban"] },
  },
  {
    name: "the district level on a procedure effective after the reform",
    edits: {
      [HT]: replaceOnce("    ten: Thủ tục đăng ký khai sinh\n    cap: [xa]", "    ten: Thủ tục đăng ký khai sinh\n    cap: [xa, huyen]"),
    },
    expect: { rule: "huyen-after-reform", file: HT_FILE, line: 8, column: 15, path: ["thu_tuc", 0, "cap", 1] },
  },
  {
    name: "a legal basis repealed before the procedure takes effect",
    edits: { [HT]: replaceOnce("can_cu_phap_ly: [60/2014/QH13]\n", "can_cu_phap_ly: [60/2014/QH13, 15/2015/TT-BTP]\n") },
    expect: { rule: "repealed-basis", file: HT_FILE, line: 73, column: 36, path: ["thu_tuc", 1, "can_cu_phap_ly", 1] },
  },
  {
    name: "an online deadline longer than the statutory one",
    edits: { [HT]: replaceOnce("thoi_han: { gia_tri: 1, don_vi: ngay_lam_viec }", "thoi_han: { gia_tri: 3, don_vi: ngay_lam_viec }") },
    expect: {
      rule: "channel-deadline-longer",
      file: HT_FILE,
      line: 26,
      column: 30,
      path: ["thu_tuc", 0, "cach_thuc", 1, "thoi_han", "gia_tri"],
    },
  },
  {
    name: "decomposed (NFD) Vietnamese is a warning",
    edits: { [HT]: replaceOnce("ten: Thủ tục đăng ký khai tử", `ten: ${NFD_NAME}`) },
    expect: { rule: "nfc", file: HT_FILE, line: 53, column: 10, path: ["thu_tuc", 1, "ten"], severity: "warning" },
  },
  {
    name: "an element left for review is a warning at its entry, and its absence no error",
    edits: {
      [HT]: (text) =>
        replaceOnce(
          "    thoi_han:\n      gia_tri: 1\n      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n    thanh_phan_ho_so:",
          "    cach_thuc:\n      - kenh: truc_tiep\n    thanh_phan_ho_so:",
        )(text) +
        '    can_ra_soat:\n      - thanh_phan: thoi_han\n        ly_do: Cổng DVCQG ghi "7" không có đơn vị.\n        van_ban_goc: Trực tiếp7Miễn phí\n',
    },
    expect: { rule: "import-review", file: HT_FILE, line: 73, column: 9, path: ["thu_tuc", 1, "can_ra_soat", 0], severity: "warning" },
  },
  {
    name: "an element that is present stays a warning until its review mark is removed",
    edits: { [HT]: (text) => `${text}    can_ra_soat:\n      - { thanh_phan: ten, ly_do: Tên trên Cổng có khoảng trắng lạ. }\n` },
    expect: { rule: "import-review", file: HT_FILE, line: 76, column: 11, path: ["thu_tuc", 1, "can_ra_soat", 0], severity: "warning" },
  },
  {
    name: "a calendar date outside its year",
    edits: { "lich/2026.yaml": replaceOnce("ngay: 2026-01-01", "ngay: 2025-12-31") },
    expect: { rule: "calendar-outside-year", file: "lich/2026.yaml", line: 4, column: 13, path: ["ngay_nghi", 0, "ngay"] },
  },
  {
    name: "a calendar date listed twice",
    edits: { "lich/2026.yaml": replaceOnce("ngay_lam_bu: []", "  - { ngay: 2026-02-17, ly_do: Trùng }\nngay_lam_bu: []") },
    expect: { rule: "calendar-duplicate", file: "lich/2026.yaml", line: 7, column: 13, path: ["ngay_nghi", 3, "ngay"] },
  },
  {
    name: "a calendar range that ends before it starts",
    edits: { "lich/2026.yaml": replaceOnce("tu: 2026-02-16, den: 2026-02-20", "tu: 2026-02-20, den: 2026-02-16") },
    expect: { rule: "calendar-range", file: "lich/2026.yaml", line: 5, column: 28, path: ["ngay_nghi", 1, "den"] },
  },
  {
    name: "a make-up working day on a weekday",
    edits: { "lich/2026.yaml": replaceOnce("ngay_lam_bu: []", "ngay_lam_bu:\n  - { ngay: 2026-03-04, ly_do: Làm bù }") },
    expect: {
      rule: "calendar-weekday",
      file: "lich/2026.yaml",
      line: 8,
      column: 13,
      path: ["ngay_lam_bu", 0, "ngay"],
      severity: "warning",
    },
  },
];

/** Each file of test/fixtures/bad-input/, put into the base catalogue as a field file. */
export interface BadCase {
  fixture: string;
  rule: string;
  line: number;
  column: number;
  code: 0 | 1;
  /** A fragment the message must contain (the fix it suggests). */
  says?: string;
}

export const BAD_INPUT_CASES: BadCase[] = [
  { fixture: "invalid-yaml", rule: "yaml-syntax", line: 28, column: 1, code: 1, says: "cú pháp YAML" },
  { fixture: "tab", rule: "yaml-tab", line: 16, column: 3, code: 1, says: "Tab" },
  { fixture: "duplicate-key", rule: "yaml-duplicate-key", line: 8, column: 5, code: 1, says: "lặp lại" },
  { fixture: "unknown-key", rule: "unknown-key", line: 15, column: 5, code: 1, says: '"thoi_han"' },
  { fixture: "wrong-type", rule: "wrong-type", line: 16, column: 16, code: 1, says: "phải là số" },
  { fixture: "unquoted-code", rule: "unquoted-code", line: 6, column: 9, code: 1, says: '"1.009010"' },
  { fixture: "bad-date", rule: "invalid-date", line: 27, column: 18, code: 1, says: "2026-02-30" },
  { fixture: "nfd", rule: "nfc", line: 7, column: 10, code: 0, says: "tthc fmt" },
  { fixture: "empty", rule: "empty-file", line: 1, column: 1, code: 1, says: "rỗng" },
  { fixture: "bom", rule: "utf8-bom", line: 1, column: 1, code: 0, says: "BOM" },
  { fixture: "utf16", rule: "encoding", line: 1, column: 1, code: 1, says: "UTF-16" },
  { fixture: "windows-1258", rule: "encoding", line: 3, column: 8, code: 1, says: "UTF-8" },
  { fixture: "binary", rule: "encoding", line: 1, column: 1, code: 1, says: "nhị phân" },
  { fixture: "alias-bomb", rule: "yaml-alias-limit", line: 1, column: 1, code: 1, says: "bí danh" },
  // The 65th bracket: the same place however much stack the parser had when it gave up.
  { fixture: "deep-nesting", rule: "nesting-too-deep", line: 4, column: 74, code: 1, says: "lồng nhau quá sâu" },
];

export function argsFor(c: RuleCase): string[] {
  return (c.args ?? []).map((a) => a.replace("{base}", join(BASE)));
}
