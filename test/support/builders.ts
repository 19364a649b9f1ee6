// The one way tests build catalogues in memory: a procedure and a catalogue, each complete and
// valid as it comes, so that a test writes down only what it is about. Nothing here reads files.

import type { Agency, CalendarYear, Catalogue, Field, LegalDocument, Manifest, Procedure } from "../../src/model/catalogue.js";
import { PROCEDURE_KEYS } from "../../src/model/procedure-keys.js";
import { testManifest } from "./manifest.js";

/**
 * A complete procedure the schema accepts, whose agency (ubnd-xa-a) and document
 * (123/2015/ND-CP) are in makeCatalogue's default catalogue. By default: code 1.000001, named
 * "Thủ tục <code>", commune level, for Vietnamese citizens, one applicant step and one office
 * step without hours, 5 working days, in person only, one component (a form, one original), one
 * result, no fee, no form, no condition. The optional elements (loai, dich_vu_cong, hieu_luc_tu,
 * so_ho_so_nam, …) are left out: they are what tests vary, and a missing one has a meaning
 * (no loai is thong_thuong, no dich_vu_cong is not online) that tests count on.
 *
 * `overrides` replace whole keys; a key given as undefined is left out. The keys come in the
 * order of the catalogue format, as `tthc fmt` writes them, so that a procedure written out as
 * YAML reads like a real field file whatever order the overrides were given in.
 */
export function makeProcedure(overrides: Partial<Procedure> = {}): Procedure {
  const ma = overrides.ma ?? "1.000001";
  return inCatalogueOrder({
    ma,
    ten: `Thủ tục ${ma}`,
    cap: ["xa"],
    doi_tuong: ["cong_dan_viet_nam"],
    co_quan: { tham_quyen: "ubnd-xa-a" },
    trinh_tu: [
      { mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan" },
      { mo_ta: "Kiểm tra, giải quyết hồ sơ.", chu_the: "co_quan" },
    ],
    thoi_han: { gia_tri: 5, don_vi: "ngay_lam_viec" },
    cach_thuc: [{ kenh: "truc_tiep" }],
    thanh_phan_ho_so: [{ ten: "Tờ khai", ban_chinh: 1 }],
    ket_qua: ["Kết quả"],
    phi_le_phi: [],
    mau_don: [],
    yeu_cau_dieu_kien: [],
    can_cu_phap_ly: ["123/2015/ND-CP"],
    ...overrides,
  });
}

/** A field as tests give it: phien_ban may be left out. */
export type FieldInput = Omit<Field, "phien_ban"> & { phien_ban?: string };

export interface CatalogueOptions {
  /** How the catalogue is named to people (a folder or a revision); default "catalogue". */
  label?: string;
  /** The fields in file order, each as linh-vuc/<ma>.yaml; phien_ban defaults to "2026.1". */
  fields?: FieldInput[];
  /** Instead of `fields`: one field, ho-tich "Hộ tịch", holding these procedures. */
  procedures?: Procedure[];
  /** Keys that differ from testManifest(). */
  manifest?: Partial<Manifest>;
  /** Replace the default agencies: ubnd-xa-a (with its address), cong-an-xa-a, ubnd-tinh-b. */
  agencies?: Agency[];
  /** Replace the default documents: the civil-status law, decrees 123/2015 and 23/2015, circular 04/2020. */
  documents?: LegalDocument[];
  /** The calendar years; default none. */
  calendars?: CalendarYear[];
}

/**
 * A catalogue as loadCatalogue returns it. With neither `fields` nor `procedures` it holds one
 * default procedure in ho-tich. Everything is made fresh on each call, so a test may edit what
 * it gets; the procedures given are used as they are, not copied.
 */
export function makeCatalogue(options: CatalogueOptions = {}): Catalogue {
  if (options.fields && options.procedures) throw new Error("makeCatalogue: give fields or procedures, not both");
  const fields = options.fields ?? [{ ma: "ho-tich", ten: "Hộ tịch", thu_tuc: options.procedures ?? [makeProcedure()] }];
  return {
    label: options.label ?? "catalogue",
    manifest: testManifest(options.manifest),
    agencies: options.agencies ?? defaultAgencies(),
    documents: options.documents ?? defaultDocuments(),
    calendars: options.calendars ?? [],
    fields: fields.map(({ phien_ban = "2026.1", ...field }) => ({
      file: `linh-vuc/${field.ma}.yaml`,
      field: { ma: field.ma, ten: field.ten, phien_ban, thu_tuc: field.thu_tuc },
    })),
  };
}

/** The office's agencies; ubnd-xa-a first, as co-quan.yaml has it (stats break ties in this order). */
function defaultAgencies(): Agency[] {
  return [
    { id: "ubnd-xa-a", ten: "Ủy ban nhân dân xã A", dia_chi: "Số 1 đường Lê Lợi, xã A" },
    { id: "cong-an-xa-a", ten: "Công an xã A" },
    { id: "ubnd-tinh-b", ten: "Ủy ban nhân dân tỉnh B" },
  ];
}

/** The documents the default procedure and the fixtures built on it cite, as van-ban.yaml has them. */
function defaultDocuments(): LegalDocument[] {
  return [
    { id: "60/2014/QH13", so_hieu: "60/2014/QH13", ten: "Luật Hộ tịch", ngay_ban_hanh: "2014-11-20" },
    {
      id: "123/2015/ND-CP",
      so_hieu: "123/2015/NĐ-CP",
      ten: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
      ngay_ban_hanh: "2015-11-15",
    },
    {
      id: "04/2020/TT-BTP",
      so_hieu: "04/2020/TT-BTP",
      ten: "Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch",
      ngay_ban_hanh: "2020-05-28",
    },
    { id: "23/2015/ND-CP", so_hieu: "23/2015/NĐ-CP", ten: "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính" },
  ];
}

const ORDER: readonly string[] = PROCEDURE_KEYS;

/** The keys of the catalogue format first, in its order, then any others; undefined values dropped. */
function inCatalogueOrder(procedure: Partial<Procedure>): Procedure {
  const entries = Object.entries(procedure).filter(([, value]) => value !== undefined);
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as unknown as Procedure;
}
