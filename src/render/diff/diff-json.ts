import type { CatalogueDiff } from "../../amend/catalogue-diff.js";

/**
 * The diff as docs/cli.md's JSON (a contract for CI scripts): base, head, added, amended,
 * replaced, abolished, unchanged, in that order, each entry with its contract keys first and
 * the added keys after. Built key by key so that a new field on the types never leaks out or
 * reorders the contract by accident.
 */
export function renderDiffJson(diff: CatalogueDiff): string {
  const out = {
    base: diff.base,
    head: diff.head,
    added: diff.added.map((p) => ({ code: p.code, name: p.name, field: p.field, field_name: p.field_name })),
    amended: diff.amended.map((p) => ({
      code: p.code,
      name: p.name,
      field: p.field,
      elements: p.elements,
      changes: p.changes.map((c) => ({ path: c.path, before: c.before, after: c.after })),
      field_name: p.field_name,
      legal_change: p.legal_change,
      ...(p.field_before !== undefined ? { field_before: p.field_before } : {}),
    })),
    replaced: diff.replaced.map((p) => ({
      code: p.code,
      replaces: p.replaces,
      name: p.name,
      field: p.field,
      field_name: p.field_name,
      replaces_name: p.replaces_name,
      elements: p.elements,
      changes: p.changes.map((c) => ({ path: c.path, before: c.before, after: c.after })),
    })),
    abolished: diff.abolished.map((p) => ({ code: p.code, name: p.name, field: p.field, field_name: p.field_name, by: p.by })),
    unchanged: diff.unchanged,
    moved: diff.moved.map((p) => ({ code: p.code, name: p.name, field: p.field, field_name: p.field_name, from: p.from })),
  };
  return JSON.stringify(out, null, 2) + "\n";
}
