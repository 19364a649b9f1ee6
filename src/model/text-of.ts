/**
 * A value from the catalogue as text, whatever YAML made of it: "" for nothing, a string as it
 * is, a number or boolean as written, a date as YYYY-MM-DD, and anything else as JSON (never
 * "[object Object]"). Where a value of the wrong kind reaches a message or a sheet, the reader
 * sees what the file says.
 */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? "";
}
