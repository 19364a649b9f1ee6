import { textOf } from "../model/text-of.js";
import type { Agency, Level, Procedure } from "../model/catalogue.js";
import type { PathSegment } from "../amend/catalogue-diff.js";
import { diffProcedures } from "../amend/diff-procedures.js";
import { normaliseText } from "../amend/normalise-text.js";
import { convertRecord, type ConvertedRecord } from "./convert-record.js";
import { foldText } from "../words/fold-text.js";
import type { ImportedProcedure } from "./imported-procedure.js";
import { normalisePortalText } from "./normalise-portal-text.js";
import { NATIONAL_CODE } from "./read-code-list.js";
import { selectRecords, type SourcedRecord } from "./select-records.js";

/** The catalogue as reconcile reads it: the shape of `Catalogue` (src/model), loosely typed. */
export interface ReconciledCatalogue {
  agencies: readonly Agency[];
  fields: readonly { field: { ma: string; ten: string; thu_tuc: readonly unknown[] } }[];
}

export interface ReconcileOptions {
  /** Records of this level are in scope for `missing`; all levels when absent. */
  level?: Level;
  /** Field names in scope (matched without diacritics or case); the catalogue's fields when absent. */
  fields?: readonly string[];
  /** Only these codes, when given. */
  codes?: readonly string[];
}

export interface ReconcileChange {
  path: PathSegment[];
  catalogue: unknown;
  national: unknown;
}

export interface ProcedureEntry {
  code: string;
  name: string;
  field: string;
}

export interface ReconcileReport {
  records: number;
  level?: Level;
  compared: number;
  same: number;
  differ: (ProcedureEntry & { elements: string[]; changes: ReconcileChange[] })[];
  missing: ProcedureEntry[];
  not_national: ProcedureEntry[];
  local: number;
}

/** The elements docs/cli.md (`tthc reconcile`) compares; the rest (steps, hours, dossiers a year, URLs) is not. */
const COMPARED = ["ten", "cap", "co_quan", "thoi_han", "cach_thuc", "thanh_phan_ho_so", "phi_le_phi", "can_cu_phap_ly"] as const;

/**
 * The level every procedure in force has, the default of `reconcile --level`; undefined when
 * there is none (the option is then required).
 */
export function defaultReconcileLevel(catalogue: ReconciledCatalogue): Level | undefined {
  let common: Set<Level> | undefined;
  for (const p of inForce(catalogue)) {
    const levels = new Set(Array.isArray(p.procedure.cap) ? (p.procedure.cap as Level[]) : []);
    common = common ? new Set([...common].filter((l) => levels.has(l))) : levels;
  }
  const left = common ? (["xa", "tinh", "bo", "huyen"] as Level[]).filter((l) => common.has(l)) : [];
  return left.length === 1 ? left[0] : undefined;
}

/**
 * The catalogue held against the national records, element by element, with the same
 * comparison as `tthc diff` (diffProcedures): name, levels, statutory and per-channel deadlines
 * (number and unit), fee amounts, channels, dossier components (names and copies), legal
 * documents (by number) and the competent agency (by name), after NFC and white-space
 * normalisation. The records are read by the importer's own parsers, so a catalogue just
 * imported from them reconciles with no difference. What a record does not state is not
 * compared; an element the catalogue lists under `can_ra_soat` is compared only where both
 * sides have it.
 */
export function reconcileCatalogue(
  catalogue: ReconciledCatalogue,
  records: readonly SourcedRecord[],
  options: ReconcileOptions = {},
): ReconcileReport {
  const national = new Map<string, ConvertedRecord>();
  for (const { record } of selectRecords(records).selected) {
    const converted = convertRecord(record);
    national.set(converted.code, converted);
  }
  const codes = options.codes && options.codes.length > 0 ? new Set(options.codes) : undefined;
  const fieldNames = new Set((options.fields ?? catalogue.fields.map((f) => f.field.ten)).map(foldText));
  const agencyName = new Map(catalogue.agencies.map((a) => [a.id, a.ten]));

  const report: ReconcileReport = {
    records: records.length,
    ...(options.level ? { level: options.level } : {}),
    compared: 0,
    same: 0,
    differ: [],
    missing: [],
    not_national: [],
    local: 0,
  };
  const inForceCodes = new Set<string>();
  for (const { procedure, field } of inForce(catalogue)) {
    const code = textOf(procedure.ma);
    if (codes && !codes.has(code)) continue;
    const entry = { code, name: textOf(procedure.ten), field: field.ma };
    if (code.startsWith("DP.")) {
      report.local++;
      continue;
    }
    if (!NATIONAL_CODE.test(code)) continue;
    inForceCodes.add(code);
    const record = national.get(code);
    if (!record) {
      report.not_national.push(entry);
      continue;
    }
    report.compared++;
    const changes = compareProcedure(procedure, (id) => agencyName.get(id), record.procedure);
    if (changes.length === 0) report.same++;
    else report.differ.push({ ...entry, elements: [...new Set(changes.map((c) => String(c.path[0])))], changes });
  }
  for (const record of national.values()) {
    if (inForceCodes.has(record.code) || (codes && !codes.has(record.code))) continue;
    if (options.level && !(record.procedure.cap ?? []).includes(options.level)) continue;
    if (!fieldNames.has(foldText(record.field))) continue;
    report.missing.push({ code: record.code, name: record.procedure.ten, field: record.field });
  }
  report.missing.sort((a, b) => (a.code < b.code ? -1 : 1));
  return report;
}

