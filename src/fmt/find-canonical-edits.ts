import { CST } from "yaml";
import { isListShape, type ListShape, type MapShape } from "./key-order.js";

/** Replace text[start, end) with `text` (offsets into the original text). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

type Item = CST.CollectionItem;

/** Plain scalars that are not text in YAML 1.2's core schema: quoting them would change the data. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)?$/;

/**
 * The edits that put one YAML document's mappings in canonical key order and quote its codes,
 * worked out on the concrete syntax tree so that everything else (comments, blank lines, flow
 * or block style, folded text, spacing) stays byte for byte as the person wrote it.
 *
 * Keys of a block mapping are moved as whole lines: a key takes with it the comment and blank
 * lines just above it and everything up to the end of its value's last line (a trailing comment
 * included). Lines are the unit because the parser keeps a line's indentation with the token
 * before it, so moving tokens would move indentation to the wrong line.
 */
export function findCanonicalEdits(text: string, document: CST.Document, shape: MapShape): Edit[] {
  return new EditFinder(text).forMap(document.value, shape, true);
}

class EditFinder {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }

  forValue(token: CST.Token | undefined, shape: MapShape | ListShape | undefined): Edit[] {
    if (!token || !shape) return [];
    if (!isListShape(shape)) return this.forMap(token, shape, false);
    const isSeq = token.type === "block-seq" || (token.type === "flow-collection" && token.start.source === "[");
    if (!isSeq) return [];
    return (token.items as Item[]).flatMap((item) => {
      if (shape.quotedItems) return this.quote(item.value);
      return this.forValue(item.value, shape.items);
    });
  }

  forMap(token: CST.Token | undefined, shape: MapShape, top: boolean): Edit[] {
    if (!token) return [];
    if (token.type === "block-map") return this.forBlockMap(token, shape, top);
    if (token.type === "flow-collection" && token.start.source === "{") return this.forFlowMap(token, shape);
    return [];
  }

  /** Items with a key, their key names, and the edits inside each; undefined when a key is not plain text. */
  private readItems(items: Item[], shape: MapShape): { items: Item[]; names: string[]; inner: Edit[] } | undefined {
    // An item with neither key nor value is a comment line standing at the end of the mapping.
    const keyed = items.filter((item) => item.key !== undefined || item.value !== undefined || item.sep !== undefined);
    const names: string[] = [];
    for (const item of keyed) {
      if (
        !item.key ||
        // A tag or anchor before a key stands in the item's start, apart from the key: moving
        // the key without it would change the data, so such a mapping keeps its order.
        item.start.some((token) => token.type === "tag" || token.type === "anchor") ||
        (item.key.type !== "scalar" && item.key.type !== "single-quoted-scalar" && item.key.type !== "double-quoted-scalar")
      ) {
        return undefined;
      }
      names.push(CST.resolveAsScalar(item.key)?.value ?? "");
    }
    const inner = keyed.flatMap((item, i) => {
      const name = names[i]!;
      if (shape.quoted?.includes(name)) return this.quote(item.value);
      return this.forValue(item.value, shape.children?.[name]);
    });
    return { items: keyed, names, inner };
  }

  /** Indices of the items in canonical order: known keys as the shape lists them, unknown ones after, in their order. */
  private canonicalOrder(names: string[], shape: MapShape): number[] | undefined {
    const rank = (i: number) => {
      const known = shape.keys.indexOf(names[i]!);
      return known >= 0 ? known : shape.keys.length + i;
    };
    const order = names.map((_, i) => i).sort((a, b) => rank(a) - rank(b));
    return order.every((v, i) => v === i) ? undefined : order;
  }

  private forBlockMap(map: CST.BlockMap, shape: MapShape, top: boolean): Edit[] {
    const read = this.readItems(map.items, shape);
    if (!read) return [];
    const { items, inner } = read;
    if (items.some((item) => (item as { explicitKey?: true }).explicitKey)) return inner;
    const order = this.canonicalOrder(read.names, shape);
    if (!order) return inner;

    const keyAt = items.map((item) => item.key!.offset);
    const firstKey = keyAt[0]!;
    const column = firstKey - this.lineStart(this.lineOf(firstKey));
    // "- ma: …": the first key shares its line with what holds the mapping.
    const inline = this.text.slice(firstKey - column, firstKey).trim() !== "";

    const starts: number[] = [];
    starts.push(top || inline ? (inline ? firstKey : this.lineStart(this.lineOf(firstKey))) : this.leadStart(this.lineOf(firstKey)));
    for (let i = 1; i < items.length; i++) starts.push(this.lineStart(this.lastContentLine(items[i - 1]!) + 1));
    const end = Math.min(this.text.length, this.lineStart(this.lastContentLine(items[items.length - 1]!) + 1));
    const pieces = items.map((_, i) => this.slice(starts[i]!, i + 1 < items.length ? starts[i + 1]! : end, inner));

    const out = order.map((from, to) => {
      let piece = pieces[from]!;
      if (!inline || from === to) return piece;
      if (from === 0) return " ".repeat(column) + piece;
      if (to === 0) {
        // After "- ": no blank line, and the first line (a comment or the key) loses its indentation.
        piece = piece.replace(/^(?:[ \t]*\n)+/, "");
        return piece.replace(/^[ \t]+/, "");
      }
      return piece;
    });
    return [{ start: starts[0]!, end, text: out.join("") }];
  }

  private forFlowMap(map: CST.FlowCollection, shape: MapShape): Edit[] {
    const read = this.readItems(map.items, shape);
    if (!read) return [];
    const { items, inner } = read;
    const order = this.canonicalOrder(read.names, shape);
    if (!order) return inner;
    // Each "key: value" moves; the separators (", ", spaces, comments between items) stay put.
    const ranges = items.map((item) => {
      const start = item.key!.offset;
      const end = Math.max(this.contentEnd(item.key), ...(item.sep ?? []).map((t) => this.contentEnd(t)), this.contentEnd(item.value)) + 1;
      return [start, end] as const;
    });
    return order.map((from, to) => {
      const [start, end] = ranges[to]!;
      const [fromStart, fromEnd] = ranges[from]!;
      return { start, end, text: this.slice(fromStart, fromEnd, inner) };
    });
  }

  /** A code written as plain or single-quoted text becomes double-quoted, keeping its source characters. */
  private quote(token: CST.Token | undefined): Edit[] {
    if (!token || (token.type !== "scalar" && token.type !== "single-quoted-scalar")) return [];
    const resolved = CST.resolveAsScalar(token);
    if (!resolved) return [];
    if (token.type === "scalar" && (NOT_TEXT.test(resolved.value) || resolved.value.includes("\n"))) return [];
    return [{ start: token.offset, end: token.offset + token.source.length, text: JSON.stringify(resolved.value) }];
  }

  /** The first line of the comment and blank lines directly above `line` (or `line` itself). */
  private leadStart(line: number): number {
    let first = line;
    while (first > 0 && this.isBlankOrComment(first - 1)) first--;
    return this.lineStart(first);
  }

  private isBlankOrComment(line: number): boolean {
    const content = this.text.slice(this.lineStart(line), this.lineStart(line + 1)).trim();
    return content === "" || content.startsWith("#");
  }

  /** The line of an item's last character that is not space or comment. */
  private lastContentLine(item: Item): number {
    return this.lineOf(this.itemEnd(item));
  }

  /** Offset of the last character of a token that is not space, line break or comment; -1 if none. */
  private contentEnd(token: CST.Token | undefined | null): number {
    if (!token) return -1;
    switch (token.type) {
      case "space":
      case "newline":
      case "comment":
        return -1;
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
      case "alias": {
        const own = token.source.length > 0 ? token.offset + token.source.length - 1 : -1;
        return Math.max(own, ...(token.end ?? []).map((t) => this.contentEnd(t)));
      }
      case "block-scalar": {
        const props = token.props as CST.SourceToken[];
        const header = Math.max(...props.map((t) => this.contentEnd(t)));
        const last = props[props.length - 1];
        const sourceStart = last ? last.offset + last.source.length : token.offset;
        const body = token.source.replace(/\s+$/u, "");
        return body.length > 0 ? sourceStart + body.length - 1 : header;
      }
      case "block-map":
      case "block-seq":
        return Math.max(-1, ...(token.items as Item[]).map((item) => this.itemEnd(item)));
      case "flow-collection":
        return Math.max(
          this.contentEnd(token.start),
          ...token.items.map((item) => this.itemEnd(item)),
          ...token.end.map((t) => this.contentEnd(t)),
        );
      case "document":
        return Math.max(-1, ...token.start.map((t) => this.contentEnd(t)), this.contentEnd(token.value));
      default: {
        // Indicators (":", "-", "{", ","), anchors, tags, directives: content of one line.
        const other = token as { offset: number; source?: string };
        return other.offset + Math.max(0, (other.source?.length ?? 1) - 1);
      }
    }
  }

  private itemEnd(item: Item): number {
    return Math.max(
      ...item.start.map((t) => this.contentEnd(t)),
      this.contentEnd(item.key ?? undefined),
      ...(item.sep ?? []).map((t) => this.contentEnd(t)),
      this.contentEnd(item.value),
    );
  }

  /** The original text of [start, end) with the edits that fall inside it applied. */
  private slice(start: number, end: number, edits: Edit[]): string {
    let out = "";
    let at = start;
    for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
      if (edit.start < start || edit.end > end) continue;
      out += this.text.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    return out + this.text.slice(at, end);
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private lineStart(line: number): number {
    return line < this.lineStarts.length ? this.lineStarts[line]! : this.text.length;
  }
}

/** Applies non-overlapping edits to the text. */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = "";
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
