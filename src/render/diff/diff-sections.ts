// What the Markdown and HTML diffs show, worked out once: the lists of Part I as tables with
// their titles, header and rows, and the procedures whose changes are detailed after them.
// Each renderer only escapes and draws (like render/effects/effects-sections.ts).
import type { CatalogueDiff, Change } from "../../amend/catalogue-diff.js";
import type { Lang } from "../../model/lang.js";
import { pick } from "../../model/lang.js";
import { elementName } from "../../words/element-words.js";
import {
  capitalise,
  describeAbolition,
  describeMove,
  describeRecordOnly,
  describeReplaces,
  readerChanges,
  SECTION_TEXT,
} from "./diff-wording.js";

/** One list: its title, column headings and rows of plain text (numbered: the first column is STT). */
export interface DiffTable {
  title: string;
  header: string[];
  rows: string[][];
}

/** The lists that have rows, in the decision's order: new; amended and replacing; abolished; moved. */
export function buildDiffTables(diff: CatalogueDiff, lang: Lang): DiffTable[] {
  const t = (vi: string, en: string) => pick(lang, { vi, en });
  const common = ["STT", t("Mã TTHC", "Code"), t("Tên TTHC", "Procedure"), t("Lĩnh vực", "Field")];
  const numbered = (rows: string[][]) => rows.map((r, i) => [String(i + 1), ...r]);
  const tables: DiffTable[] = [
    { title: pick(lang, SECTION_TEXT.added), header: common, rows: numbered(diff.added.map((p) => [p.code, p.name, p.field_name])) },
    {
      title: t("Thủ tục hành chính được sửa đổi, bổ sung, thay thế", "Amended and replacing procedures"),
      header: [...common, t("Nội dung thay đổi", "What changes")],
      rows: numbered([
        ...diff.amended.map((p) => {
          const notes = [
            p.field_before ? describeMove(p.field_before_name ?? p.field_before, lang) : "",
            p.legal_change ? "" : describeRecordOnly(lang),
          ].filter(Boolean);
          return [
            p.code,
            p.name,
            p.field_name,
            p.elements.map((e) => elementName(e, lang)).join("; ") + (notes.length > 0 ? ` (${notes.join("; ")})` : ""),
          ];
        }),
        ...diff.replaced.map((p) => [
          p.code,
          p.name,
          p.field_name,
          [capitalise(describeReplaces(p.replaces, p.replaces_name, lang)), ...p.elements.map((e) => elementName(e, lang))].join("; "),
        ]),
      ]),
    },
    {
      title: pick(lang, SECTION_TEXT.abolished),
      header: [...common, t("Cách bãi bỏ", "How")],
      rows: numbered(diff.abolished.map((p) => [p.code, p.name, p.field_name, describeAbolition(p.by, lang)])),
    },
    {
      title: pick(lang, SECTION_TEXT.moved),
      header: [...common, t("Lĩnh vực cũ", "Former field")],
      rows: numbered(diff.moved.map((p) => [p.code, p.name, p.field_name, p.from_name])),
    },
  ];
  return tables.filter((table) => table.rows.length > 0);
}

/** The amended and replacing procedures that have changes to show, with their headings. */
export function listDetailedChanges(diff: CatalogueDiff, lang: Lang): { title: string; changes: Change[] }[] {
  return [
    ...diff.amended.map((p) => ({ title: `${p.code} ${p.name}`, changes: readerChanges(p.changes) })),
    ...diff.replaced.map((p) => ({
      title: `${p.code} ${p.name} (${describeReplaces(p.replaces, p.replaces_name, lang)})`,
      changes: readerChanges(p.changes),
    })),
  ].filter((d) => d.changes.length > 0);
}
