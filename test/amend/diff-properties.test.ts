// Properties of the structured diff over generated catalogues: a catalogue against itself has
// no difference, and diff(a, b) mirrors diff(b, a). HEAD is made from BASE by edits (remove,
// add, move, reword, reorder…) so that, as in real amendments, the steps that stay keep their
// order; that is what makes the alignment of steps unique and the mirror exact.

import fc from "fast-check";
import { propertyRuns } from "../support/property-runs.js";
import { describe, expect, test } from "vitest";
import type { Change, CatalogueDiff } from "../../src/amend/catalogue-diff.js";
import { diffCatalogues } from "../../src/amend/diff-catalogues.js";
import type { ChannelKind, DeadlineUnit, Field, Procedure } from "../../src/model/catalogue.js";
import { makeCatalogue, makeProcedure } from "../support/builders.js";

const WORDS = [
  "nộp",
  "hồ",
  "sơ",
  "kiểm",
  "tra",
  "công",
  "chức",
  "trả",
  "kết",
  "quả",
  "xác",
  "minh",
  "Đăng",
  "ký",
  "bản",
  "sao",
  "giấy",
  "tờ",
  "ủy",
  "ban",
  "xã",
  "trích",
  "lục",
  "tiếp",
  "nhận",
];
const COMPONENTS = ["Tờ khai theo mẫu", "Giấy tờ tùy thân", "Giấy chứng sinh", "Giấy báo tử", "Bản sao sổ hộ khẩu", "Giấy xác nhận cư trú"];
const FEES = ["Lệ phí đăng ký", "Phí cấp bản sao", "Phí thẩm định"];
const RESULTS = ["Giấy khai sinh", "Trích lục hộ tịch", "Bản sao được chứng thực", "Văn bản trả lời"];
const DOCS = ["60/2014/QH13", "123/2015/ND-CP", "87/2020/ND-CP", "04/2020/TT-BTP"];
const UNITS: DeadlineUnit[] = ["ngay_lam_viec", "ngay", "gio"];
const CHANNELS: ChannelKind[] = ["truc_tiep", "truc_tuyen", "buu_chinh"];
const FIELDS = ["ho-tich", "chung-thuc"];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 7 }).map((w) => w.join(" "));

/** A procedure; every step ends with a token of its own, so no two steps read the same. */
const procedureArb = fc
  .record({
    ten: words,
    steps: fc.array(words, { minLength: 1, maxLength: 5 }),
    gia_tri: fc.integer({ min: 1, max: 30 }),
    don_vi: fc.constantFrom(...UNITS),
    components: fc.uniqueArray(fc.constantFrom(...COMPONENTS), { minLength: 1, maxLength: 4 }),
    fees: fc.uniqueArray(fc.record({ ten: fc.constantFrom(...FEES), so_tien: fc.integer({ min: 0, max: 100 }).map((n) => n * 1000) }), {
      selector: (f) => f.ten,
      maxLength: 2,
    }),
    channels: fc.shuffledSubarray(CHANNELS, { minLength: 1 }),
    ket_qua: fc.uniqueArray(fc.constantFrom(...RESULTS), { maxLength: 3 }),
    can_cu: fc.uniqueArray(fc.constantFrom(...DOCS), { minLength: 1, maxLength: 3 }),
    field: fc.constantFrom(...FIELDS),
  })
  .map((r) => (ma: string) => ({
    field: r.field,
    // Commune level, ubnd-xa-a, for citizens, no form and no condition: makeProcedure's.
    procedure: makeProcedure({
      ma,
      ten: `Thủ tục ${r.ten}`,
      trinh_tu: r.steps.map((s, k) => ({ mo_ta: `${s} b${ma}x${k}`, chu_the: k % 2 === 0 ? "nguoi_dan" : "co_quan" })),
      thoi_han: { gia_tri: r.gia_tri, don_vi: r.don_vi },
      cach_thuc: r.channels.map((kenh) => ({ kenh })),
      thanh_phan_ho_so: r.components.map((ten, k) => ({ ten, ban_chinh: 1, ban_sao: k % 2 })),
      ket_qua: r.ket_qua,
      phi_le_phi: r.fees,
      can_cu_phap_ly: r.can_cu,
    }),
  }));

