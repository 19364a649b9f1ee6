import { textOf } from "../model/text-of.js";
import type { Procedure } from "../model/catalogue.js";
import { alignSequences } from "./align-sequences.js";
import type { Change, PathSegment } from "./catalogue-diff.js";
import { normaliseText } from "./normalise-text.js";
import { orderKeys } from "./procedure-elements.js";
import { textSimilarity } from "./text-similarity.js";

/** Lists of objects whose items have an identity: reordering them changes nothing. */
const IDENTITY_OF: Record<string, string> = {
  thanh_phan_ho_so: "ten",
  phi_le_phi: "ten",
  mau_don: "ma",
  cach_thuc: "kenh",
};

/** How alike two step texts must be to count as the same step, reworded. */
const STEP_SIMILARITY = 0.5;

/**
 * Every change between two versions of a procedure, in the order of docs/format.md's
 * keys. Text is compared in NFC, so a decomposed string that reads the same is no change.
 * `ignore` leaves top-level keys out (a replacement's `ma` and `thay_the`).
 */
export function diffProcedures(before: Procedure, after: Procedure, ignore: readonly string[] = []): Change[] {
  // Most procedures of two versions are the same: that needs no copy, no NFC and no alignment.
  if (identical(before, after)) return [];
  const b = withoutDefaults(toNfc(before) as Record<string, unknown>);
  const a = withoutDefaults(toNfc(after) as Record<string, unknown>);
  const changes: Change[] = [];
  for (const key of orderKeys([...Object.keys(b), ...Object.keys(a)])) {
    if (ignore.includes(key)) continue;
    compareAt([key], b[key], a[key], changes);
  }
  return changes;
}

function compareAt(path: PathSegment[], before: unknown, after: unknown, out: Change[]): void {
  const b = before ?? null;
  const a = after ?? null;
  if (Array.isArray(b) || Array.isArray(a)) {
    // An absent list and an empty one say the same thing ("Không").
    if ((Array.isArray(b) || b === null) && (Array.isArray(a) || a === null)) {
      compareLists(path, (b as unknown[] | null) ?? [], (a as unknown[] | null) ?? [], out);
      return;
    }
  } else if (isObject(b) && isObject(a)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    const first = out.length;
    for (const key of keys) compareAt([...path, key], b[key], a[key], out);
    if (path[path.length - 1] === "thoi_han") {
      for (const change of out.slice(first)) {
        if (["gia_tri", "don_vi"].includes(String(change.path[change.path.length - 1]))) change.deadline = { before: b, after: a };
      }
    }
    return;
  }
  if (!deepEqual(b, a)) out.push({ path, before: b, after: a });
}

function compareLists(path: PathSegment[], before: unknown[], after: unknown[], out: Change[]): void {
  const key = path.length === 1 ? String(path[0]) : "";
  if (key === "trinh_tu") return compareSteps(path, before, after, out);
  const identity = IDENTITY_OF[key];
  if (identity !== undefined && [...before, ...after].every(isObject)) {
    return compareKeyed(path, before as Record<string, unknown>[], after as Record<string, unknown>[], identity, out);
  }
  if ([...before, ...after].every((x) => !isObject(x) && !Array.isArray(x))) return compareSets(path, before, after, out);
  // A list this module does not know: item by item.
  for (let i = 0; i < Math.max(before.length, after.length); i++) compareAt([...path, i], before[i], after[i], out);
}

/** Lists of strings (ket_qua, can_cu_phap_ly, cap, …) as multisets: order is not content. */
function compareSets(path: PathSegment[], before: unknown[], after: unknown[], out: Change[]): void {
  const left = before.map((x) => (typeof x === "string" ? x.trim() : x));
  const right = after.map((x) => (typeof x === "string" ? x.trim() : x));
  const unmatchedBefore = new Set(left.keys());
  const unmatchedAfter: number[] = [];
  right.forEach((value, j) => {
    const i = [...unmatchedBefore].find((k) => left[k] === value);
    if (i === undefined) unmatchedAfter.push(j);
    else unmatchedBefore.delete(i);
  });
  for (const j of unmatchedAfter) out.push({ path: [...path, j], before: null, after: after[j] });
  for (const i of unmatchedBefore) out.push({ path: [...path, i], before: before[i], after: null });
}

