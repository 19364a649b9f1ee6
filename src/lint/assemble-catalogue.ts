import type { Agency, CalendarYear, Catalogue, Field, FieldFile, LegalDocument, Manifest } from "../model/catalogue.js";
import type { ParsedFile } from "../model/parsed-file.js";

/** Parsed, schema-valid files → the typed catalogue that computations walk. */
export function assembleCatalogue(label: string, files: ParsedFile[]): Catalogue {
  const dataOf = (kind: ParsedFile["kind"]) => files.find((f) => f.kind === kind)?.data as Record<string, unknown> | undefined;
  const fields: FieldFile[] = files.filter((f) => f.kind === "field" && f.data).map((f) => ({ file: f.relative, field: f.data as Field }));
  return {
    label,
    manifest: dataOf("manifest") as unknown as Manifest,
    agencies: (dataOf("agencies")?.co_quan as Agency[] | undefined) ?? [],
    documents: (dataOf("documents")?.van_ban as LegalDocument[] | undefined) ?? [],
    calendars: files
      .filter((f) => f.kind === "calendar" && f.data)
      .map((f) => f.data as CalendarYear)
      .sort((a, b) => a.nam - b.nam),
    fields,
  };
}
