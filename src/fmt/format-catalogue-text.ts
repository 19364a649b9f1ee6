import { parseDocument, Parser, type CST } from "yaml";
import type { FileKind } from "../model/file-kind.js";
import type { Problem } from "../model/problem.js";
import { parseYaml } from "../parse/parse-yaml.js";
import { applyEdits, findCanonicalEdits } from "./find-canonical-edits.js";
import { keyOrder } from "./key-order.js";

export interface FormatOptions {
  /** The schema path for the `# yaml-language-server: $schema=` line, when the file has none. */
  schemaRef?: string;
  /**
   * Whether the schema reference a file already has works (a web address, or a path to a schema
   * that exists). A line that works is kept as written; one that does not is replaced by
   * `schemaRef` when there is one. Without this, every line is kept.
   */
  schemaRefWorks?: (ref: string) => boolean;
}

/** Why a text cannot be formatted: problems positioned (line, column) in the text as given. */
export type FormatResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=/;

/**
 * One catalogue file's text in canonical form (docs/format.md): NFC everywhere (keys,
 * values, comments), keys in the order of the format's examples with unknown keys after the
 * known ones, procedure codes, replaced codes, liên thông codes and the field's phien_ban as
 * double-quoted text (from their source characters: an unquoted 1.001190 becomes "1.001190"),
 * the `# yaml-language-server: $schema=` line first, a final line break. Nothing else moves:
 * comments, blank lines, quoting and folding of other values stay as written. Line endings stay
 * as they were (CRLF or LF); a byte-order mark is dropped.
 *
 * A text that does not parse is refused with its problems; so is the (never expected) case of
 * a result whose data differs from the input's, so that a bug can never damage a file.
 */
export function formatCatalogueText(input: string, kind: FileKind | undefined, options: FormatOptions = {}): FormatResult {
  const withoutBom = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const parsed = parseYaml(withoutBom);
  if (parsed.problems.length > 0) {
    return {
      ok: false,
      problems: parsed.problems.map((problem) => ({ ...problem, file: "", ...positionOf(withoutBom, problem.range?.[0] ?? 0) })),
    };
  }
  const crlf = withoutBom.includes("\r\n");
  let text = withoutBom.replace(/\r\n/g, "\n").normalize("NFC");
  if (text.length > 0 && !text.endsWith("\n")) text += "\n";

  let out = text;
  if (kind !== undefined) {
    const documents = [...new Parser().parse(text)].filter((t): t is CST.Document => t.type === "document");
    if (documents.length === 1) out = applyEdits(text, findCanonicalEdits(text, documents[0]!, keyOrder(kind)));
    out = placeSchemaLine(out, options.schemaRef, options.schemaRefWorks);
  }

  if (!sameData(text, out)) {
    return {
      ok: false,
      problems: [
        {
          rule: "fmt-unsafe",
          file: "",
          path: [],
          line: 1,
          column: 1,
          message: {
            vi: "tthc không định dạng được tệp này một cách an toàn nên để nguyên tệp (đây là lỗi phần mềm, xin báo lại kèm tệp).",
            en: "tthc could not format this file safely, so it left it unchanged (this is a bug, please report it with the file).",
          },
        },
      ],
    };
  }
  return { ok: true, text: crlf ? out.replace(/\n/g, "\r\n") : out };
}

/**
 * The schema line first: moved up from the leading comments, kept as written when it works,
 * replaced when it points nowhere and a working one is known, or added when missing.
 */
function placeSchemaLine(text: string, schemaRef: string | undefined, works: (ref: string) => boolean = () => true): string {
  const lines = text.split("\n");
  const line = (ref: string) => `# yaml-language-server: $schema=${ref}`;
  const keep = (found: string) => {
    const ref = found.replace(SCHEMA_LINE, "").trim();
    return schemaRef === undefined || works(ref) ? found : line(schemaRef);
  };
  for (let i = 0; i < lines.length; i++) {
    const current = lines[i]!.trim();
    if (SCHEMA_LINE.test(current)) {
      const [found] = lines.splice(i, 1);
      return [keep(i === 0 ? found! : current), ...lines].join("\n");
    }
    if (current !== "" && !current.startsWith("#")) break;
  }
  if (schemaRef === undefined) return text;
  return `${line(schemaRef)}\n${text}`;
}

/**
 * Whether two texts hold the same data, every scalar read as its text (YAML's failsafe
 * schema): quoting a code changes its type on purpose, never its characters.
 */
function sameData(a: string, b: string): boolean {
  const read = (text: string) => {
    const doc = parseDocument(text, { version: "1.2", schema: "failsafe", uniqueKeys: true });
    return doc.errors.length > 0 ? Symbol("error") : (doc.toJS() as unknown);
  };
  return deepEqual(read(a), read(b));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}