interface PlacedEntry {
  procedure: Record<string, unknown>;
  field: { ma: string; ten: string };
}

function* inForce(catalogue: ReconciledCatalogue): Generator<PlacedEntry> {
  for (const { field } of catalogue.fields) {
    for (const p of field.thu_tuc ?? []) {
      if (p === null || typeof p !== "object") continue;
      const procedure = p as Record<string, unknown>;
      if (procedure.trang_thai === "bai_bo") continue;
      yield { procedure, field };
    }
  }
}

function compareProcedure(
  catalogue: Record<string, unknown>,
  agencyName: (id: string) => string | undefined,
  national: ImportedProcedure,
): ReconcileChange[] {
  const names = new Map<string, string>();
  const ours = project(catalogue as unknown as ImportedProcedure, (id) => agencyName(id), names);
  const theirs = project(national, (name) => name, names);
  // What the record does not state is not compared; an element under review only where both have it.
  const reviewed = new Set(
    (Array.isArray(catalogue.can_ra_soat) ? catalogue.can_ra_soat : []).map((m) =>
      m && typeof m === "object" ? String((m as Record<string, unknown>).thanh_phan) : "",
    ),
  );
  for (const key of COMPARED) {
    if (theirs[key] === undefined || (reviewed.has(key) && ours[key] === undefined)) {
      delete ours[key];
      delete theirs[key];
    }
  }
  // Per-channel deadlines the record does not state are not compared either.
  const theirChannels = (theirs.cach_thuc ?? []) as { kenh: string; thoi_han?: unknown }[];
  for (const channel of (ours.cach_thuc ?? []) as { kenh: string; thoi_han?: unknown }[]) {
    const other = theirChannels.find((c) => c.kenh === channel.kenh);
    if (other && other.thoi_han === undefined) delete channel.thoi_han;
    if (other && channel.thoi_han === undefined && reviewed.has("thoi_han")) delete other.thoi_han;
  }
  return diffProcedures(ours as unknown as Procedure, theirs as unknown as Procedure).map((c) => ({
    path: c.path,
    catalogue: c.path[0] === "co_quan" ? shown(c.before, names) : c.before,
    national: c.path[0] === "co_quan" ? shown(c.after, names) : c.after,
  }));
}

type Projection = Record<string, unknown>;

/** The compared elements of a procedure in one comparable form (see reconcileCatalogue). */
function project(p: ImportedProcedure, agency: (value: string) => string | undefined, names: Map<string, string>): Projection {
  const out: Projection = {};
  if (typeof p.ten === "string") out.ten = normalisePortalText(p.ten);
  if (Array.isArray(p.cap) && p.cap.length > 0) out.cap = [...p.cap].sort();
  const tham = typeof p.co_quan?.tham_quyen === "string" ? agency(p.co_quan.tham_quyen) : undefined;
  if (tham !== undefined) {
    // By name, the way the diff matches text: case and spacing are not a difference.
    const key = normaliseText(tham);
    if (!names.has(key)) names.set(key, normalisePortalText(tham));
    out.co_quan = { tham_quyen: key };
  }
  const statutory = numericDeadline(p.thoi_han);
  if (statutory) out.thoi_han = statutory;
  if (Array.isArray(p.cach_thuc)) {
    out.cach_thuc = p.cach_thuc.map((c) => {
      const own = numericDeadline(c.thoi_han) ?? statutory;
      return own ? { kenh: c.kenh, thoi_han: own } : { kenh: c.kenh };
    });
  }
  if (Array.isArray(p.thanh_phan_ho_so)) {
    out.thanh_phan_ho_so = p.thanh_phan_ho_so.map((c) => ({
      ten: normalisePortalText(String(c.ten ?? "")),
      ...(c.ban_chinh !== undefined ? { ban_chinh: c.ban_chinh } : {}),
      ...(c.ban_sao !== undefined ? { ban_sao: c.ban_sao } : {}),
    }));
  }
  // Fee amounts: a fee in words states no amount, and 0 is the same as no fee.
  if (Array.isArray(p.phi_le_phi) && p.phi_le_phi.every((f) => typeof f.so_tien === "number")) {
    out.phi_le_phi = p.phi_le_phi
      .map((f) => f.so_tien!)
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
  }
  if (Array.isArray(p.can_cu_phap_ly)) out.can_cu_phap_ly = [...p.can_cu_phap_ly];
  return out;
}

function numericDeadline(value: unknown): { gia_tri: number; don_vi: string } | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const d = value as Record<string, unknown>;
  return typeof d.gia_tri === "number" && typeof d.don_vi === "string" ? { gia_tri: d.gia_tri, don_vi: d.don_vi } : undefined;
}

/** A compared agency name back in its own spelling, for people. */
function shown(value: unknown, names: Map<string, string>): unknown {
  if (typeof value === "string") return names.get(value) ?? value;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shown(v, names)]));
  }
  return value;
}
