// The JSON Schemas in schemas/ are the executable form of docs/format.md. These tests
// pin what the contract says (required keys, patterns, enums, conditional requirements) by the
// ajv keyword and instance path of each failure, check that every schema carries the editor
// documentation legal staff rely on in VS Code, and validate the bundled catalogue when present.
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { ErrorObject, ValidateFunction } from "ajv";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";

const schemaDir = new URL("../../schemas/", import.meta.url);
const catalogueDir = new URL("../../catalogue/", import.meta.url);

const KINDS = ["tthc", "co-quan", "van-ban", "lich", "linh-vuc"] as const;
type FileKind = (typeof KINDS)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function readSchema(kind: FileKind): JsonObject {
  return JSON.parse(readFileSync(new URL(`${kind}.schema.json`, schemaDir), "utf8")) as JsonObject;
}

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary(["markdownDescription", "defaultSnippets", "x-title-en"]);
  return ajv;
}

const schemas = Object.fromEntries(KINDS.map((kind) => [kind, readSchema(kind)])) as Record<FileKind, JsonObject>;
const ajv = createAjv();
const validators = Object.fromEntries(KINDS.map((kind) => [kind, ajv.compile(schemas[kind])])) as Record<FileKind, ValidateFunction>;

function validate(kind: FileKind, doc: unknown): ErrorObject[] {
  const check = validators[kind];
  return check(doc) ? [] : (check.errors ?? []);
}

const clone = <T>(value: T): T => structuredClone(value);

// ---------------------------------------------------------------- sample documents

const manifest = {
  phien_ban_dinh_dang: 1,
  co_quan_quan_ly: "ubnd-xa-a",
  dia_ban: "Xã A, tỉnh B",
  dia_chi_phan_anh: "Bộ phận Một cửa UBND xã A. Điện thoại: 0200 000 000.",
  gio_lam_viec: { sang: ["07:30", "11:30"], chieu: ["13:30", "17:00"], gio_chuyen_ngay: "15:00" },
  chi_phi_tuan_thu: {
    thu_nhap_binh_quan_thang: 5400000,
    nguon: "Số liệu thống kê",
    so_ngay_lam_viec_thang: 22,
    so_gio_lam_viec_ngay: 8,
  },
  qr_goc: "https://dichvucong.gov.vn",
};

const agencies = {
  co_quan: [
    { id: "ubnd-xa-a", ten: "Ủy ban nhân dân xã A", dia_chi: "Thôn 1, xã A", dien_thoai: "0200 000 000" },
    { id: "cong-an-xa-a", ten: "Công an xã A" },
  ],
};

const documents = {
  van_ban: [
    {
      id: "123/2015/ND-CP",
      so_hieu: "123/2015/NĐ-CP",
      ten: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
      ngay_ban_hanh: "2015-11-15",
      hieu_luc_tu: "2016-01-01",
      het_hieu_luc_tu: null,
    },
    { id: "60/2014/QH13", ten: "Luật Hộ tịch", het_hieu_luc_tu: "2030-01-01" },
  ],
};

const calendar = {
  nam: 2026,
  ngay_nghi: [
    { ngay: "2026-01-01", ly_do: "Tết Dương lịch" },
    { tu: "2026-02-16", den: "2026-02-20", ly_do: "Tết Nguyên đán" },
    { ngay: "2026-04-27" },
  ],
  ngay_lam_bu: [],
};

