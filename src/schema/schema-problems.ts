import { textOf } from "../model/text-of.js";
import type { ErrorObject } from "ajv";
import type { Problem } from "../model/problem.js";
import type { JsonPath } from "../model/problem.js";
import type { Text } from "../model/lang.js";

type SchemaNode = {
  title?: string;
  "x-title-en"?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  oneOf?: SchemaNode[];
  const?: unknown;
  examples?: unknown[];
  pattern?: string;
};

/** "/thu_tuc/3/ma" → ["thu_tuc", 3, "ma"] (JSON Pointer, RFC 6901). */
export function pointerToPath(pointer: string): JsonPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function lastKey(path: JsonPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i];
    if (typeof s === "string") return s;
  }
  return "";
}

function label(schema: SchemaNode | undefined, path: JsonPath): Text {
  const key = lastKey(path);
  return {
    vi: schema?.title ? `${schema.title}${key ? ` (${key})` : ""}` : key || "tệp",
    en: schema?.["x-title-en"] ? `${schema["x-title-en"]}${key ? ` (${key})` : ""}` : key || "the file",
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The allowed key nearest to a typo, if it is near enough to be what the person meant. */
export function suggestKey(typo: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const key of allowed) {
    const d = distance(typo.toLowerCase(), key);
    if (d < bestDistance) {
      best = key;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(typo.length / 3)) ? best : undefined;
}

const TYPE_VI: Record<string, string> = {
  string: "văn bản",
  number: "số",
  integer: "số nguyên",
  boolean: "đúng/sai (true/false)",
  array: "danh sách (mỗi mục bắt đầu bằng dấu -)",
  object: "nhóm khóa (khóa: giá trị)",
  null: "để trống (null)",
};
const TYPE_EN: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list (items start with -)",
  object: "a mapping (key: value)",
  null: "empty (null)",
};

function describeValue(data: unknown, lang: "vi" | "en" = "vi"): string {
  if (data === null) return lang === "en" ? "empty" : "trống";
  if (typeof data === "string") return `"${data.length > 40 ? `${data.slice(0, 40)}…` : data}"`;
  if (Array.isArray(data)) return "[…]";
  if (typeof data === "object") return "{…}";
  return textOf(data);
}

function typeList(types: unknown, table: Record<string, string>, or: string): string {
  const list = (Array.isArray(types) ? types : [types]).map((t) => table[String(t)] ?? String(t));
  return list.join(` ${or} `);
}

function exampleOf(schema: SchemaNode | undefined): string | undefined {
  const example = schema?.examples?.[0];
  return example === undefined ? undefined : textOf(example);
}

/** One ajv error → one finding, in words a legal officer understands. */
function toFinding(error: ErrorObject): Omit<Problem, "file"> | undefined {
  const path = pointerToPath(error.instancePath);
  const parent = error.parentSchema as SchemaNode | undefined;
  const data = error.data;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const name = label(parent?.properties?.[missing], [missing]);
      return {
        rule: "required",
        path: [...path, missing],
        message: {
          vi: `Thiếu ${name.vi}. Thêm khóa ${missing} vào mục này.`,
          en: `Missing ${name.en}. Add the key ${missing} here.`,
        },
      };
    }
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const near = suggestKey(key, allowed);
      const hintVi = near
        ? `Có phải ý bạn là "${near}"${parent?.properties?.[near]?.title ? ` (${parent.properties[near].title})` : ""}?`
        : `Các khóa được phép: ${allowed.join(", ")}.`;
      const hintEn = near ? `Did you mean "${near}"?` : `Allowed keys: ${allowed.join(", ")}.`;
      return {
        rule: "unknown-key",
        path: [...path, key],
        at: "key",
        message: {
          vi: `Khóa "${key}" không có trong định dạng danh mục. ${hintVi}`,
          en: `Unknown key "${key}". ${hintEn}`,
        },
      };
    }
    case "type": {
      const name = label(parent, path);
      const expected = params.type;
      const wantsText = (Array.isArray(expected) ? expected : [expected]).includes("string");
      if (wantsText && typeof data === "number") {
        return {
          rule: "unquoted-code",
          path,
          message: {
            vi: `${capitalise(name.vi)} phải là văn bản, nhưng YAML đọc {source} thành số ${data}. Hãy đặt trong ngoặc kép: "{source}".`,
            en: `${capitalise(name.en)} must be text, but YAML reads {source} as the number ${data}. Quote it: "{source}".`,
          },
        };
      }
      return {
        rule: "wrong-type",
        path,
        message: {
          vi: `${capitalise(name.vi)} phải là ${typeList(expected, TYPE_VI, "hoặc")}, không phải ${describeValue(data)}.`,
          en: `${capitalise(name.en)} must be ${typeList(expected, TYPE_EN, "or")}, not ${describeValue(data, "en")}.`,
        },
      };
    }
    case "format": {
      const name = label(parent, path);
      if (params.format === "date") {
        return {
          rule: "invalid-date",
          path,
          message: {
            vi: `${capitalise(name.vi)}: ngày ${describeValue(data)} không có thật hoặc sai dạng. Viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-02-28.`,
            en: `${capitalise(name.en)}: ${describeValue(data, "en")} is not a real date or not in the form YYYY-MM-DD (e.g. 2026-02-28).`,
          },
        };
      }
      return {
        rule: "invalid-format",
        path,
        message: {
          vi: `${capitalise(name.vi)}: ${describeValue(data)} sai dạng (cần ${String(params.format)}${params.format === "uri" ? ", ví dụ https://dichvucong.gov.vn/…" : ""}).`,
          en: `${capitalise(name.en)}: ${describeValue(data, "en")} is not a valid ${String(params.format)}.`,
        },
      };
    }
    case "pattern": {
      const name = label(parent, path);
      const example = exampleOf(parent);
      return {
        rule: "invalid-pattern",
        path,
        message: {
          vi: `${capitalise(name.vi)} ${describeValue(data)} sai dạng${example ? `; viết như ví dụ: ${example}` : ` (mẫu ${String(params.pattern)})`}.`,
          en: `${capitalise(name.en)} ${describeValue(data, "en")} has the wrong form${example ? `; write it like ${example}` : ` (pattern ${String(params.pattern)})`}.`,
        },
      };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const name = label(parent, path);
      const op = {
        minimum: ["≥", "at least"],
        maximum: ["≤", "at most"],
        exclusiveMinimum: [">", "more than"],
        exclusiveMaximum: ["<", "less than"],
      }[error.keyword];
      return {
        rule: "out-of-range",
        path,
        message: {
          vi: `${capitalise(name.vi)} ${describeValue(data)} không hợp lệ: phải ${op[0]} ${String(params.limit)}.`,
          en: `${capitalise(name.en)} ${describeValue(data, "en")} is out of range: must be ${op[1]} ${String(params.limit)}.`,
        },
      };
    }
    case "minItems": {
      const name = label(parent, path);
      return {
        rule: "too-few-items",
        path,
        message: {
          vi: `${capitalise(name.vi)} cần ít nhất ${String(params.limit)} mục.`,
          en: `${capitalise(name.en)} needs at least ${String(params.limit)} item(s).`,
        },
      };
    }
    case "maxItems": {
      const name = label(parent, path);
      return {
        rule: "too-many-items",
        path,
        message: {
          vi: `${capitalise(name.vi)} có nhiều nhất ${String(params.limit)} mục.`,
          en: `${capitalise(name.en)} has at most ${String(params.limit)} item(s).`,
        },
      };
    }
    case "uniqueItems": {
      const name = label(parent, path);
      const list = Array.isArray(data) ? data : [];
      const first = Math.min(Number(params.i), Number(params.j));
      const again = Math.max(Number(params.i), Number(params.j));
      return {
        rule: "duplicate-item",
        path: [...path, again],
        message: {
          vi: `${capitalise(name.vi)} có giá trị lặp lại: ${describeValue(list[again])} (mục ${first + 1} và ${again + 1}). Hãy xóa bản trùng.`,
          en: `${capitalise(name.en)} repeats ${describeValue(list[again], "en")} (items ${first + 1} and ${again + 1}). Remove the duplicate.`,
        },
      };
    }
    case "minLength": {
      const name = label(parent, path);
      return {
        rule: "empty-text",
        path,
        message: {
          vi: `${capitalise(name.vi)} không được để trống.`,
          en: `${capitalise(name.en)} must not be empty.`,
        },
      };
    }
    case "const":
    case "enum": {
      const name = label(parent, path);
      const allowed = error.keyword === "const" ? [params.allowedValue] : (params.allowedValues as unknown[]);
      return {
        rule: "invalid-value",
        path,
        message: {
          vi: `${capitalise(name.vi)} ${describeValue(data)} không hợp lệ. Giá trị được phép: ${allowed.map(String).join(", ")}.`,
          en: `${capitalise(name.en)} ${describeValue(data, "en")} is not allowed. Allowed: ${allowed.map(String).join(", ")}.`,
        },
      };
    }
    case "if":
      return undefined;
    default: {
      const name = label(parent, path);
      return {
        rule: "schema",
        path,
        message: {
          vi: `${capitalise(name.vi)} không đúng định dạng danh mục (${error.keyword}: ${error.message ?? ""}).`,
          en: `${capitalise(name.en)} does not match the catalogue format (${error.keyword}: ${error.message ?? ""}).`,
        },
      };
    }
  }
}