/** Components, fees, forms, channels: matched by their identity, whatever their order. */
function compareKeyed(
  path: PathSegment[],
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
  identity: string,
  out: Change[],
): void {
  const idOf = (item: Record<string, unknown>) => normaliseText(textOf(item[identity]));
  const pending = new Map<string, number[]>();
  before.forEach((item, i) => pending.set(idOf(item), [...(pending.get(idOf(item)) ?? []), i]));
  const seen = new Map<string, number>();
  const label = (item: Record<string, unknown>) => {
    // Two items with the same identity (a slip the rules may catch) stay apart: "X", "X (2)".
    const id = idOf(item);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const shown = textOf(item[identity]).trim();
    return n === 1 ? shown : `${shown} (${n})`;
  };
  for (const item of after) {
    const segment = label(item);
    const i = pending.get(idOf(item))?.shift();
    if (i === undefined) out.push({ path: [...path, segment], before: null, after: item });
    else compareAt([...path, segment], before[i], item, out);
  }
  seen.clear();
  const left = new Set([...pending.values()].flat());
  before.forEach((item, i) => {
    const segment = label(item);
    if (left.has(i)) out.push({ path: [...path, segment], before: item, after: null });
  });
}

/** Steps in order, aligned on their text: an inserted step is reported alone. */
function compareSteps(path: PathSegment[], before: unknown[], after: unknown[], out: Change[]): void {
  const text = (s: unknown) => (isObject(s) && typeof s.mo_ta === "string" ? s.mo_ta : JSON.stringify(s));
  const ops = alignSequences(
    before,
    after,
    (s) => normaliseText(text(s)),
    (x, y) => textSimilarity(text(x), text(y)),
    STEP_SIMILARITY,
  );
  for (const op of ops) {
    if (op.kind === "inserted") out.push({ path: [...path, op.a], before: null, after: after[op.a] });
    else if (op.kind === "removed") out.push({ path: [...path, op.b], before: before[op.b], after: null });
    else compareAt([...path, op.a], before[op.b], after[op.a], out);
  }
}

/** A procedure without a status is in force: writing `trang_thai: hieu_luc` changes nothing. */
function withoutDefaults(procedure: Record<string, unknown>): Record<string, unknown> {
  if (procedure.trang_thai !== "hieu_luc") return procedure;
  const { trang_thai: _inForce, ...rest } = procedure;
  return rest;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** A deep copy with every string in NFC. */
function toNfc(value: unknown): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map(toNfc);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toNfc(v);
    return out;
  }
  return value;
}

/**
 * Whether two values parsed from YAML are the same to the last detail: the same keys (in any
 * order), lists item by item, scalars by ===. Stricter than deepEqual (a key set to null is not
 * a missing key, NaN is not NaN, anything but a plain object or a list is not compared), so that
 * a true answer means diffProcedures finds no change, and a false one only costs the full walk.
 */
function identical(x: unknown, y: unknown): boolean {
  if (typeof x !== "object" || x === null || typeof y !== "object" || y === null) return x === y;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!identical(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(y) || !isPlain(x) || !isPlain(y)) return false;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(y, key) || !identical(x[key], y[key])) return false;
  }
  return true;
}

function isPlain(x: object): x is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => deepEqual(v, y[i]));
  if (isObject(x) && isObject(y)) {
    const kx = Object.keys(x).filter((k) => x[k] !== undefined && x[k] !== null);
    const ky = Object.keys(y).filter((k) => y[k] !== undefined && y[k] !== null);
    return kx.length === ky.length && kx.every((k) => deepEqual(x[k], y[k]));
  }
  return false;
}
