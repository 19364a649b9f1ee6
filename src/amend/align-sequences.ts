/** One operation of an alignment: indices into BEFORE (`b`) and AFTER (`a`). */
export type AlignOp =
  | { kind: "same"; b: number; a: number }
  | { kind: "similar"; b: number; a: number }
  | { kind: "removed"; b: number }
  | { kind: "inserted"; a: number };

/**
 * Aligns two ordered lists (the steps of a procedure): a longest common subsequence on `keyOf`
 * (normalised text) anchors the items that stayed, so inserting one step reports that step
 * alone and not every step after it. Between two anchors, a removed and an inserted item are
 * paired as "similar" (the same step, reworded) when their similarity reaches `threshold`;
 * that pairing maximises the total similarity and keeps the order. The operations come in
 * list order, a removed item before an inserted one at the same place.
 */
export function alignSequences<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
  similarity: (x: T, y: T) => number,
  threshold: number,
): AlignOp[] {
  const kb = before.map(keyOf);
  const ka = after.map(keyOf);
  const n = kb.length;
  const m = ka.length;
  // lcs[i][j]: length of the longest common subsequence of kb[i..] and ka[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = kb[i] === ka[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: AlignOp[] = [];
  let gapB: number[] = [];
  let gapA: number[] = [];
  const flush = () => {
    ops.push(...pairGap(gapB, gapA, (b, a) => similarity(before[b]!, after[a]!), threshold));
    gapB = [];
    gapA = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && kb[i] === ka[j]) {
      flush();
      ops.push({ kind: "same", b: i, a: j });
      i += 1;
      j += 1;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      gapB.push(i);
      i += 1;
    } else {
      gapA.push(j);
      j += 1;
    }
  }
  flush();
  return ops;
}

/** Pairs removed and inserted items of one gap, in order, maximising the total similarity. */
function pairGap(gapB: number[], gapA: number[], similarity: (b: number, a: number) => number, threshold: number): AlignOp[] {
  const n = gapB.length;
  const m = gapA.length;
  if (n === 0) return gapA.map((a) => ({ kind: "inserted", a }));
  if (m === 0) return gapB.map((b) => ({ kind: "removed", b }));
  const sim: number[][] = gapB.map((b) => gapA.map((a) => similarity(b, a)));
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const paired = s >= threshold ? s + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(paired, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const ops: AlignOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sim[i]![j]!;
    if (s >= threshold && best[i]![j] === s + best[i + 1]![j + 1]!) {
      ops.push({ kind: "similar", b: gapB[i]!, a: gapA[j]! });
      i += 1;
      j += 1;
    } else if (best[i]![j] === best[i + 1]![j]!) {
      ops.push({ kind: "removed", b: gapB[i]! });
      i += 1;
    } else {
      ops.push({ kind: "inserted", a: gapA[j]! });
      j += 1;
    }
  }
  for (; i < n; i++) ops.push({ kind: "removed", b: gapB[i]! });
  for (; j < m; j++) ops.push({ kind: "inserted", a: gapA[j]! });
  return ops;
}
