import { buildDiffTables, listDetailedChanges } from "./diff-sections.js";
import { escapeMarkdown } from "../../words/escape.js";
import type { CatalogueDiff, Change, DiffNames } from "../../amend/catalogue-diff.js";
import { diffWords } from "../../amend/diff-words.js";
import { hasDifferences } from "../../amend/has-differences.js";
import type { Lang } from "../../model/lang.js";
import { pick } from "../../model/lang.js";
import {
  describeComparison,
  describePath,
  describeSummary,
  describeValue,
  type DiffRenderOptions,
  isRunningText,
  SECTION_TEXT,
} from "./diff-wording.js";

/**
 * The diff as GitHub-flavoured Markdown, for a pull-request comment or a job summary: a title,
 * a summary line, the lists as tables (new; amended and replaced; abolished), then for each
 * amended or replacing procedure a table of its changes, before and after, with deleted words
 * struck through and inserted words in bold. Every value is escaped, so a "|" or a line break
 * in the catalogue never breaks a table.
 */
export function renderDiffMd(diff: CatalogueDiff, options: DiffRenderOptions): string {
  const { lang } = options;
  const t = (vi: string, en: string) => pick(lang, { vi, en });
  const out: string[] = [`## ${escapeMarkdown(describeComparison(diff, lang))}`, "", `**${escapeMarkdown(describeSummary(diff, lang))}**`];
  if (!hasDifferences(diff)) {
    out.push("", escapeMarkdown(pick(lang, SECTION_TEXT.none)));
    return out.join("\n") + "\n";
  }
  for (const list of buildDiffTables(diff, lang)) {
    out.push("", `### ${list.title}`, "", ...table(list.header, list.rows));
  }
  const detailed = listDetailedChanges(diff, lang);
  if (detailed.length > 0) out.push("", `### ${t("Chi tiết thay đổi", "Changes in detail")}`);
  for (const d of detailed) {
    out.push("", `#### ${escapeMarkdown(d.title)}`, "");
    out.push(
      ...table(
        [t("Yếu tố", "Element"), t("Trước", "Before"), t("Sau", "After")],
        d.changes.map((c) => changeRow(c, lang, diff.names)),
        true,
      ),
    );
  }
  return out.join("\n") + "\n";
}

/** One change as [element, before, after], with word-level marks for running text. */
function changeRow(c: Change, lang: Lang, names?: DiffNames): string[] {
  const path = escapeMarkdown(describePath(c.path, lang));
  if (isRunningText(c.path, c.before) && isRunningText(c.path, c.after)) {
    const parts = diffWords(c.before, c.after);
    const side = (drop: "removed" | "inserted", mark: string) =>
      parts
        .filter((p) => p.kind !== drop)
        .map((p) => (p.kind === "same" ? escapeMarkdown(p.text) : wrap(p.text, mark)))
        .join("");
    return [path, side("inserted", "~~"), side("removed", "**")];
  }
  const cell = (v: unknown) => (v === null ? "—" : escapeMarkdown(describeValue(c.path, v, lang, names)) || "—");
  return [path, cell(c.before), cell(c.after)];
}

/** `**word**`, with the spaces around it left outside: GFM does not close `**word **`. */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
  return m[2] ? `${escapeMarkdown(m[1]!)}${mark}${escapeMarkdown(m[2])}${mark}${escapeMarkdown(m[3]!)}` : escapeMarkdown(text);
}

/** Cells are escaped unless `raw` says they already are. */
function table(header: string[], rows: string[][], raw = false): string[] {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const esc = (s: string) => (raw ? s : escapeMarkdown(s));
  return [
    line(header.map((h) => escapeMarkdown(h))),
    line(header.map((h) => (h === "STT" ? "---:" : "---"))),
    ...rows.map((r) => line(r.map(esc))),
  ];
}
