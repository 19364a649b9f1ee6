import { computeStatutoryCalendar } from "../calendar/statutory.js";
import type { Agency, CalendarYear, Manifest } from "../model/catalogue.js";
import { SCHEMA_FILE, type FileKind } from "../model/file-kind.js";
import { normaliseText } from "../amend/normalise-text.js";
import { asciiSlug } from "./ascii-slug.js";
import { compare, type ImportedCatalogue } from "./build-imported-catalogue.js";
import { renderCatalogueYaml } from "./render-catalogue-yaml.js";

/** Who keeps the new catalogue: the office, which the records do not name. */
export interface Office {
  /** The office's name, as printed on posting sheets ("Ủy ban nhân dân xã A"). */
  ten: string;
  /** Its agency id; the ASCII kebab-case of the name when absent. */
  id?: string;
  /** Locality ("Xã A, tỉnh B"). */
  dia_ban: string;
  /** Address for complaints; the office and locality when absent. */
  dia_chi_phan_anh?: string;
  /** Office hours; the civil service's usual ones when absent. */
  gio_lam_viec?: Manifest["gio_lam_viec"];
}

export interface NewCatalogueOptions {
  office: Office;
  /** The current year (this and the next get a calendar); an input, never the clock. */
  year: number;
  /** The schemas folder relative to the catalogue folder (default "../schemas", as in the repository). */
  schemasDir?: string;
  /** Calendar files already known (the bundled ones, with the government's real schedule), by year. */
  calendarTexts?: ReadonlyMap<number, string>;
}

/** The usual office hours of Vietnamese civil servants (and the format's example). */
export const USUAL_HOURS: Manifest["gio_lam_viec"] = { sang: ["07:30", "11:30"], chieu: ["13:30", "17:00"], gio_chuyen_ngay: "15:00" };

const IMPORT_NOTE = "Nhập từ dữ liệu của Cổng Dịch vụ công quốc gia bằng lệnh tthc import.";
const REVIEW_NOTE = "Mục can_ra_soat của mỗi thủ tục ghi những thành phần cần rà soát (tthc validate báo là import-review).";

/**
 * A complete new catalogue as files (path relative to the catalogue folder → text): the
 * manifest, agencies, legal documents, this year's and next year's calendars and one file per
 * field. Every text is canonical (`formatCatalogueText` leaves it unchanged); the same input
 * gives the same bytes. A year without a known calendar gets the statutory holidays (Labour
 * Code Art. 112, with compensatory days) and a comment saying the official schedule replaces it.
 */
export function renderNewCatalogue(imported: ImportedCatalogue, options: NewCatalogueOptions): Map<string, string> {
  const schemas = (options.schemasDir ?? "../schemas").replace(/\/+$/u, "");
  const ref = (kind: FileKind, depth: number) => `${"../".repeat(depth)}${schemas}/${SCHEMA_FILE[kind]}`;
  const files = new Map<string, string>();
  const { office } = options;

  const officeAgency = officeOf(office, imported.agencies);
  const agencies = [...imported.agencies];
  if (!agencies.some((a) => a.id === officeAgency.id)) agencies.push(officeAgency);
  agencies.sort((a, b) => compare(a.id, b.id));

  const manifest: Manifest = {
    phien_ban_dinh_dang: 1,
    co_quan_quan_ly: officeAgency.id,
    dia_ban: office.dia_ban,
    dia_chi_phan_anh: office.dia_chi_phan_anh ?? `${office.ten}, ${office.dia_ban}.`,
    gio_lam_viec: office.gio_lam_viec ?? USUAL_HOURS,
  };
  files.set(
    "tthc.yaml",
    renderCatalogueYaml("manifest", { ...manifest }, { schemaRef: ref("manifest", 0), header: [IMPORT_NOTE, REVIEW_NOTE] }),
  );
  files.set(
    "co-quan.yaml",
    renderCatalogueYaml(
      "agencies",
      { co_quan: agencies },
      { schemaRef: ref("agencies", 0), header: [IMPORT_NOTE, "Tên cơ quan đúng như Cổng ghi; địa chỉ, điện thoại do đơn vị bổ sung."] },
    ),
  );
  files.set(
    "van-ban.yaml",
    renderCatalogueYaml(
      "documents",
      { van_ban: imported.documents },
      {
        schemaRef: ref("documents", 0),
        header: [IMPORT_NOTE, "Tên văn bản như Cổng ghi; ngày ban hành chỉ ghi khi Cổng ghi ngày ngay sau số hiệu."],
      },
    ),
  );
  for (const year of [options.year, options.year + 1]) {
    const known = options.calendarTexts?.get(year);
    files.set(`lich/${year}.yaml`, known ?? renderStatutoryCalendar(year, ref("calendar", 1)));
  }
  for (const field of imported.fields) {
    const itemComments = new Map<number, string>();
    field.procedures.forEach((p, i) => {
      const note = field.notes.get(p.ma);
      if (note) itemComments.set(i, note);
    });
    files.set(
      `linh-vuc/${field.code}.yaml`,
      renderCatalogueYaml(
        "field",
        { ma: field.code, ten: field.name, phien_ban: `${options.year}.1`, thu_tuc: field.procedures },
        { schemaRef: ref("field", 1), header: [`Lĩnh vực ${field.name}. ${IMPORT_NOTE}`, REVIEW_NOTE], itemComments },
      ),
    );
  }
  return new Map([...files].sort(([a], [b]) => compare(a, b)));
}

/** The office as an agency: the imported one of the same name when there is one. */
function officeOf(office: Office, agencies: readonly Agency[]): Agency {
  const same = agencies.find((a) => normaliseText(a.ten) === normaliseText(office.ten));
  if (same) return same;
  const base = office.id ?? (asciiSlug(office.ten) || "co-quan-quan-ly");
  let id = base;
  for (let n = 2; agencies.some((a) => a.id === id); n++) id = `${base}-${n}`;
  return { id, ten: office.ten };
}

/** A year's calendar from the statutory holidays alone, with a comment saying what it lacks. */
export function renderStatutoryCalendar(year: number, schemaRef: string): string {
  const calendar = computeStatutoryCalendar(year);
  const data: CalendarYear = { nam: calendar.nam, ngay_nghi: calendar.ngay_nghi, ngay_lam_bu: [] };
  return renderCatalogueYaml(
    "calendar",
    { ...data },
    {
      schemaRef,
      header: [
        `Lịch làm việc năm ${year}: chỉ ghi các ngày nghỉ lễ theo Điều 112 Bộ luật Lao động 2019 và ngày`,
        "nghỉ bù theo Điều 111 (tính theo âm lịch Việt Nam); chưa có ngày hoán đổi, làm bù.",
        "Cập nhật lại khi có thông báo chính thức về lịch nghỉ của năm.",
      ],
    },
  );
}