type Placed = { field: string; procedure: Procedure };

const catalogueArb = fc
  .array(procedureArb, { minLength: 1, maxLength: 6 })
  .map((makers) => makers.map((make, i) => make(`1.${String(i + 1).padStart(6, "0")}`)));

const editArb = fc.record({
  kind: fc.constantFrom(
    "remove",
    "add",
    "move",
    "deadline",
    "rename",
    "dropComponent",
    "addComponent",
    "fee",
    "reorder",
    "insertStep",
    "removeStep",
    "rewordStep",
    "result",
    "record",
  ),
  target: fc.nat(),
  at: fc.nat(),
  value: fc.integer({ min: 1, max: 99 }),
  text: words,
  extra: procedureArb,
});

/** HEAD from BASE: the edits applied, in order, to a copy. */
type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function applyEdits(base: Placed[], edits: Edit[]): Placed[] {
  const head = structuredClone(base);
  edits.forEach((edit, n) => {
    if (edit.kind === "add") {
      head.splice(edit.at % (head.length + 1), 0, edit.extra(`2.${String(n + 1).padStart(6, "0")}`));
      return;
    }
    if (head.length === 0) return;
    const placed = head[edit.target % head.length]!;
    const p = placed.procedure;
    switch (edit.kind) {
      case "remove":
        head.splice(edit.target % head.length, 1);
        break;
      case "move":
        placed.field = placed.field === FIELDS[0] ? FIELDS[1]! : FIELDS[0]!;
        break;
      case "deadline":
        p.thoi_han.gia_tri = edit.value;
        break;
      case "rename":
        p.ten = `${p.ten} ${edit.text}`;
        break;
      case "dropComponent":
        if (p.thanh_phan_ho_so.length > 1) p.thanh_phan_ho_so.splice(edit.at % p.thanh_phan_ho_so.length, 1);
        break;
      case "addComponent": {
        const name = COMPONENTS.find((c) => !p.thanh_phan_ho_so.some((x) => x.ten === c));
        if (name) p.thanh_phan_ho_so.splice(edit.at % (p.thanh_phan_ho_so.length + 1), 0, { ten: name, ban_chinh: 2 });
        break;
      }
      case "fee":
        if (p.phi_le_phi[0]) p.phi_le_phi[0].so_tien = edit.value * 500;
        break;
      case "reorder":
        p.thanh_phan_ho_so.reverse();
        p.cach_thuc.reverse();
        p.phi_le_phi.reverse();
        p.ket_qua.reverse();
        p.can_cu_phap_ly.reverse();
        break;
      case "insertStep":
        p.trinh_tu.splice(edit.at % (p.trinh_tu.length + 1), 0, { mo_ta: `${edit.text} moi${n}`, chu_the: "co_quan" });
        break;
      case "removeStep":
        if (p.trinh_tu.length > 1) p.trinh_tu.splice(edit.at % p.trinh_tu.length, 1);
        break;
      case "rewordStep": {
        const step = p.trinh_tu[edit.at % p.trinh_tu.length]!;
        step.mo_ta = `${step.mo_ta} lại`;
        break;
      }
      case "result": {
        const item = RESULTS[edit.at % RESULTS.length]!;
        p.ket_qua = p.ket_qua.includes(item) ? p.ket_qua.filter((r) => r !== item) : [...p.ket_qua, item];
        break;
      }
      case "record":
        p.so_ho_so_nam = edit.value;
        break;
    }
  });
  return head;
}

function catalogueOf(label: string, placed: Placed[]) {
  const fields: Field[] = FIELDS.map((ma) => ({
    ma,
    ten: ma,
    phien_ban: "1",
    thu_tuc: placed.filter((p) => p.field === ma).map((p) => p.procedure),
  }));
  return makeCatalogue({ label, fields });
}

