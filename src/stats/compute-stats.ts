import type { Catalogue, Kind, Level, OnlineLevel, Procedure } from "../model/catalogue.js";
import { isInForce, listProcedures } from "../model/procedure.js";
import { KIND_WORDS, LEVEL_WORDS } from "../words/enum-words.js";
import type { CatalogueStats, CountRow, OnlineCounts } from "./catalogue-stats.js";

const LEVELS: Level[] = ["bo", "tinh", "huyen", "xa"];
const KINDS: Kind[] = ["thong_thuong", "lien_thong", "noi_bo"];

/** Share in percent with one decimal; 0 when there is nothing to share. */
export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}

function onlineLevelOf(p: Procedure): OnlineLevel {
  return p.dich_vu_cong?.muc_do ?? "khong";
}

/** A fee item counts when it charges money: so_tien > 0, or no so_tien (set elsewhere). */
function feeKind(p: Procedure): "none" | "amount" | "elsewhere" {
  const fees = p.phi_le_phi ?? [];
  if (fees.some((f) => typeof f.so_tien === "number" && f.so_tien > 0)) return "amount";
  if (fees.some((f) => f.so_tien === undefined || f.so_tien === null)) return "elsewhere";
  return "none";
}

/**
 * The catalogue as offices report it (docs/domain.md §7): procedures in force by field, level,
 * agency and kind, online levels, postal service and fees. Abolished procedures are counted
 * apart and nowhere else.
 */
export function computeStats(catalogue: Catalogue): CatalogueStats {
  const placed = listProcedures(catalogue);
  const inForce = placed.filter((p) => isInForce(p.procedure));
  const total = inForce.length;
  const row = (key: string, name: string, count: number): CountRow => ({ key, name, count, percent: percentOf(count, total) });

  const fieldCounts = new Map<string, number>();
  for (const p of inForce) fieldCounts.set(p.field, (fieldCounts.get(p.field) ?? 0) + 1);
  // Every field file, in catalogue order, even one whose procedures are all abolished (count 0).
  const by_field = catalogue.fields.map(({ field }) => row(field.ma, field.ten, fieldCounts.get(field.ma) ?? 0));

  const levelCounts = new Map<Level, number>();
  let multi_level = 0;
  for (const p of inForce) {
    const levels = new Set(p.procedure.cap ?? []);
    if (levels.size > 1) multi_level += 1;
    for (const level of levels) levelCounts.set(level, (levelCounts.get(level) ?? 0) + 1);
  }
  // Row names are data, in Vietnamese like field and agency names.
  const by_level = LEVELS.map((level) => row(level, LEVEL_WORDS[level].label.vi, levelCounts.get(level) ?? 0));

  const agencyCounts = new Map<string, number>();
  for (const p of inForce) {
    const id = p.procedure.co_quan?.tham_quyen ?? "";
    agencyCounts.set(id, (agencyCounts.get(id) ?? 0) + 1);
  }
  const agencyOrder = new Map(catalogue.agencies.map((a, i) => [a.id, i]));
  const agencyName = new Map(catalogue.agencies.map((a) => [a.id, a.ten]));
  // Largest first, as offices list them; ties in the order of co-quan.yaml, unknown ids last.
  const by_agency = [...agencyCounts.entries()]
    .sort(([a, x], [b, y]) => y - x || (agencyOrder.get(a) ?? Infinity) - (agencyOrder.get(b) ?? Infinity) || a.localeCompare(b))
    .map(([id, count]) => row(id, agencyName.get(id) ?? id, count));

  const kindCounts = new Map<Kind, number>();
  for (const p of inForce) {
    const kind = p.procedure.loai ?? "thong_thuong";
    kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
  }
  const by_kind = KINDS.map((kind) => row(kind, KIND_WORDS[kind].label.vi, kindCounts.get(kind) ?? 0));

  const online: OnlineCounts = { toan_trinh: 0, mot_phan: 0, khong: 0 };
  for (const p of inForce) online[onlineLevelOf(p.procedure)] += 1;
  const online_any = online.toan_trinh + online.mot_phan;

  const postal = inForce.filter((p) => (p.procedure.cach_thuc ?? []).some((c) => c.kenh === "buu_chinh")).length;
  const fees = inForce.map((p) => feeKind(p.procedure));
  const with_fee = fees.filter((f) => f !== "none").length;

  return {
    catalogue: catalogue.label,
    total,
    abolished: placed.length - total,
    by_field,
    by_level,
    multi_level,
    by_agency,
    by_kind,
    online,
    online_percent: {
      toan_trinh: percentOf(online.toan_trinh, total),
      mot_phan: percentOf(online.mot_phan, total),
      khong: percentOf(online.khong, total),
    },
    online_any,
    online_any_percent: percentOf(online_any, total),
    postal,
    postal_percent: percentOf(postal, total),
    with_fee,
    with_fee_percent: percentOf(with_fee, total),
    with_fee_amount_elsewhere: fees.filter((f) => f === "elsewhere").length,
  };
}