const fullProcedure = {
  ma: "1.001193",
  ten: "Thủ tục đăng ký khai sinh",
  cap: ["xa"],
  loai: "thong_thuong",
  thanh_phan_lien_thong: [],
  doi_tuong: ["cong_dan_viet_nam"],
  co_quan: { tham_quyen: "ubnd-xa-a", thuc_hien: "ubnd-xa-a", phoi_hop: [] },
  dia_diem: "Bộ phận Một cửa UBND xã A",
  trinh_tu: [
    { mo_ta: "Người yêu cầu nộp hồ sơ.", chu_the: "nguoi_dan", gio_nguoi_dan: 1.5 },
    { mo_ta: "Công chức kiểm tra, trình ký.", chu_the: "co_quan" },
  ],
  thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec", ghi_chu: "Trường hợp cần xác minh thì không quá 05 ngày làm việc." },
  cach_thuc: [
    { kenh: "truc_tiep" },
    { kenh: "truc_tuyen", thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec" } },
    { kenh: "buu_chinh", ghi_chu: "Qua dịch vụ bưu chính công ích." },
  ],
  thanh_phan_ho_so: [
    { ten: "Tờ khai đăng ký khai sinh theo mẫu", mau: "TK-KS", ban_chinh: 1, ban_sao: 0, hinh_thuc: "nop" },
    { ten: "Giấy chứng sinh", ban_chinh: 1, hinh_thuc: "xuat_trinh", ghi_chu: "Hoặc giấy tờ thay thế." },
  ],
  so_bo_ho_so: 1,
  ket_qua: ["Giấy khai sinh (bản chính)"],
  phi_le_phi: [{ ten: "Lệ phí đăng ký khai sinh", so_tien: 0, ghi_chu: "Miễn lệ phí khi đăng ký đúng hạn." }],
  mau_don: [{ ma: "TK-KS", ten: "Tờ khai đăng ký khai sinh", van_ban: "04/2020/TT-BTP" }],
  yeu_cau_dieu_kien: [],
  can_cu_phap_ly: ["60/2014/QH13", "123/2015/ND-CP"],
  dich_vu_cong: { muc_do: "toan_trinh", url: "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html" },
  so_ho_so_nam: 1200,
  chi_phi_khac: 20000,
  hieu_luc_tu: "2025-07-01",
  cong_bo: { quyet_dinh: "1234/QĐ-UBND", ngay: "2025-06-25" },
  trang_thai: "hieu_luc",
  thay_the: "1.000000",
};

const minimalProcedure = {
  ma: "DP.000001",
  ten: "Thủ tục riêng của địa phương",
  cap: ["xa"],
  doi_tuong: ["to_chuc"],
  co_quan: { tham_quyen: "ubnd-xa-a" },
  trinh_tu: [{ mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan" }],
  thoi_han: { gia_tri: 8, don_vi: "gio" },
  cach_thuc: [{ kenh: "truc_tiep" }],
  thanh_phan_ho_so: [],
  ket_qua: [],
  phi_le_phi: [],
  mau_don: [],
  yeu_cau_dieu_kien: [],
  can_cu_phap_ly: ["123/2015/ND-CP"],
};

const field = { ma: "ho-tich", ten: "Hộ tịch", phien_ban: "2026.2", thu_tuc: [fullProcedure] };

/** A field file holding one procedure changed by `edit`. */
function fieldWith(edit: (procedure: Record<string, unknown>) => void): unknown {
  const procedure: Record<string, unknown> = clone(fullProcedure);
  edit(procedure);
  return { ...clone(field), thu_tuc: [procedure] };
}

// The example of docs/format.md as an editor would type it: dates unquoted, the code quoted.
const fieldYaml = `# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json
ma: ho-tich
ten: Hộ tịch
phien_ban: "2026.2"
thu_tuc:
  - ma: "1.001193"
    ten: Thủ tục đăng ký khai sinh
    cap: [xa]
    loai: thong_thuong
    doi_tuong: [cong_dan_viet_nam]
    co_quan:
      tham_quyen: ubnd-xa-a
    trinh_tu:
      - mo_ta: Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.
        chu_the: nguoi_dan
        gio_nguoi_dan: 1.5
    thoi_han:
      gia_tri: 1
      don_vi: ngay_lam_viec
    cach_thuc:
      - kenh: truc_tiep
    thanh_phan_ho_so:
      - ten: Tờ khai đăng ký khai sinh theo mẫu
        ban_chinh: 1
        hinh_thuc: nop
    ket_qua: [Giấy khai sinh (bản chính)]
    phi_le_phi: []
    mau_don: []
    yeu_cau_dieu_kien: []
    can_cu_phap_ly: [60/2014/QH13, 123/2015/ND-CP]
    hieu_luc_tu: 2025-07-01
    trang_thai: bai_bo
    bai_bo: { quyet_dinh: 567/QĐ-UBND, ngay: 2026-03-01, can_cu: 123/2015/ND-CP }
`;

// ---------------------------------------------------------------- compile

describe("schemas compile", () => {
  it.each(KINDS)("%s.schema.json compiles with ajv 2020 strict mode", (kind) => {
    expect(() => createAjv().compile(readSchema(kind))).not.toThrow();
    expect(schemas[kind]["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof schemas[kind]["title"]).toBe("string");
    expect(typeof schemas[kind]["description"]).toBe("string");
  });
});

// ---------------------------------------------------------------- valid documents

describe("valid documents pass", () => {
  const cases: Array<[string, FileKind, unknown]> = [
    ["full manifest", "tthc", manifest],
    ["manifest without the optional keys", "tthc", { ...clone(manifest), chi_phi_tuan_thu: undefined, qr_goc: undefined }],
    ["agencies", "co-quan", agencies],
    ["legal documents, in force and repealed", "van-ban", documents],
    ["2026 calendar with a single day and a range", "lich", calendar],
    [
      "2025 calendar with a swap",
      "lich",
      {
        nam: 2025,
        ngay_nghi: [{ ngay: "2025-05-02", ly_do: "Nghỉ hoán đổi" }],
        ngay_lam_bu: [{ ngay: "2025-04-26", ly_do: "Làm bù ngày 02/5/2025" }],
      },
    ],
    ["field with a full procedure", "linh-vuc", field],
    ["field with a minimal local procedure", "linh-vuc", { ...clone(field), thu_tuc: [minimalProcedure] }],
    ["field with no procedure yet", "linh-vuc", { ...clone(field), thu_tuc: [] }],
    [
      "imported procedure: a text-only deadline and review marks",
      "linh-vuc",
      fieldWith((p) => {
        p["thoi_han"] = { ghi_chu: "Trong thời hạn 05 ngày làm việc; trường hợp phức tạp không quá 10 ngày làm việc." };
        p["can_ra_soat"] = [
          { thanh_phan: "thoi_han", ly_do: "Cổng DVCQG ghi nhiều trường hợp.", van_ban_goc: "Trực tiếp5 Ngày làm việcMiễn phí" },
          { thanh_phan: "phi_le_phi", ly_do: "Phí ghi bằng lời." },
        ];
      }),
    ],

    [
      "abolished procedure with its decision",
      "linh-vuc",
      fieldWith((p) => {
        p["trang_thai"] = "bai_bo";
        p["bai_bo"] = { quyet_dinh: "567/QĐ-UBND", ngay: "2026-03-01", can_cu: "123/2015/ND-CP" };
      }),
    ],
    [
      "liên thông procedure with its components",
      "linh-vuc",
      fieldWith((p) => {
        p["loai"] = "lien_thong";
        p["thanh_phan_lien_thong"] = ["1.001193", "1.004222"];
      }),
    ],
    ["the spec example typed as YAML", "linh-vuc", parse(fieldYaml)],
  ];
  it.each(cases)("%s", (_name, kind, doc) => {
    // JSON round trip drops the keys set to undefined above, as a YAML file would not have them.
    expect(validate(kind, JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });
});

// ---------------------------------------------------------------- invalid documents

interface InvalidCase {
  name: string;
  kind: FileKind;
  doc: unknown;
  keyword: string;
  instancePath: string;
  params?: Record<string, unknown>;
}

const invalid: InvalidCase[] = [
  // unknown keys (a typo must fail)
  {
    name: "unknown key in a procedure",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["thoi_hann"] = 3)),
    keyword: "additionalProperties",
    instancePath: "/thu_tuc/0",
    params: { additionalProperty: "thoi_hann" },
  },
  {
    name: "unknown key in the manifest",
    kind: "tthc",
    doc: { ...clone(manifest), dia_chi: "x" },
    keyword: "additionalProperties",
    instancePath: "",
    params: { additionalProperty: "dia_chi" },
  },
  {
    name: "unknown key in a dossier component",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["thanh_phan_ho_so"] = [{ ten: "Tờ khai", so_ban: 1 }])),
    keyword: "additionalProperties",
    instancePath: "/thu_tuc/0/thanh_phan_ho_so/0",
    params: { additionalProperty: "so_ban" },
  },
  {
    name: "unknown key in a calendar file",
    kind: "lich",
    doc: { ...clone(calendar), ghi_chu: "x" },
    keyword: "additionalProperties",
    instancePath: "",
    params: { additionalProperty: "ghi_chu" },
  },
  // required elements
  {
    name: "missing thoi_han",
    kind: "linh-vuc",
    doc: fieldWith((p) => delete p["thoi_han"]),
    keyword: "required",
    instancePath: "/thu_tuc/0",
    params: { missingProperty: "thoi_han" },
  },
  {
    name: "a deadline number without its unit",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["thoi_han"] = { gia_tri: 7 })),
    keyword: "required",
    instancePath: "/thu_tuc/0/thoi_han",
    params: { missingProperty: "don_vi" },
  },
  {
    name: "a deadline note with a number but no unit",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["thoi_han"] = { gia_tri: 7, ghi_chu: "7" })),
    keyword: "required",
    instancePath: "/thu_tuc/0/thoi_han",
    params: { missingProperty: "don_vi" },
  },
  {
    name: "an empty deadline",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["thoi_han"] = {})),
    keyword: "required",
    instancePath: "/thu_tuc/0/thoi_han",
    params: { missingProperty: "gia_tri" },
  },
  {
    name: "a review mark naming no procedure key",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["can_ra_soat"] = [{ thanh_phan: "thoi_hann", ly_do: "x" }])),
    keyword: "pattern",
    instancePath: "/thu_tuc/0/can_ra_soat/0/thanh_phan",
  },
  {
    name: "a review mark without its reason",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["can_ra_soat"] = [{ thanh_phan: "thoi_han" }])),
    keyword: "required",
    instancePath: "/thu_tuc/0/can_ra_soat/0",
    params: { missingProperty: "ly_do" },
  },
  {
    name: "missing ket_qua (must be present, even as [])",
    kind: "linh-vuc",
    doc: fieldWith((p) => delete p["ket_qua"]),
    keyword: "required",
    instancePath: "/thu_tuc/0",
    params: { missingProperty: "ket_qua" },
  },
  {
    name: "missing yeu_cau_dieu_kien",
    kind: "linh-vuc",
    doc: fieldWith((p) => delete p["yeu_cau_dieu_kien"]),
    keyword: "required",
    instancePath: "/thu_tuc/0",
    params: { missingProperty: "yeu_cau_dieu_kien" },
  },
  {
    name: "co_quan without tham_quyen",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["co_quan"] = { thuc_hien: "ubnd-xa-a" })),
    keyword: "required",
    instancePath: "/thu_tuc/0/co_quan",
    params: { missingProperty: "tham_quyen" },
  },
  {
    name: "cach_thuc empty",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["cach_thuc"] = [])),
    keyword: "minItems",
    instancePath: "/thu_tuc/0/cach_thuc",
  },
  {
    name: "can_cu_phap_ly empty",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["can_cu_phap_ly"] = [])),
    keyword: "minItems",
    instancePath: "/thu_tuc/0/can_cu_phap_ly",
  },
  {
    name: "field file without phien_ban",
    kind: "linh-vuc",
    doc: { ma: "ho-tich", ten: "Hộ tịch", thu_tuc: [] },
    keyword: "required",
    instancePath: "",
    params: { missingProperty: "phien_ban" },
  },
  {
    name: "manifest without gio_chuyen_ngay",
    kind: "tthc",
    doc: { ...clone(manifest), gio_lam_viec: { sang: ["07:30", "11:30"], chieu: ["13:30", "17:00"] } },
    keyword: "required",
    instancePath: "/gio_lam_viec",
    params: { missingProperty: "gio_chuyen_ngay" },
  },
  {
    name: "legal document without ten",
    kind: "van-ban",
    doc: { van_ban: [{ id: "123/2015/ND-CP" }] },
    keyword: "required",
    instancePath: "/van_ban/0",
    params: { missingProperty: "ten" },
  },
  // types and patterns
  {
    name: "unquoted code parsed as a number",
    kind: "linh-vuc",
    doc: parse(fieldYaml.replace('ma: "1.001193"', "ma: 1.001193")),
    keyword: "type",
    instancePath: "/thu_tuc/0/ma",
    params: { type: "string" },
  },
  {
    name: "code with five digits",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["ma"] = "1.00119")),
    keyword: "pattern",
    instancePath: "/thu_tuc/0/ma",
  },
  {
    name: "unquoted phien_ban parsed as a number",
    kind: "linh-vuc",
    doc: parse(fieldYaml.replace('phien_ban: "2026.2"', "phien_ban: 2026.2")),
    keyword: "type",
    instancePath: "/phien_ban",
  },
  {
    name: "field code with an underscore",
    kind: "linh-vuc",
    doc: { ...clone(field), ma: "ho_tich" },
    keyword: "pattern",
    instancePath: "/ma",
  },
  {
    name: "agency id with diacritics and spaces",
    kind: "co-quan",
    doc: { co_quan: [{ id: "UBND xã A", ten: "Ủy ban nhân dân xã A" }] },
    keyword: "pattern",
    instancePath: "/co_quan/0/id",
  },
  {
    name: "legal document id with Đ",
    kind: "van-ban",
    doc: { van_ban: [{ id: "123/2015/NĐ-CP", ten: "Nghị định" }] },
    keyword: "pattern",
    instancePath: "/van_ban/0/id",
  },
  {
    name: "can_cu_phap_ly entry with a space",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["can_cu_phap_ly"] = ["Luật Hộ tịch"])),
    keyword: "pattern",
    instancePath: "/thu_tuc/0/can_cu_phap_ly/0",
  },
  {
    name: "office hour without a leading zero",
    kind: "tthc",
    doc: { ...clone(manifest), gio_lam_viec: { ...manifest.gio_lam_viec, sang: ["7:30", "11:30"] } },
    keyword: "pattern",
    instancePath: "/gio_lam_viec/sang/0",
  },
  {
    name: "morning hours with three times",
    kind: "tthc",
    doc: { ...clone(manifest), gio_lam_viec: { ...manifest.gio_lam_viec, sang: ["07:30", "09:00", "11:30"] } },
    keyword: "maxItems",
    instancePath: "/gio_lam_viec/sang",
  },
  {
    name: "format version 0",
    kind: "tthc",
    doc: { ...clone(manifest), phien_ban_dinh_dang: 0 },
    keyword: "minimum",
    instancePath: "/phien_ban_dinh_dang",
  },
  {
    name: "qr_goc that is not a URI",
    kind: "tthc",
    doc: { ...clone(manifest), qr_goc: "dịch vụ công" },
    keyword: "format",
    instancePath: "/qr_goc",
  },
  {
    name: "deadline of 0",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["thoi_han"] = { gia_tri: 0, don_vi: "ngay" })),
    keyword: "exclusiveMinimum",
    instancePath: "/thu_tuc/0/thoi_han/gia_tri",
  },
  {
    name: "fee with decimals",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["phi_le_phi"] = [{ ten: "Lệ phí", so_tien: 8000.5 }])),
    keyword: "type",
    instancePath: "/thu_tuc/0/phi_le_phi/0/so_tien",
    params: { type: "integer" },
  },
  {
    name: "negative fee",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["phi_le_phi"] = [{ ten: "Lệ phí", so_tien: -1 }])),
    keyword: "minimum",
    instancePath: "/thu_tuc/0/phi_le_phi/0/so_tien",
  },
  {
    name: "empty procedure name",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["ten"] = "")),
    keyword: "minLength",
    instancePath: "/thu_tuc/0/ten",
  },
  {
    name: "calendar year 1999",
    kind: "lich",
    doc: { ...clone(calendar), nam: 1999 },
    keyword: "minimum",
    instancePath: "/nam",
  },
  // dates
  {
    name: "2026-02-30 in a calendar",
    kind: "lich",
    doc: { nam: 2026, ngay_nghi: [{ ngay: "2026-02-30" }], ngay_lam_bu: [] },
    keyword: "format",
    instancePath: "/ngay_nghi/0/ngay",
    params: { format: "date" },
  },
  {
    name: "2026-02-30 as an effective date",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["hieu_luc_tu"] = "2026-02-30")),
    keyword: "format",
    instancePath: "/thu_tuc/0/hieu_luc_tu",
  },
  {
    name: "repeal date written the Vietnamese way",
    kind: "van-ban",
    doc: { van_ban: [{ id: "123/2015/ND-CP", ten: "Nghị định", het_hieu_luc_tu: "01/01/2030" }] },
    keyword: "anyOf",
    instancePath: "/van_ban/0/het_hieu_luc_tu",
  },
  // enums
  {
    name: "bad deadline unit",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["thoi_han"] = { gia_tri: 1, don_vi: "tuan" })),
    keyword: "oneOf",
    instancePath: "/thu_tuc/0/thoi_han/don_vi",
  },
  {
    name: "bad level",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["cap"] = ["phuong"])),
    keyword: "oneOf",
    instancePath: "/thu_tuc/0/cap/0",
  },
  {
    name: "bad channel",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["cach_thuc"] = [{ kenh: "email" }])),
    keyword: "oneOf",
    instancePath: "/thu_tuc/0/cach_thuc/0/kenh",
  },
  {
    name: "bad applicant",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["doi_tuong"] = ["ca_nhan"])),
    keyword: "oneOf",
    instancePath: "/thu_tuc/0/doi_tuong/0",
  },
  {
    name: "bad online level (the old 'muc_do_4')",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["dich_vu_cong"] = { muc_do: "muc_do_4" })),
    keyword: "oneOf",
    instancePath: "/thu_tuc/0/dich_vu_cong/muc_do",
  },
  {
    name: "bad status",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["trang_thai"] = "het_hieu_luc")),
    keyword: "oneOf",
    instancePath: "/thu_tuc/0/trang_thai",
  },
  // conditional requirements
  {
    name: "bai_bo status without bai_bo",
    kind: "linh-vuc",
    doc: fieldWith((p) => (p["trang_thai"] = "bai_bo")),
    keyword: "required",
    instancePath: "/thu_tuc/0",
    params: { missingProperty: "bai_bo" },
  },
  {
    name: "bai_bo without can_cu",
    kind: "linh-vuc",
    doc: fieldWith((p) => {
      p["trang_thai"] = "bai_bo";
      p["bai_bo"] = { quyet_dinh: "567/QĐ-UBND", ngay: "2026-03-01" };
    }),
    keyword: "required",
    instancePath: "/thu_tuc/0/bai_bo",
    params: { missingProperty: "can_cu" },
  },
  {
    name: "lien_thong without components",
    kind: "linh-vuc",
    doc: fieldWith((p) => {
      p["loai"] = "lien_thong";
      delete p["thanh_phan_lien_thong"];
    }),
    keyword: "required",
    instancePath: "/thu_tuc/0",
    params: { missingProperty: "thanh_phan_lien_thong" },
  },
  {
    name: "lien_thong with an empty component list",
    kind: "linh-vuc",
    doc: fieldWith((p) => {
      p["loai"] = "lien_thong";
      p["thanh_phan_lien_thong"] = [];
    }),
    keyword: "minItems",
    instancePath: "/thu_tuc/0/thanh_phan_lien_thong",
  },
  // calendar entries
  {
    name: "calendar entry with both ngay and tu",
    kind: "lich",
    doc: { nam: 2026, ngay_nghi: [{ ngay: "2026-01-01", tu: "2026-01-01", den: "2026-01-02" }], ngay_lam_bu: [] },
    keyword: "oneOf",
    instancePath: "/ngay_nghi/0",
  },
  {
    name: "calendar range without den",
    kind: "lich",
    doc: { nam: 2026, ngay_nghi: [], ngay_lam_bu: [{ tu: "2026-02-28" }] },
    keyword: "oneOf",
    instancePath: "/ngay_lam_bu/0",
  },
];