/** A change seen from the other side, with a step's index (which side's it is differs) blanked. */
function mirrored(c: Change): string {
  const path = c.path.map((s, i) => (i === 1 && c.path[0] === "trinh_tu" ? "#" : s));
  return JSON.stringify({ path, before: c.after, after: c.before });
}
function plain(c: Change): string {
  const path = c.path.map((s, i) => (i === 1 && c.path[0] === "trinh_tu" ? "#" : s));
  return JSON.stringify({ path, before: c.before, after: c.after });
}

const sorted = (xs: string[]) => [...xs].sort();
const refs = (xs: Array<{ code: string; name: string }>) => sorted(xs.map((x) => `${x.code} ${x.name}`));

function isEmpty(diff: CatalogueDiff): boolean {
  return [diff.added, diff.amended, diff.replaced, diff.abolished, diff.moved].every((list) => list.length === 0);
}

describe("properties", () => {
  test("diff(a, a) is empty", () => {
    fc.assert(
      fc.property(catalogueArb, (placed) => {
        const a = catalogueOf("a", placed);
        const diff = diffCatalogues(a, structuredClone(a));
        expect(isEmpty(diff)).toBe(true);
        expect(diff.unchanged).toBe(placed.length);
      }),
      propertyRuns(200),
    );
  });

  test("diff(a, b) mirrors diff(b, a)", () => {
    fc.assert(
      fc.property(catalogueArb, fc.array(editArb, { maxLength: 8 }), (placed, edits) => {
        const a = catalogueOf("a", placed);
        const b = catalogueOf("b", applyEdits(placed, edits));
        const forward = diffCatalogues(a, b);
        const backward = diffCatalogues(b, a);
        expect(forward.replaced).toEqual([]);
        expect(backward.replaced).toEqual([]);
        // Added one way is abolished by removal the other way.
        expect(refs(forward.added)).toEqual(refs(backward.abolished));
        expect(refs(backward.added)).toEqual(refs(forward.abolished));
        expect([...forward.abolished, ...backward.abolished].every((p) => p.by === "removal")).toBe(true);
        expect(forward.unchanged).toBe(backward.unchanged);
        expect(sorted(forward.moved.map((m) => `${m.code} ${m.from}→${m.field}`))).toEqual(
          sorted(backward.moved.map((m) => `${m.code} ${m.field}→${m.from}`)),
        );
        // Amended both ways, with the same elements and every change swapped.
        expect(sorted(forward.amended.map((p) => p.code))).toEqual(sorted(backward.amended.map((p) => p.code)));
        for (const f of forward.amended) {
          const g = backward.amended.find((p) => p.code === f.code)!;
          expect(g.elements).toEqual(f.elements);
          expect(g.legal_change).toBe(f.legal_change);
          expect(g.field_before ?? g.field).toBe(f.field);
          expect(sorted(g.changes.map(plain))).toEqual(sorted(f.changes.map(mirrored)));
        }
      }),
      propertyRuns(300),
    );
  });

  test("reordering every keyed list and set reports nothing", () => {
    fc.assert(
      fc.property(catalogueArb, (placed) => {
        const edits = placed.map((_, target) => ({ kind: "reorder" as const, target, at: 0, value: 1, text: "", extra: () => placed[0]! }));
        const diff = diffCatalogues(catalogueOf("a", placed), catalogueOf("b", applyEdits(placed, edits)));
        expect(isEmpty(diff)).toBe(true);
      }),
      propertyRuns(100),
    );
  });

  test("inserting one step reports that step alone", () => {
    fc.assert(
      fc.property(catalogueArb, fc.nat(), words, (placed, at, text) => {
        const edits = [{ kind: "insertStep" as const, target: 0, at, value: 1, text, extra: () => placed[0]! }];
        const diff = diffCatalogues(catalogueOf("a", placed), catalogueOf("b", applyEdits(placed, edits)));
        expect(diff.amended).toHaveLength(1);
        const [change] = diff.amended[0]!.changes;
        expect(diff.amended[0]!.changes).toHaveLength(1);
        expect(change!.before).toBeNull();
        expect(change!.path).toEqual(["trinh_tu", at % (placed[0]!.procedure.trinh_tu.length + 1)]);
      }),
      propertyRuns(200),
    );
  });
});
