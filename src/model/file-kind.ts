export type FileKind = "manifest" | "agencies" | "documents" | "calendar" | "field";

/** The kind of a catalogue file is decided by where it stands (docs/format.md, Layout). */
export function fileKindOf(relative: string): FileKind | undefined {
  if (relative === "tthc.yaml") return "manifest";
  if (relative === "co-quan.yaml") return "agencies";
  if (relative === "van-ban.yaml") return "documents";
  if (/^lich\/[^/]+\.yaml$/.test(relative)) return "calendar";
  if (/^linh-vuc\/[^/]+\.yaml$/.test(relative)) return "field";
  return undefined;
}

export const SCHEMA_FILE: Record<FileKind, string> = {
  manifest: "tthc.schema.json",
  agencies: "co-quan.schema.json",
  documents: "van-ban.schema.json",
  calendar: "lich.schema.json",
  field: "linh-vuc.schema.json",
};
