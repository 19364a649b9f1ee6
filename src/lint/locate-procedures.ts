import type { Span } from "../parse/locate.js";
import type { LoadedCatalogue } from "./load-catalogue.js";
import { positionProblems } from "./position-problems.js";

/** Where a procedure is written: its file as shown to people, and the span of its code. */
export interface ProcedurePlace extends Span {
  file: string;
}

/**
 * The place of each procedure whose code is asked for (the first one when a code is written
 * twice): the file as the catalogue's source shows it and the line of its `ma`, for reports that
 * point at procedures (reconcile's GitHub annotations). Positions are found the engine's way.
 */
export function locateProcedures(loaded: LoadedCatalogue, codes: ReadonlySet<string>): Map<string, ProcedurePlace> {
  const wanted: { code: string; file: string; index: number }[] = [];
  const seen = new Set<string>();
  for (const { file, field } of loaded.catalogue.fields) {
    (field.thu_tuc ?? []).forEach((p, index) => {
      const code = typeof p?.ma === "string" ? p.ma : String(p?.ma ?? "");
      if (!codes.has(code) || seen.has(code)) return;
      seen.add(code);
      wanted.push({ code, file, index });
    });
  }
  const problems = wanted.map((w) => ({
    rule: "locate",
    severity: "error" as const,
    message: { vi: "", en: "" },
    file: w.file,
    path: ["thu_tuc", w.index, "ma"],
  }));
  const diagnostics = positionProblems(problems, loaded.files, loaded.displayPath, "vi");
  // positionProblems sorts by place; match the results back by file and path.
  const byKey = new Map(diagnostics.map((d) => [`${d.file}\u0000${d.path.join("\u0000")}`, d]));
  const out = new Map<string, ProcedurePlace>();
  for (const w of wanted) {
    const d = byKey.get(`${loaded.displayPath(w.file)}\u0000${["thu_tuc", w.index, "ma"].join("\u0000")}`);
    if (d) out.set(w.code, { file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn });
  }
  return out;
}
