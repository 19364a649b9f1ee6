// The data of the look-up site's pages, taken from the posting sheets (post/posting-sheet.ts)
// so that the site and the notice board say the same words. Types only.
import type { Level } from "../model/catalogue.js";
import type { DetailSheet, ListSheet } from "../post/posting-sheet.js";

/** One file of the site: its path relative to the site's folder, with "/" separators, and its text. */
export interface SiteFile {
  path: string;
  content: string;
}

/** What every page shows around its content. */
export interface SiteOffice {
  /** The managing agency's name. */
  agencyName: string;
  locality: string;
  /** Where complaints and recommendations go (manifest dia_chi_phan_anh), "Không" when unset. */
  complaints: string;
}

/** A procedure as the index lists it. */
export interface SiteEntry {
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  /** The field's page, relative to the site's root: linh-vuc/<code>/index.html. */
  fieldPath: string;
  levels: Level[];
  /** The list sheet's deadline cell: "03 ngày làm việc". */
  deadline: string;
  /** The list sheet's fee cell: "Lệ phí đăng ký kết hôn: Miễn phí", or "Không". */
  fee: string;
  /** Relative to the site's root: thu-tuc/<code>/index.html. */
  path: string;
}

export interface SiteProcedure {
  entry: SiteEntry;
  sheet: DetailSheet;
  fieldVersion: string;
  /** Absolute address of this page when the site's base address is known. */
  url?: string;
  /** The procedure's online service (dich_vu_cong.url), when it is an http(s) link. */
  onlineUrl?: string;
  /** Whether the online service takes the dossier (toàn trình, một phần) or only shows it. */
  onlineSubmits: boolean;
  /** The procedure on the portal the manifest's qr_goc names (`?ma_thu_tuc=`), when known. */
  portalUrl?: string;
}

export interface SiteField {
  code: string;
  name: string;
  version: string;
  path: string;
  list: ListSheet;
  procedures: SiteProcedure[];
  url?: string;
}
