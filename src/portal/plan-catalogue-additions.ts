import { textOf } from "../model/text-of.js";
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { Catalogue } from "../model/catalogue.js";
import type { FileKind } from "../model/file-kind.js";
import { SCHEMA_FILE } from "../model/file-kind.js";
import { bumpVersion } from "../rules/field-rules.js";
import type { ExistingNames } from "./build-imported-catalogue.js";
import type { ImportedProcedure } from "./imported-procedure.js";
import type { ImportResult } from "./import-records.js";
import { renderCatalogueYaml, renderListItems } from "./render-catalogue-yaml.js";

const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)/u;

export interface ExistingCatalogue {
  /** The catalogue's files, path relative to the catalogue folder → text. */
  files: ReadonlyMap<string, string>;
  /** Every procedure code the catalogue holds, with its file. */
  codes: ReadonlyMap<string, string>;
}

export interface AdditionsOptions {
  /** For the version of a field file the import creates ("2026.1"); an input, never the clock. */
  year: number;
  /** The schemas folder relative to the catalogue folder, for new files (default "../schemas"). */
  schemasDir?: string;
}

export interface CatalogueAdditions {
  /** Only the files that change or are new: path → full new text. */
  files: Map<string, string>;
  added: { code: string; file: string }[];
  /** Codes the catalogue already has: never touched (`tthc reconcile` shows how they differ). */
  present: { code: string; file: string }[];
  agencies: string[];
  documents: string[];
}

/** What `importRecords` needs to reuse an existing catalogue's agencies, fields and documents. */
export function existingNamesOf(catalogue: Pick<Catalogue, "agencies" | "documents" | "fields">): ExistingNames {
  return {
    agencies: catalogue.agencies,
    documents: catalogue.documents.map((d) => d.id),
    fields: catalogue.fields.map(({ field }) => ({ code: field.ma, name: field.ten })),
  };
}

/**
 * `tthc import --into`: what to add to a catalogue, as the texts to write. A procedure whose
 * code the catalogue lacks is appended to the file of its field (created when new, its version
 * bumped when it exists); the agencies and legal documents the added procedures need and the
 * catalogue lacks are appended to co-quan.yaml and van-ban.yaml. Existing text is never
 * re-serialised: new items are added after the last item of the list, with the list's own
 * indentation, so the file's comments and style stay as they are. `result` must come from
 * `importRecords(…, existingNamesOf(catalogue))`, so that its ids are the catalogue's.
 */
export function planCatalogueAdditions(result: ImportResult, existing: ExistingCatalogue, options: AdditionsOptions): CatalogueAdditions {
  const schemas = (options.schemasDir ?? "../schemas").replace(/\/+$/u, "");
  const out: CatalogueAdditions = { files: new Map(), added: [], present: [], agencies: [], documents: [] };
  const usedAgencies = new Set<string>();
  const usedDocuments = new Set<string>();
  for (const field of result.catalogue.fields) {
    const file = `linh-vuc/${field.code}.yaml`;
    const fresh: ImportedProcedure[] = [];
    for (const p of field.procedures) {
      const where = existing.codes.get(p.ma);
      if (where !== undefined) {
        out.present.push({ code: p.ma, file: where });
        continue;
      }
      fresh.push(p);
      out.added.push({ code: p.ma, file });
      for (const id of [p.co_quan?.tham_quyen, p.co_quan?.thuc_hien, ...(p.co_quan?.phoi_hop ?? [])]) if (id) usedAgencies.add(id);
      for (const id of p.can_cu_phap_ly ?? []) usedDocuments.add(id);
    }
    if (fresh.length === 0) continue;
    const comments = new Map<number, string>();
    fresh.forEach((p, i) => {
      const note = field.notes.get(p.ma);
      if (note) comments.set(i, note);
    });
    const text = existing.files.get(file);
    if (text === undefined) {
      // A new field file points at the schema the way the catalogue's other field files do.
      const sibling = [...existing.files].find(([rel, t]) => rel.startsWith("linh-vuc/") && SCHEMA_LINE.test(t));
      const schemaRef = sibling ? SCHEMA_LINE.exec(sibling[1])![1]! : `../${schemas}/${SCHEMA_FILE.field}`;
      out.files.set(
        file,
        renderCatalogueYaml(
          "field",
          { ma: field.code, ten: field.name, phien_ban: `${options.year}.1`, thu_tuc: fresh },
          {
            schemaRef,
            header: [`Lĩnh vực ${field.name}. Nhập từ dữ liệu của Cổng Dịch vụ công quốc gia bằng lệnh tthc import.`],
            itemComments: comments,
          },
        ),
      );
    } else {
      out.files.set(file, bumpFieldVersion(appendItems(text, "field", "thu_tuc", fresh, comments)));
    }
  }
  const agencies = result.catalogue.agencies.filter((a) => usedAgencies.has(a.id));
  if (agencies.length > 0) {
    out.agencies = agencies.map((a) => a.id);
    out.files.set(
      "co-quan.yaml",
      appendOrCreate(existing.files.get("co-quan.yaml"), "agencies", "co_quan", agencies, `${schemas}/${SCHEMA_FILE.agencies}`),
    );
  }
  const documents = result.catalogue.documents.filter((d) => usedDocuments.has(d.id));
  if (documents.length > 0) {
    out.documents = documents.map((d) => d.id);
    out.files.set(
      "van-ban.yaml",
      appendOrCreate(existing.files.get("van-ban.yaml"), "documents", "van_ban", documents, `${schemas}/${SCHEMA_FILE.documents}`),
    );
  }
  return out;
}