/** An enumeration written as oneOf of documented constants: one finding listing the choices. */
function enumFinding(error: ErrorObject): Omit<Problem, "file"> {
  const path = pointerToPath(error.instancePath);
  const branches = error.schema as SchemaNode[];
  const name = label(error.parentSchema as SchemaNode, path);
  const vi = branches.map((b) => `${String(b.const)}${b.title ? ` (${b.title})` : ""}`).join(", ");
  const en = branches.map((b) => String(b.const)).join(", ");
  return {
    rule: "invalid-value",
    path,
    message: {
      vi: `${capitalise(name.vi)} ${describeValue(error.data)} không hợp lệ. Chọn một trong: ${vi}.`,
      en: `${capitalise(name.en)} ${describeValue(error.data, "en")} is not allowed. Choose one of: ${en}.`,
    },
  };
}

function isConstEnum(error: ErrorObject): boolean {
  return (
    (error.keyword === "oneOf" || error.keyword === "anyOf") &&
    Array.isArray(error.schema) &&
    (error.schema as SchemaNode[]).every((b) => b && typeof b === "object" && "const" in b)
  );
}

/** Whether a JSON Pointer is the same as, or below, another ("/a/1/b" is within "/a/1", "/a/10" is not). */
function isWithin(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

/**
 * Ajv's errors → findings. A failed oneOf reports either the list of allowed values (an
 * enumeration) or the errors of the branch that came nearest, never every branch's errors.
 */
export function schemaProblems(errors: ErrorObject[]): Omit<Problem, "file">[] {
  const dropped = new Set<ErrorObject>();
  const extra: Omit<Problem, "file">[] = [];
  for (const error of errors) {
    if (error.keyword !== "oneOf" && error.keyword !== "anyOf") continue;
    const prefix = `${error.schemaPath}/`;
    const inside = errors.filter((e) => e !== error && e.schemaPath.startsWith(prefix) && isWithin(e.instancePath, error.instancePath));
    if (isConstEnum(error)) {
      for (const e of inside) dropped.add(e);
      dropped.add(error);
      extra.push(enumFinding(error));
      continue;
    }
    const passing = (error.params as { passingSchemas?: unknown }).passingSchemas;
    if (passing !== null && passing !== undefined) continue; // matched several: report the oneOf itself
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const branch = e.schemaPath.slice(prefix.length).split("/")[0]!;
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    // A branch that is a $ref reports under the referenced schema's path ("#/$defs/ngay/format"),
    // not under the oneOf: give such errors, just before the oneOf's own, to the one branch
    // that has none of its own.
    const branches = Array.isArray(error.schema) ? error.schema.length : 0;
    const silent = Array.from({ length: branches }, (_, i) => String(i)).filter((b) => !byBranch.has(b));
    if (silent.length === 1) {
      const before = errors.slice(0, errors.indexOf(error));
      const viaRef = before.filter(
        (e) => !e.schemaPath.startsWith(prefix) && isWithin(e.instancePath, error.instancePath) && !dropped.has(e),
      );
      if (viaRef.length > 0) byBranch.set(silent[0]!, viaRef);
    }
    // The nearest branch: fewest errors, and a branch the value is not even the type of comes last.
    const score = (list: ErrorObject[]) =>
      list.length + (list.every((e) => e.keyword === "type" && e.instancePath === error.instancePath) ? 100 : 0);
    let best: string | undefined;
    for (const [branch, list] of byBranch) if (best === undefined || score(list) < score(byBranch.get(best)!)) best = branch;
    for (const list of byBranch.values()) for (const e of list) if (byBranch.get(best!)?.includes(e) !== true) dropped.add(e);
    if (best !== undefined) dropped.add(error);
  }
  const problems: Omit<Problem, "file">[] = [...extra];
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const finding = toFinding(error);
    if (finding) problems.push(finding);
  }
  return problems;
}
