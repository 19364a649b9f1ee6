import { Chalk } from "chalk";
import type { CatalogueDiff, Change } from "../../amend/catalogue-diff.js";
import { diffWords } from "../../amend/diff-words.js";
import { hasDifferences } from "../../amend/has-differences.js";
import { pick } from "../../model/lang.js";
import { DEFAULT_WIDTH, textWidth, wrapText } from "../table/text-table.js";
import {
  describeAbolition,
  describeComparison,
  describeMove,
  describePath,
  describeRecordOnly,
  describeReplaces,
  describeSummary,
  describeValue,
  type DiffRenderOptions,
  isRunningText,
  readerChanges,
  SECTION_TEXT,
} from "./diff-wording.js";

/**
 * The diff for a terminal: the lists, then under each amended or replacing procedure one line
 * per change, word by word. In colour deletions are red and struck through, insertions green;
 * without colour they read `[-old-]{+new+}` (as git diff --word-diff does), so a log or a
 * pipe keeps the meaning.
 */
export function renderDiffText(diff: CatalogueDiff, options: DiffRenderOptions): string {
  const { lang } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const removed = (t: string) => (options.color ? chalk.red.strikethrough(t) : `[-${t}-]`);
  const inserted = (t: string) => (options.color ? chalk.green(t) : `{+${t}+}`);
  const out: string[] = [chalk.bold(describeComparison(diff, lang)), describeSummary(diff, lang)];
  if (!hasDifferences(diff)) {
    out.push("", pick(lang, SECTION_TEXT.none));
    return fit(out, options.width ?? DEFAULT_WIDTH);
  }
  const section = (title: string, count: number) => out.push("", chalk.bold(`${title} (${count})`));
  const head = (mark: string, code: string, name: string, field: string, extra = "") =>
    out.push(`  ${mark} ${chalk.bold(code)}  ${name}  [${field}]${extra ? `  ${extra}` : ""}`);
  const changeLine = (c: Change) => {
    let value: string;
    if (isRunningText(c.path, c.before) && isRunningText(c.path, c.after)) {
      value = diffWords(c.before, c.after)
        .map((p) => (p.kind === "same" ? p.text : p.kind === "removed" ? removed(p.text) : inserted(p.text)))
        .join("");
    } else {
      const before = describeValue(c.path, c.before, lang, diff.names);
      const after = describeValue(c.path, c.after, lang, diff.names);
      // A value replaced reads "before → after"; one added or removed keeps its mark.
      if (c.before !== null && c.after !== null)
        value = options.color ? `${chalk.red(before)} → ${chalk.green(after)}` : `${before} → ${after}`;
      else value = c.before === null ? inserted(after) : removed(before);
    }
    out.push(`      ${chalk.dim(describePath(c.path, lang))}: ${value}`);
  };

  if (diff.added.length > 0) {
    section(pick(lang, SECTION_TEXT.added), diff.added.length);
    for (const p of diff.added) head(chalk.green("+"), p.code, p.name, p.field_name);
  }
  if (diff.amended.length > 0) {
    section(pick(lang, SECTION_TEXT.amended), diff.amended.length);
    for (const p of diff.amended) {
      const notes = [
        p.field_before ? describeMove(p.field_before_name ?? p.field_before, lang) : "",
        p.legal_change ? "" : describeRecordOnly(lang),
      ];
      head(
        chalk.yellow("~"),
        p.code,
        p.name,
        p.field_name,
        notes
          .filter(Boolean)
          .map((n) => `(${n})`)
          .join(" "),
      );
      readerChanges(p.changes).forEach(changeLine);
    }
  }
  if (diff.replaced.length > 0) {
    section(pick(lang, SECTION_TEXT.replaced), diff.replaced.length);
    for (const p of diff.replaced) {
      head(chalk.yellow("~"), p.code, p.name, p.field_name, `(${describeReplaces(p.replaces, p.replaces_name, lang)})`);
      readerChanges(p.changes).forEach(changeLine);
    }
  }
  if (diff.abolished.length > 0) {
    section(pick(lang, SECTION_TEXT.abolished), diff.abolished.length);
    for (const p of diff.abolished) head(chalk.red("-"), p.code, p.name, p.field_name, `(${describeAbolition(p.by, lang)})`);
  }
  if (diff.moved.length > 0) {
    section(pick(lang, SECTION_TEXT.moved), diff.moved.length);
    for (const p of diff.moved) head(">", p.code, p.name, p.field_name, `(${describeMove(p.from_name, lang)})`);
  }
  return fit(out, options.width ?? DEFAULT_WIDTH);
}

/** The lines within `width` columns: a longer one wraps, indented two more than itself. */
function fit(lines: string[], width: number): string {
  const fitted = lines
    .flatMap((line) => line.split("\n"))
    .flatMap((line) => {
      if (textWidth(line) <= width) return [line];
      const indent = /^ */u.exec(line)?.[0] ?? "";
      return wrapText(line, width, indent, `${indent}  `);
    });
  return fitted.join("\n") + "\n";
}
