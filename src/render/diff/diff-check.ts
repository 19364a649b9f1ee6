import type { ProvenanceProblem } from "../../amend/check-provenance.js";
import type { Lang, Text } from "../../model/lang.js";
import { pick } from "../../model/lang.js";
import { describeRevision } from "./diff-wording.js";

export interface DiffCheckRenderOptions {
  lang: Lang;
  base: string;
  head: string;
}

const CHANGE_TEXT: Record<ProvenanceProblem["change"], Text> = {
  added: { vi: "mới", en: "new" },
  amended: { vi: "sửa đổi, bổ sung", en: "amended" },
  replaced: { vi: "thay thế", en: "replacing" },
  abolished: { vi: "bãi bỏ", en: "abolished" },
};

export function describeProblem(problem: ProvenanceProblem, lang: Lang): string {
  return pick(lang, problem.message);
}

/** `tthc diff --check` for people: one line per procedure, then what to do. */
export function renderDiffCheckText(problems: ProvenanceProblem[], options: DiffCheckRenderOptions): string {
  const { lang } = options;
  const arrow = `${describeRevision(options.base, lang)} → ${describeRevision(options.head, lang)}`;
  if (problems.length === 0) {
    return (
      pick(lang, {
        vi: `Mọi thủ tục mới, sửa đổi, thay thế, bãi bỏ (${arrow}) đều ghi quyết định và căn cứ pháp lý.`,
        en: `Every new, amended, replaced or abolished procedure (${arrow}) cites its decision and legal basis.`,
      }) + "\n"
    );
  }
  const lines = [
    pick(lang, {
      vi: `${problems.length} thủ tục thay đổi (${arrow}) chưa ghi đủ quyết định và căn cứ pháp lý:`,
      en: `${problems.length} changed procedure(s) (${arrow}) do not cite their decision and legal basis:`,
    }),
    ...problems.map((p) => `  ${p.code} ${p.name} [${p.field}] (${pick(lang, CHANGE_TEXT[p.change])}): ${describeProblem(p, lang)}.`),
    pick(lang, {
      vi: "Hãy bổ sung các khóa trên trong tệp lĩnh vực (linh-vuc/*.yaml) rồi chạy lại lệnh.",
      en: "Add these keys in the field files (linh-vuc/*.yaml) and run the command again.",
    }),
  ];
  return lines.join("\n") + "\n";
}

/** `tthc diff --check --format json`. */
export function renderDiffCheckJson(problems: ProvenanceProblem[], options: DiffCheckRenderOptions): string {
  const out = {
    base: options.base,
    head: options.head,
    ok: problems.length === 0,
    problems: problems.map((p) => ({
      change: p.change,
      code: p.code,
      name: p.name,
      field: p.field,
      missing: p.missing,
      message: describeProblem(p, options.lang),
    })),
  };
  return JSON.stringify(out, null, 2) + "\n";
}
