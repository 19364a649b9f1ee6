import type { ParsedFile } from "../model/parsed-file.js";
import { asArray, isObj, type Obj } from "./rule.js";

/**
 * What the cross-file rules (those without `perFile`) read of a field file: its code and
 * version, and of each procedure its code, its date of effect and its references (agencies,
 * documents, joined procedures). Everything else, the texts above all, is the per-file rules'
 * business. Validate keeps this much of each field file once its own checks are done: a
 * national catalogue's whole data is about 120 MB, this about a twentieth of it. The other
 * kinds of file (manifest, agencies, documents, calendars) are small and kept whole.
 *
 * Every cross-file rule runs on this view, in every command, so a rule that reads a key left
 * out here finds nothing anywhere and its tests fail (test/validate/rule-phases.test.ts).
 */
export function crossFileData(kind: ParsedFile["kind"], data: unknown): unknown {
  if (kind !== "field" || !isObj(data)) return data;
  const view: Obj = pick(data, FIELD_KEYS);
  if (Array.isArray(data.thu_tuc)) view.thu_tuc = (data.thu_tuc as unknown[]).map((p) => (isObj(p) ? procedureView(p) : p));
  return view;
}

const FIELD_KEYS = ["ma", "phien_ban"];
const PROCEDURE_KEYS = ["ma", "hieu_luc_tu", "co_quan", "can_cu_phap_ly", "thanh_phan_lien_thong", "bai_bo", "cong_bo"];

function procedureView(procedure: Obj): Obj {
  const view = pick(procedure, PROCEDURE_KEYS);
  // A form's own fields are read by the per-file rules; across files only the document it cites.
  if ("mau_don" in procedure) {
    const forms = procedure.mau_don;
    view.mau_don = Array.isArray(forms) ? asArray(forms).map((f) => (isObj(f) ? pick(f, ["van_ban"]) : f)) : forms;
  }
  return view;
}

function pick(from: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const key of keys) if (key in from) out[key] = from[key];
  return out;
}

const viewed = new WeakSet<object>();

/**
 * The file as the cross-file rules see it: the same file with its data cut down (a new object,
 * so that the commands that go on computing keep the whole data), or the file itself when its
 * data is already the view.
 */
export function crossFileView(file: ParsedFile): ParsedFile {
  if (file.kind !== "field" || !isObj(file.data) || viewed.has(file.data)) return file;
  const data = crossFileData(file.kind, file.data) as Obj;
  viewed.add(data);
  return { ...file, data };
}

/**
 * Cuts a file's data down to the view in place, once its per-file checks are done. The view is
 * copied: a string the parser cut out of the file's text is a slice that keeps the whole text
 * alive (V8 does so), and a code kept this way would hold every file's text in memory.
 */
export function keepCrossFileData(file: ParsedFile): void {
  if (file.kind !== "field" || !isObj(file.data) || viewed.has(file.data)) return;
  const data = structuredClone(crossFileData(file.kind, file.data)) as Obj;
  viewed.add(data);
  file.data = data;
}
