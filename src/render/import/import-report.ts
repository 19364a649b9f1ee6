import type { Lang } from "../../model/lang.js";
import type { ImportPlan } from "../../portal/plan-import.js";
import type { SourceNote } from "../../portal/read-portal-sources.js";

/** What `tthc import` did, for its report: the plan, with the sources and files as people name them. */
export interface ImportReport {
  /** The record files, as given. */
  sources: string[];
  /** Where the catalogue is (the --out folder or the current catalogue), as shown. */
  target: string;
  mode: "out" | "into";
  plan: ImportPlan;
  /** The files written, as shown (relative to the current folder). */
  files: string[];
  /** Lines of the sources and of --codes that were read past. */
  notes: SourceNote[];
}

export interface ImportRenderOptions {
  lang: Lang;
}