describe("invalid documents fail with the expected keyword and path", () => {
  it.each(invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const errors = validate(c.kind, c.doc);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toContainEqual(
      expect.objectContaining({
        keyword: c.keyword,
        instancePath: c.instancePath,
        ...(c.params ? { params: expect.objectContaining(c.params) } : {}),
      }),
    );
  });

  it("the unquoted code really is a number once parsed", () => {
    const doc = parse(fieldYaml.replace('ma: "1.001193"', "ma: 1.001193")) as { thu_tuc: Array<{ ma: unknown }> };
    expect(doc.thu_tuc[0]?.ma).toBe(1.001193);
  });
});

// ---------------------------------------------------------------- editor snippets

/** What VS Code's YAML extension inserts for a snippet body: strings go in raw (a leading ^ is
 * dropped), placeholders become their default text; parsing that text as YAML gives the value. */
function expandSnippet(body: Json): unknown {
  if (typeof body === "string") {
    const raw = (body.startsWith("^") ? body.slice(1) : body).replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$\d+/g, "");
    return parse(raw);
  }
  if (Array.isArray(body)) return body.map(expandSnippet);
  if (body !== null && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, expandSnippet(value)]));
  }
  return body;
}

function snippetsOf(schema: JsonObject): Array<{ label: string; body: Json }> {
  const snippets = schema["defaultSnippets"];
  expect(Array.isArray(snippets)).toBe(true);
  return snippets as Array<{ label: string; body: Json }>;
}

