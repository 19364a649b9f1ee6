import { isInForce, listProcedures } from "../model/procedure.js";
import type { Catalogue, PlacedProcedure } from "../model/catalogue.js";
import type {
  AbolishedProcedure,
  AmendedProcedure,
  CatalogueDiff,
  MovedProcedure,
  ProcedureRef,
  ReplacedProcedure,
} from "./catalogue-diff.js";
import { diffProcedures } from "./diff-procedures.js";
import { isLegalElement } from "./procedure-elements.js";

export interface DiffLabels {
  /** How BASE and HEAD are named in the output ("main", "working tree"). */
  base?: string;
  head?: string;
}

const inForce = (p: PlacedProcedure) => isInForce(p.procedure);

/**
 * What HEAD changes compared with BASE, procedure by procedure, in the shape of the annex of a
 * Quyết định công bố. Procedures are matched by code across the whole catalogue, so a
 * procedure moved to another field file is the same procedure. Then:
 * - a HEAD procedure with `thay_the: X` and no partner of its own code replaces BASE's X when X
 *   is no longer in force in HEAD (gone, or kept as bai_bo) → replaced;
 * - a procedure in force in BASE and, in HEAD, gone or newly `trang_thai: bai_bo` → abolished;
 * - a procedure in force in HEAD and not in BASE → added (one brought back from bai_bo is an
 *   amendment of its record instead);
 * - a procedure on both sides with any change → amended, with the elements and the changes;
 *   with no change but another field → moved; else it counts as unchanged.
 * A record that is bai_bo on one side and absent on the other was abolished before: nothing to
 * announce, so it is left out. Duplicate codes (a validation error) pair in order.
 */
export function diffCatalogues(base: Catalogue, head: Catalogue, labels: DiffLabels = {}): CatalogueDiff {
  const before = listProcedures(base);
  const after = listProcedures(head);
  const pairs: Array<{ b: PlacedProcedure; a: PlacedProcedure }> = [];
  const takenBefore = new Set<PlacedProcedure>();
  const takenAfter = new Set<PlacedProcedure>();
  const pair = (b: PlacedProcedure, a: PlacedProcedure) => {
    takenBefore.add(b);
    takenAfter.add(a);
    pairs.push({ b, a });
  };

  // 1. Same code, both in force, or both kept as bai_bo.
  for (const force of [true, false]) {
    const byCode = groupByCode(after.filter((p) => inForce(p) === force));
    for (const b of before.filter((p) => inForce(p) === force)) {
      const a = byCode.get(b.procedure.ma)?.shift();
      if (a) pair(b, a);
    }
  }

  // 2. Replacements: HEAD's thay_the names a BASE procedure that found no partner in force.
  const replaced: Array<{ b: PlacedProcedure; a: PlacedProcedure }> = [];
  const unpairedBefore = groupByCode(before.filter((p) => inForce(p) && !takenBefore.has(p)));
  for (const a of after) {
    const target = a.procedure.thay_the;
    if (!inForce(a) || takenAfter.has(a) || target === undefined || target === a.procedure.ma) continue;
    const b = unpairedBefore.get(target)?.shift();
    if (!b) continue;
    takenBefore.add(b);
    takenAfter.add(a);
    replaced.push({ b, a });
  }

  // 3. Abolished: in force in BASE, and in HEAD gone or newly bai_bo.
  const headByCode = groupByCode(after.filter((p) => !takenAfter.has(p)));
  const abolished: AbolishedProcedure[] = [];
  for (const b of before) {
    if (!inForce(b) || takenBefore.has(b)) continue;
    const kept = headByCode.get(b.procedure.ma)?.find((p) => !inForce(p) && !takenAfter.has(p));
    if (kept) {
      takenAfter.add(kept);
      abolished.push({ ...refOf(kept), by: "status" });
    } else {
      abolished.push({ ...refOf(b), by: "removal" });
    }
  }

  // 4. Added, or brought back from a bai_bo record (an amendment of that record).
  const baseByCode = groupByCode(before.filter((p) => !takenBefore.has(p) && !inForce(p)));
  const added: ProcedureRef[] = [];
  for (const a of after) {
    if (!inForce(a) || takenAfter.has(a)) continue;
    const old = baseByCode.get(a.procedure.ma)?.shift();
    if (old) pair(old, a);
    else added.push(refOf(a));
  }

  const amended: AmendedProcedure[] = [];
  const moved: MovedProcedure[] = [];
  let unchanged = 0;
  for (const { b, a } of sortByHead(pairs, after)) {
    const changes = diffProcedures(b.procedure, a.procedure);
    const fieldMoved = b.field !== a.field;
    if (changes.length === 0) {
      if (fieldMoved) moved.push({ ...refOf(a), from: b.field, from_name: b.fieldName.normalize("NFC") });
      else unchanged += 1;
      continue;
    }
    const elements = elementsOf(changes);
    amended.push({
      ...refOf(a),
      elements,
      changes,
      legal_change: elements.some(isLegalElement),
      ...(fieldMoved ? { field_before: b.field, field_before_name: b.fieldName.normalize("NFC") } : {}),
    });
  }

  return {
    base: labels.base ?? base.label,
    head: labels.head ?? head.label,
    added,
    amended,
    replaced: sortByHead(replaced, after).map(({ b, a }): ReplacedProcedure => {
      const changes = diffProcedures(b.procedure, a.procedure, ["ma", "thay_the"]);
      return {
        ...refOf(a),
        replaces: b.procedure.ma,
        replaces_name: b.procedure.ten,
        elements: elementsOf(changes),
        changes,
      };
    }),
    abolished,
    unchanged,
    moved,
    names: {
      agencies: Object.fromEntries([...base.agencies, ...head.agencies].map((agency) => [agency.id, agency.ten.normalize("NFC")])),
      documents: Object.fromEntries(
        [...base.documents, ...head.documents].map((document) => [document.id, (document.so_hieu ?? document.id).normalize("NFC")]),
      ),
    },
  };
}

function refOf(p: PlacedProcedure): ProcedureRef {
  return { code: p.procedure.ma, name: p.procedure.ten.normalize("NFC"), field: p.field, field_name: p.fieldName.normalize("NFC") };
}

function elementsOf(changes: { path: (string | number)[] }[]): string[] {
  return [...new Set(changes.map((c) => String(c.path[0])))];
}

function groupByCode(items: PlacedProcedure[]): Map<string, PlacedProcedure[]> {
  const map = new Map<string, PlacedProcedure[]>();
  for (const p of items) map.set(p.procedure.ma, [...(map.get(p.procedure.ma) ?? []), p]);
  return map;
}

/** Pairs in HEAD's order, the order people read the catalogue in. */
function sortByHead<T extends { a: PlacedProcedure }>(pairs: T[], after: PlacedProcedure[]): T[] {
  const rank = new Map(after.map((p, i) => [p, i]));
  return [...pairs].sort((x, y) => (rank.get(x.a) ?? 0) - (rank.get(y.a) ?? 0));
}
