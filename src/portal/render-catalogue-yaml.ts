import { Document, isMap, isScalar, isSeq, Scalar, type Node } from "yaml";
import type { FileKind } from "../model/file-kind.js";
import { isListShape, keyOrder, type ListShape, type MapShape } from "../fmt/key-order.js";

export interface RenderOptions {
  /** Comment lines at the top, after the `# yaml-language-server: $schema=` line. */
  header?: string[];
  /** The schema path, relative to the file's folder. */
  schemaRef: string;
  /** Comment lines above an item of the file's main list (thu_tuc, co_quan, van_ban), by index. */
  itemComments?: ReadonlyMap<number, string>;
}

/** Lists written on one line, as the bundled catalogue writes them: `cap: [xa]`. */
const FLOW_LISTS = new Set(["cap", "doi_tuong", "can_cu_phap_ly", "phoi_hop", "thanh_phan_lien_thong", "sang", "chieu"]);
const FLOW_LIST_WIDTH = 72;
/** Mappings written on one line: a channel's own deadline, a calendar day. */
const FLOW_MAPS = new Set(["cach_thuc.thoi_han", "ngay_nghi.item", "ngay_lam_bu.item"]);

/** Long enough that most names stay on one line; the yaml library folds longer plain text. */
const LINE_WIDTH = 100;

/**
 * Data of one catalogue file → its canonical text: keys in the order `tthc fmt` writes
 * (src/fmt/key-order.ts), codes double-quoted, NFC, the schema line first, one final line
 * break. `formatCatalogueText` leaves the result unchanged; the same data always gives the same
 * bytes.
 */
export function renderCatalogueYaml(kind: FileKind, data: Record<string, unknown>, options: RenderOptions): string {
  const shape = keyOrder(kind);
  const doc = new Document(ordered(data, shape));
  styleMap(doc.contents, shape, "");
  doc.commentBefore = [` yaml-language-server: $schema=${options.schemaRef}`, ...(options.header ?? []).map((l) => ` ${l}`)].join("\n");
  const listKey = kind === "field" ? "thu_tuc" : kind === "agencies" ? "co_quan" : kind === "documents" ? "van_ban" : undefined;
  if (listKey && options.itemComments) {
    const list = doc.get(listKey, true);
    if (isSeq(list)) {
      list.items.forEach((item, i) => {
        const comment = options.itemComments!.get(i);
        if (comment && item && typeof item === "object")
          (item as Node).commentBefore = comment
            .split("\n")
            .map((l) => ` ${l}`)
            .join("\n");
      });
    }
  }
  return doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40, flowCollectionPadding: false }).normalize("NFC");
}

/**
 * The items of a main list rendered as they stand in the file (`  - ma: …` lines), for
 * appending to an existing file: the list's own text without its key line.
 */
export function renderListItems(
  kind: FileKind,
  listKey: string,
  items: unknown[],
  indent: number,
  itemComments?: ReadonlyMap<number, string>,
): string {
  const text = renderCatalogueYaml(kind, { [listKey]: items }, { schemaRef: "x", itemComments });
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${listKey}:`));
  const body = lines.slice(start + 1).filter((l, i, all) => i < all.length - 1 || l !== "");
  // The library indents list items by two under their key; the file may use another indent.
  const shift = indent - 2;
  return body.map((l) => (l === "" ? l : shift >= 0 ? " ".repeat(shift) + l : l.slice(-shift))).join("\n") + "\n";
}

/** A copy with the keys of every known mapping in canonical order (unknown keys after). */
function ordered(value: unknown, shape: MapShape | ListShape | undefined): unknown {
  if (Array.isArray(value)) {
    const items = shape && isListShape(shape) ? shape.items : undefined;
    return value.map((v) => ordered(v, items));
  }
  if (value === null || typeof value !== "object") return value;
  const map = shape && !isListShape(shape) ? shape : undefined;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source).filter((k) => source[k] !== undefined);
  const rank = (k: string) => {
    const i = map?.keys.indexOf(k) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  keys.sort((a, b) => rank(a) - rank(b));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = ordered(source[k], map?.children?.[k]);
  return out;
}

function styleMap(node: Node | null | undefined, shape: MapShape | undefined, parent: string): void {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = pair.value as Node | null;
    const child = shape?.children?.[key];
    if (isScalar(value) && typeof value.value === "string" && (shape?.quoted?.includes(key) || isClockTime(value.value)))
      value.type = Scalar.QUOTE_DOUBLE;
    if (isSeq(value)) {
      // One line while it fits; a long list of documents reads better one item a line.
      if (
        FLOW_LISTS.has(key) &&
        value.items.reduce<number>((n, item) => n + String(isScalar(item) ? item.value : "").length + 2, 0) <= FLOW_LIST_WIDTH
      )
        value.flow = true;
      const items = child && isListShape(child) ? child.items : undefined;
      for (const item of value.items) {
        if (isMap(item)) {
          if (FLOW_MAPS.has(`${key}.item`)) item.flow = true;
          styleMap(item, items, key);
        } else if (isScalar(item) && ((child && isListShape(child) && child.quotedItems) || isClockTime(item.value)))
          item.type = Scalar.QUOTE_DOUBLE;
      }
    } else if (isMap(value)) {
      if (FLOW_MAPS.has(`${parent}.${key}`)) value.flow = true;
      styleMap(value, child && !isListShape(child) ? child : undefined, key);
    }
  }
}

/** "07:30": quoted as the bundled files do, so that a YAML 1.1 reader never takes it for a number. */
function isClockTime(value: unknown): boolean {
  return typeof value === "string" && /^\d{1,2}:\d{2}$/u.test(value);
}