function appendOrCreate(text: string | undefined, kind: FileKind, key: string, items: unknown[], schemaRef: string): string {
  return text === undefined ? renderCatalogueYaml(kind, { [key]: items }, { schemaRef }) : appendItems(text, kind, key, items);
}

/**
 * The text with `items` added at the end of the top-level list `key`: after its last item when
 * it is a block list, in place of `[]` when it is empty, and as the list itself when the key is
 * missing or empty. Only a list written some other way (a non-empty flow list) makes the file
 * be written again through the yaml library, which keeps its comments.
 */
function appendItems(text: string, kind: FileKind, key: string, items: unknown[], comments?: ReadonlyMap<number, string>): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  const node = pair?.value as Node | null | undefined;
  const withBreak = text.endsWith("\n") ? text : `${text}\n`;
  if (!pair) return `${withBreak}${key}:\n${renderListItems(kind, key, items, 2, comments)}`;
  const keyStart = (pair.key as Node).range![0];
  const keyColumn = keyStart - (text.lastIndexOf("\n", keyStart - 1) + 1);
  if (isSeq(node) && !node.flow && node.items.length > 0 && node.range) {
    const dash = node.range[0];
    const indent = dash - (text.lastIndexOf("\n", dash - 1) + 1);
    const lineEnd = withBreak.indexOf("\n", Math.max(node.range[1] - 1, 0));
    const at = lineEnd < 0 ? withBreak.length : lineEnd + 1;
    return withBreak.slice(0, at) + renderListItems(kind, key, items, indent, comments) + withBreak.slice(at);
  }
  if (
    node === null ||
    node === undefined ||
    (isScalar(node) && node.value === null) ||
    (isSeq(node) && node.items.length === 0 && node.range)
  ) {
    // `key: []` or `key:` with nothing: the items replace the empty value, on the lines below.
    const valueStart = node && node.range ? node.range[0] : (pair.key as Node).range![1] + 1;
    const valueEnd = node && node.range ? node.range[1] : valueStart;
    const lineEnd = withBreak.indexOf("\n", keyStart);
    const rest = withBreak.slice(valueEnd, lineEnd).trim();
    const head = withBreak.slice(0, valueStart).trimEnd() + (rest === "" ? "" : ` ${rest}`);
    return `${head}\n${renderListItems(kind, key, items, keyColumn + 2, comments)}${withBreak.slice(lineEnd + 1)}`;
  }
  const list = doc.get(key, true);
  if (isSeq(list)) for (const item of items) list.add(doc.createNode(item));
  return doc.toString();
}

function bumpFieldVersion(text: string): string {
  const doc = parseDocument(text);
  const node = doc.get("phien_ban", true);
  if (!isScalar(node) || !node.range || node.value === null) return text;
  return text.slice(0, node.range[0]) + JSON.stringify(bumpVersion(textOf(node.value))) + text.slice(node.range[1]);
}
