import type { PlacedProcedure } from "../model/catalogue.js";
import { isInForce } from "../model/procedure.js";

export interface MatchedPair {
  base: PlacedProcedure;
  head: PlacedProcedure;
  /** True when HEAD's procedure has another code and replaces BASE's through `thay_the`. */
  replaced: boolean;
}

export interface Matching {
  /** In force on both sides. */
  matched: MatchedPair[];
  /** In force in BASE; in HEAD marked bai_bo, or missing and not replaced. */
  abolished: PlacedProcedure[];
  /** In force in HEAD and matched to nothing in force in BASE. */
  added: PlacedProcedure[];
}

/**
 * Pairs the procedures in force on each side (a bai_bo record is history, not a procedure
 * people can use), in two passes so that each is used once:
 * 1. same code (an unchanged catalogue pairs everything here, even a procedure that carries
 *    `thay_the` from an older change);
 * 2. a HEAD procedure with `thay_the: X` takes BASE's X when X found no partner in pass 1
 *    (X is gone from HEAD, or kept there as bai_bo).
 * What is left in BASE is abolished, what is left in HEAD is added. Duplicate codes (a
 * validation error) pair by order of appearance, so nothing is lost or counted twice.
 */
export function matchProcedures(base: PlacedProcedure[], head: PlacedProcedure[]): Matching {
  const baseInForce = base.filter((p) => isInForce(p.procedure));
  const headInForce = head.filter((p) => isInForce(p.procedure));
  const headTaken = new Set<PlacedProcedure>();
  const pairOf = new Map<PlacedProcedure, MatchedPair>();

  const headByCode = groupBy(headInForce, (p) => p.procedure.ma);
  for (const b of baseInForce) {
    const h = headByCode.get(b.procedure.ma)?.shift();
    if (!h) continue;
    headTaken.add(h);
    pairOf.set(b, { base: b, head: h, replaced: false });
  }

  const unpairedBaseByCode = groupBy(
    baseInForce.filter((b) => !pairOf.has(b)),
    (p) => p.procedure.ma,
  );
  for (const h of headInForce) {
    const replaces = h.procedure.thay_the;
    if (headTaken.has(h) || replaces === undefined) continue;
    const b = unpairedBaseByCode.get(replaces)?.shift();
    if (!b) continue;
    headTaken.add(h);
    pairOf.set(b, { base: b, head: h, replaced: true });
  }

  // Report in HEAD's order, the order people read the catalogue in.
  const headOrder = new Map(head.map((h, i) => [h, i]));
  const matched = [...pairOf.values()].sort((x, y) => (headOrder.get(x.head) ?? 0) - (headOrder.get(y.head) ?? 0));
  return {
    matched,
    abolished: baseInForce.filter((b) => !pairOf.has(b)),
    added: headInForce.filter((h) => !headTaken.has(h)),
  };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(keyOf(item));
    if (list) list.push(item);
    else map.set(keyOf(item), [item]);
  }
  return map;
}