function def(kind: FileKind, name: string): JsonObject {
  const defs = schemas[kind]["$defs"] as JsonObject;
  return defs[name] as JsonObject;
}

describe("defaultSnippets give valid skeletons", () => {
  it("the procedure snippet names every required key and expands to a valid procedure", () => {
    const procedure = def("linh-vuc", "thu_tuc");
    const [snippet] = snippetsOf(procedure);
    const body = snippet?.body as JsonObject;
    expect(Object.keys(body)).toEqual(expect.arrayContaining(procedure["required"] as string[]));
    const expanded = expandSnippet(body) as { ma: unknown; phi_le_phi: unknown };
    expect(expanded.ma).toBe("1.000000");
    expect(expanded.phi_le_phi).toEqual([]);
    expect(validate("linh-vuc", { ...clone(field), thu_tuc: [expanded] })).toEqual([]);
  });

  it("the field-file snippet expands to a valid field file", () => {
    const [snippet] = snippetsOf(schemas["linh-vuc"]);
    const expanded = expandSnippet(snippet?.body ?? null) as { phien_ban: unknown };
    expect(expanded.phien_ban).toBe("2026.1");
    expect(validate("linh-vuc", expanded)).toEqual([]);
  });

  const itemCases: Array<[string, FileKind, string, (item: unknown) => unknown]> = [
    ["dossier component", "linh-vuc", "giay_to", (item) => fieldWith((p) => (p["thanh_phan_ho_so"] = [item]))],
    ["step", "linh-vuc", "buoc", (item) => fieldWith((p) => (p["trinh_tu"] = [item]))],
    ["fee", "linh-vuc", "phi", (item) => fieldWith((p) => (p["phi_le_phi"] = [item]))],
    ["calendar entry", "lich", "muc_lich", (item) => ({ nam: 2026, ngay_nghi: [item], ngay_lam_bu: [] })],
  ];
  it.each(itemCases)("every %s snippet expands to a valid item", (_name, kind, name, wrap) => {
    const snippets = snippetsOf(def(kind, name));
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) {
      expect(validate(kind, wrap(expandSnippet(snippet.body)))).toEqual([]);
    }
  });

  it("the manifest snippet expands to a valid manifest", () => {
    const [snippet] = snippetsOf(schemas["tthc"]);
    expect(validate("tthc", expandSnippet(snippet?.body ?? null))).toEqual([]);
  });
});

