import { pick } from "../../model/lang.js";
import type { Span } from "../../parse/locate.js";
import { renderGithubAnnotations, type Annotation } from "../github/github-annotations.js";
import { describeChange, SECTION, type ReconcileOutput, type ReconcileRenderOptions } from "./reconcile-wording.js";

/** Where an annotation attaches: a file (from the repository root) and a span. */
export interface AnnotationPlace extends Span {
  file: string;
}

export interface ReconcileGithubOptions extends ReconcileRenderOptions {
  /** Where each procedure of the catalogue is, by code. */
  places: ReadonlyMap<string, AnnotationPlace>;
  /** Where a finding with no procedure of its own goes (a missing one: the manifest). */
  fallback: AnnotationPlace;
}

/**
 * `--format github`: one `::error` per differing procedure (at its code, listing the changes),
 * per national code the records lack, and per missing procedure, within GitHub's limits
 * (render/github). The Markdown report goes to the job summary.
 */
export function renderReconcileGithub(report: ReconcileOutput, options: ReconcileGithubOptions): string {
  const { lang } = options;
  const at = (code: string) => options.places.get(code) ?? options.fallback;
  const annotation = (place: AnnotationPlace, title: string, message: string): Annotation => ({
    severity: "error",
    file: place.file,
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    title,
    message,
  });
  const annotations: Annotation[] = [];
  for (const p of report.differ) {
    const changes = p.changes.map((change) => {
      const c = describeChange(change, lang);
      return `${c.where}: ${pick(lang, SECTION.catalogue)} ${c.catalogue} · ${pick(lang, SECTION.national)} ${c.national}`;
    });
    annotations.push(
      annotation(
        at(p.code),
        pick(lang, {
          vi: `tthc reconcile: ${p.code} khác CSDL quốc gia`,
          en: `tthc reconcile: ${p.code} differs from the national database`,
        }),
        `${p.name}\n${changes.join("\n")}`,
      ),
    );
  }
  for (const p of report.not_national) {
    annotations.push(
      annotation(
        at(p.code),
        pick(lang, {
          vi: `tthc reconcile: ${p.code} không có trong CSDL quốc gia`,
          en: `tthc reconcile: ${p.code} not in the national database`,
        }),
        pick(lang, {
          vi: `${p.name}: các bản ghi của CSDL quốc gia không có mã này. Kiểm tra mã, hoặc dùng mã DP. nếu là thủ tục riêng của địa phương.`,
          en: `${p.name}: the national records do not hold this code. Check the code, or use a DP. code for a local procedure.`,
        }),
      ),
    );
  }
  for (const p of report.missing) {
    annotations.push(
      annotation(
        options.fallback,
        pick(lang, { vi: `tthc reconcile: thiếu ${p.code}`, en: `tthc reconcile: ${p.code} missing` }),
        pick(lang, {
          vi: `${p.name} (${p.field}) có trong CSDL quốc gia nhưng danh mục không có hoặc đã bãi bỏ. Thêm bằng tthc import --into --codes.`,
          en: `${p.name} (${p.field}) is in the national database but not in force in the catalogue. Add it with tthc import --into --codes.`,
        }),
      ),
    );
  }
  return renderGithubAnnotations(annotations, lang);
}
