import { buildDiffTables, listDetailedChanges } from "./diff-sections.js";
import { escapeHtml } from "../../words/escape.js";
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

const STYLE = `@page { size: A4 portrait; margin: 20mm 15mm 20mm 20mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35; color: #000; margin: 0; }
h1 { font-size: 15pt; text-align: center; text-transform: uppercase; margin: 0 0 6pt; }
h2 { font-size: 13pt; text-transform: uppercase; margin: 14pt 0 6pt; }
h3 { font-size: 13pt; margin: 12pt 0 4pt; page-break-after: avoid; }
p.summary { text-align: center; font-style: italic; margin: 0 0 12pt; }
table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; white-space: pre-wrap; }
th { font-weight: bold; text-align: center; }
td.n { text-align: center; width: 2.5em; }
del { text-decoration: line-through; color: #a00; }
ins { text-decoration: underline; color: #060; }
@media print { del, ins { color: #000; } }`;

/**
 * The diff as a print-ready redline (A4): the lists as tables, then each amended or replacing
 * procedure with its changes, deleted words struck through (<del>) and inserted ones
 * underlined (<ins>). Self-contained (styles inline, no script, nothing fetched) and every
 * value from the catalogue escaped.
 */
export function renderDiffHtml(diff: CatalogueDiff, options: DiffRenderOptions): string {
  const { lang } = options;
  const t = (vi: string, en: string) => pick(lang, { vi, en });
  const body: string[] = [
    `<h1>${escapeHtml(describeComparison(diff, lang))}</h1>`,
    `<p class="summary">${escapeHtml(describeSummary(diff, lang))}</p>`,
  ];
  if (!hasDifferences(diff)) body.push(`<p>${escapeHtml(pick(lang, SECTION_TEXT.none))}</p>`);
  for (const list of buildDiffTables(diff, lang)) body.push(`<h2>${escapeHtml(list.title)}</h2>`, table(list.header, list.rows));
  const detailed = listDetailedChanges(diff, lang);
  if (detailed.length > 0) body.push(`<h2>${escapeHtml(t("Chi tiết thay đổi", "Changes in detail"))}</h2>`);
  for (const d of detailed) {
    body.push(`<h3>${escapeHtml(d.title)}</h3>`);
    const rows = d.changes.map(
      (c) => `<tr><td>${escapeHtml(describePath(c.path, lang))}</td><td>${redline(c, lang, diff.names)}</td></tr>`,
    );
    body.push(
      `<table><thead><tr><th style="width:30%">${escapeHtml(t("Yếu tố", "Element"))}</th><th>${escapeHtml(t("Nội dung sửa đổi", "Change"))}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    );
  }
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(describeComparison(diff, lang))}</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** One change as a redline: running text word by word, other values whole. */
function redline(c: Change, lang: Lang, names?: DiffNames): string {
  if (isRunningText(c.path, c.before) && isRunningText(c.path, c.after)) {
    return diffWords(c.before, c.after)
      .map((p) =>
        p.kind === "same"
          ? escapeHtml(p.text)
          : p.kind === "removed"
            ? `<del>${escapeHtml(p.text)}</del>`
            : `<ins>${escapeHtml(p.text)}</ins>`,
      )
      .join("");
  }
  const parts: string[] = [];
  if (c.before !== null) parts.push(`<del>${escapeHtml(describeValue(c.path, c.before, lang, names))}</del>`);
  if (c.after !== null) parts.push(`<ins>${escapeHtml(describeValue(c.path, c.after, lang, names))}</ins>`);
  return parts.join(" ");
}

function table(header: string[], rows: string[][]): string {
  const head = `<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>`;
  const bodyRows = rows.map((r) => `<tr>${r.map((cell, i) => `<td${i === 0 ? ' class="n"' : ""}>${escapeHtml(cell)}</td>`).join("")}</tr>`);
  return `<table>${head}<tbody>${bodyRows.join("")}</tbody></table>`;
}