// ---------------------------------------------------------------- meta-test

// Keywords whose values are subschemas (maps of them, arrays of them, or one).
const SCHEMA_MAPS = ["properties", "$defs", "patternProperties", "dependentSchemas"];
const SCHEMA_ARRAYS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_SINGLE = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"];

interface Visit {
  node: JsonObject;
  path: string;
  /** Inside if/then/else: constraints on keys documented elsewhere, not new properties. */
  conditional: boolean;
}

function walkSchema(node: Json, path: string, conditional: boolean, out: Visit[]): Visit[] {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return out;
  out.push({ node, path, conditional });
  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (map && typeof map === "object" && !Array.isArray(map)) {
      for (const [name, sub] of Object.entries(map)) walkSchema(sub, `${path}/${key}/${name}`, conditional, out);
    }
  }
  for (const key of SCHEMA_ARRAYS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((sub, i) => walkSchema(sub, `${path}/${key}/${i}`, conditional, out));
  }
  for (const key of SCHEMA_SINGLE) {
    const isCondition = key === "if" || key === "then" || key === "else";
    walkSchema(node[key] ?? null, `${path}/${key}`, conditional || isCondition, out);
  }
  return out;
}

describe.each(KINDS)("%s.schema.json documents itself for the editor", (kind) => {
  const visits = walkSchema(schemas[kind], "#", false, []);
  const objectSchemas = visits.filter((v) => v.node["type"] === "object");
  const properties = visits.flatMap((v) =>
    v.conditional
      ? []
      : Object.entries((v.node["properties"] ?? {}) as JsonObject).map(([name, sub]) => ({
          path: `${v.path}/properties/${name}`,
          schema: sub as JsonObject,
        })),
  );

  it("walks a non-trivial schema", () => {
    expect(objectSchemas.length).toBeGreaterThan(0);
    expect(properties.length).toBeGreaterThan(0);
  });

  it("closes every object schema with additionalProperties: false", () => {
    const open = objectSchemas.filter((v) => v.node["additionalProperties"] !== false).map((v) => v.path);
    expect(open).toEqual([]);
  });

  it("gives every property a lowercase Vietnamese title, an English title and a description", () => {
    const missing = properties
      .filter(({ schema }) => {
        const title = schema["title"];
        return (
          typeof title !== "string" ||
          title.length === 0 ||
          title[0] !== title[0]?.toLocaleLowerCase("vi") ||
          typeof schema["x-title-en"] !== "string" ||
          typeof schema["description"] !== "string" ||
          schema["description"].length < 10
        );
      })
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it("uses no bare enum, and documents every value of a oneOf of consts", () => {
    expect(visits.filter((v) => "enum" in v.node).map((v) => v.path)).toEqual([]);
    const undocumented = visits
      .filter((v) => !v.conditional && v.node["const"] !== undefined)
      .filter((v) => typeof v.node["title"] !== "string" || typeof v.node["description"] !== "string")
      .map((v) => v.path);
    expect(undocumented).toEqual([]);
  });

  it("stores every text in NFC", () => {
    const text = readFileSync(new URL(`${kind}.schema.json`, schemaDir), "utf8");
    expect(text === text.normalize("NFC")).toBe(true);
  });
});

describe("titles the spec names", () => {
  const procedure = def("linh-vuc", "thu_tuc")["properties"] as Record<string, JsonObject>;
  it.each([
    ["thoi_han", "thời hạn giải quyết", "processing deadline"],
    ["ma", "mã thủ tục", "procedure code"],
    ["can_cu_phap_ly", "căn cứ pháp lý", "legal basis"],
    ["trinh_tu", "trình tự thực hiện", "steps"],
    ["cach_thuc", "cách thức thực hiện", "submission channels"],
    ["thanh_phan_ho_so", "thành phần hồ sơ", "dossier components"],
    ["doi_tuong", "đối tượng thực hiện", "applicants"],
    ["co_quan", "cơ quan thực hiện", "agencies"],
    ["ket_qua", "kết quả thực hiện", "result"],
    ["phi_le_phi", "phí, lệ phí", "fees and charges"],
    ["mau_don", "mẫu đơn, tờ khai", "forms and declarations"],
    ["yeu_cau_dieu_kien", "yêu cầu, điều kiện", "requirements and conditions"],
  ])("%s is titled %s", (key, title, english) => {
    expect(procedure[key]?.["title"]).toBe(title);
    expect(procedure[key]?.["x-title-en"]).toBe(english);
  });

  it("co_quan.tham_quyen is titled cơ quan có thẩm quyền", () => {
    const coQuan = procedure["co_quan"]?.["properties"] as Record<string, JsonObject>;
    expect(coQuan["tham_quyen"]?.["title"]).toBe("cơ quan có thẩm quyền");
  });

  it.each(["thoi_han", "thanh_phan_ho_so", "phi_le_phi", "can_cu_phap_ly"])("%s cites Nghị định 63/2010 Điều 8", (key) => {
    expect(procedure[key]?.["markdownDescription"]).toContain("63/2010/NĐ-CP, Điều 8");
  });
});

// ---------------------------------------------------------------- the bundled catalogue

/** The kind of a catalogue file is decided by where it stands (spec: Layout). */
function listCatalogueFiles(): Array<{ file: string; kind: FileKind; schemaLine: string }> {
  const files: Array<{ file: string; kind: FileKind; schemaLine: string }> = [
    { file: "tthc.yaml", kind: "tthc", schemaLine: "../schemas/tthc.schema.json" },
    { file: "co-quan.yaml", kind: "co-quan", schemaLine: "../schemas/co-quan.schema.json" },
    { file: "van-ban.yaml", kind: "van-ban", schemaLine: "../schemas/van-ban.schema.json" },
  ].filter((f) => existsSync(new URL(f.file, catalogueDir))) as Array<{ file: string; kind: FileKind; schemaLine: string }>;
  const folders: Array<[string, FileKind]> = [
    ["lich", "lich"],
    ["linh-vuc", "linh-vuc"],
  ];
  for (const [folder, kind] of folders) {
    const dir = new URL(`${folder}/`, catalogueDir);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith(".yaml"))
      .sort()) {
      files.push({ file: `${folder}/${name}`, kind, schemaLine: `../../schemas/${kind}.schema.json` });
    }
  }
  return files;
}

// The bundled catalogue ships with tthc (package.json "files"): without it the checkout is
// broken, and that is a failure here, never a reason to skip.
describe("the bundled catalogue", () => {
  const files = listCatalogueFiles();

  it("is present", () => {
    expect(existsSync(new URL("tthc.yaml", catalogueDir)), "catalogue/tthc.yaml is missing").toBe(true);
  });

  it("has the files every catalogue needs", () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(["tthc.yaml", "co-quan.yaml", "van-ban.yaml"]));
    expect(files.some((f) => f.kind === "linh-vuc")).toBe(true);
  });

  it.each(files.map((f) => [f.file, f] as const))("%s validates against its kind's schema", (_file, f) => {
    const text = readFileSync(new URL(f.file, catalogueDir), "utf8");
    expect(validate(f.kind, parse(text))).toEqual([]);
  });

  it.each(files.map((f) => [f.file, f] as const))("%s starts with the schema line for the editor", (_file, f) => {
    const text = readFileSync(new URL(f.file, catalogueDir), "utf8");
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${f.schemaLine}`);
  });
});
