import type { Agency, LegalDocument } from "../model/catalogue.js";
import { normaliseText } from "../amend/normalise-text.js";
import { assignSlugs } from "./ascii-slug.js";
import type { ConvertedRecord } from "./convert-record.js";
import { foldText } from "../words/fold-text.js";
import type { ImportedProcedure } from "./imported-procedure.js";

/** One field of the import: its code (the file name), its name and its procedures. */
export interface ImportedField {
  code: string;
  name: string;
  /** In code order; `co_quan` holds agency ids. */
  procedures: ImportedProcedure[];
  /** The comment above each procedure (portal address, announcing decision), by code. */
  notes: Map<string, string>;
}

export interface ImportedCatalogue {
  fields: ImportedField[];
  /** Every agency a procedure names, with its id; in id order. */
  agencies: Agency[];
  /** Every legal document a procedure cites; in id order. */
  documents: LegalDocument[];
}

/** What an existing catalogue already has, so that the import reuses it instead of doubling it. */
export interface ExistingNames {
  /** Agencies by id. */
  agencies: readonly Agency[];
  /** Legal document ids. */
  documents: readonly string[];
  /** Fields: code and name. */
  fields: readonly { code: string; name: string }[];
}

/**
 * Converted records → the catalogue's data: one field per field name (the code is the ASCII
 * kebab-case of the name, "Hộ tịch" → ho-tich), one agency per agency name (the same name in
 * another case or spacing is the same agency), one legal document per number. Ids depend only
 * on the set of names, never on the order records came in, so two runs give the same ids.
 * With `existing`, its agencies are reused where the name matches, its fields where the name
 * matches without diacritics or case, and new ids avoid the ids it has.
 */
export function buildImportedCatalogue(records: readonly ConvertedRecord[], existing?: ExistingNames): ImportedCatalogue {
  // Fields.
  const fieldByFold = new Map<string, { code: string; name: string }>();
  for (const f of existing?.fields ?? []) fieldByFold.set(foldText(f.name), f);
  const newFieldNames = new Map<string, string>();
  for (const r of records) {
    const fold = foldText(r.field);
    if (!fieldByFold.has(fold) && !newFieldNames.has(fold)) newFieldNames.set(fold, r.field);
  }
  const fieldCodes = assignSlugs(newFieldNames.values(), "linh-vuc", new Set((existing?.fields ?? []).map((f) => f.code)));
  for (const [fold, name] of newFieldNames) fieldByFold.set(fold, { code: fieldCodes.get(name)!, name });

  // Agencies: grouped by their name as the diff compares it; shown with the commonest spelling.
  const spellings = new Map<string, Map<string, number>>();
  const agencyKey = (name: string) => normaliseText(name);
  for (const r of records) {
    for (const name of agencyNames(r.procedure)) {
      const key = agencyKey(name);
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      spellings.set(key, counts);
    }
  }
  const existingByKey = new Map((existing?.agencies ?? []).map((a) => [agencyKey(a.ten), a]));
  const shownName = new Map<string, string>();
  for (const [key, counts] of spellings) shownName.set(key, mostCommon(counts));
  const newKeys = [...shownName.keys()].filter((k) => !existingByKey.has(k));
  const agencyIds = assignSlugs(
    newKeys.map((k) => shownName.get(k)!),
    "co-quan",
    new Set((existing?.agencies ?? []).map((a) => a.id)),
  );
  const idOfName = (name: string) => existingByKey.get(agencyKey(name))?.id ?? agencyIds.get(shownName.get(agencyKey(name))!)!;
  const agencies: Agency[] = newKeys.map((k) => ({ id: agencyIds.get(shownName.get(k)!)!, ten: shownName.get(k)! }));
  agencies.sort((a, b) => compare(a.id, b.id));

  // Legal documents: the commonest title and spelling of the number; a date only when every
  // record that gives one gives the same.
  const cited = new Map<string, { numbers: Map<string, number>; titles: Map<string, number>; dates: Set<string> }>();
  for (const r of records) {
    for (const d of r.documents) {
      const entry = cited.get(d.id) ?? { numbers: new Map(), titles: new Map(), dates: new Set<string>() };
      entry.numbers.set(d.number, (entry.numbers.get(d.number) ?? 0) + 1);
      entry.titles.set(d.title, (entry.titles.get(d.title) ?? 0) + 1);
      if (d.issued) entry.dates.add(d.issued);
      cited.set(d.id, entry);
    }
  }
  const known = new Set(existing?.documents ?? []);
  const documents: LegalDocument[] = [...cited]
    .filter(([id]) => !known.has(id))
    .map(([id, entry]) => {
      const so_hieu = mostCommon(entry.numbers);
      const doc: LegalDocument = { id, ...(so_hieu !== id ? { so_hieu } : {}), ten: mostCommon(entry.titles) };
      if (entry.dates.size === 1) doc.ngay_ban_hanh = [...entry.dates][0]!;
      return doc;
    })
    .sort((a, b) => compare(a.id, b.id));

  // Procedures, with agency ids, grouped by field and in code order.
  const byField = new Map<string, ImportedField>();
  for (const r of records) {
    const field = fieldByFold.get(foldText(r.field))!;
    const entry = byField.get(field.code) ?? { code: field.code, name: field.name, procedures: [], notes: new Map<string, string>() };
    entry.procedures.push(withAgencyIds(r.procedure, idOfName));
    if (r.note !== "") entry.notes.set(r.code, r.note);
    byField.set(field.code, entry);
  }
  const fields = [...byField.values()].sort((a, b) => compare(a.code, b.code));
  for (const f of fields) f.procedures.sort((a, b) => compare(a.ma, b.ma));
  return { fields, agencies, documents };
}

function agencyNames(p: ImportedProcedure): string[] {
  const c = p.co_quan;
  if (!c) return [];
  return [c.tham_quyen, c.thuc_hien, ...(c.phoi_hop ?? [])].filter((n): n is string => n !== undefined);
}

function withAgencyIds(p: ImportedProcedure, idOf: (name: string) => string): ImportedProcedure {
  if (!p.co_quan) return p;
  const c = p.co_quan;
  const co_quan: NonNullable<ImportedProcedure["co_quan"]> = {};
  if (c.tham_quyen !== undefined) co_quan.tham_quyen = idOf(c.tham_quyen);
  if (c.thuc_hien !== undefined) {
    const id = idOf(c.thuc_hien);
    if (id !== co_quan.tham_quyen) co_quan.thuc_hien = id;
  }
  if (c.phoi_hop !== undefined) co_quan.phoi_hop = [...new Set(c.phoi_hop.map(idOf))];
  return { ...p, co_quan };
}

/** The most frequent value; ties go to the longer, then to the first in code-unit order. */
function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || compare(a[0], b[0]))[0]![0];
}

/** Code-unit order: the same everywhere, unlike a locale's collation. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
