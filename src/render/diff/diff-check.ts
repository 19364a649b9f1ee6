import type { MissingCitation, ProvenanceProblem } from "../../amend/check-provenance.js";
import type { Lang, Text } from "../../model/lang.js";
import { pick } from "../../model/lang.js";
import { describeRevision } from "./diff-wording.js";

export interface DiffCheckRenderOptions {
  lang: Lang;
  base: string;
  head: string;
}

const MISSING_TEXT: Record<MissingCitation, Text> = {
  cong_bo: {
    vi: "thiếu cong_bo (số và ngày của quyết định công bố)",
    en: "no cong_bo (number and date of the announcing decision)",
  },
  new_cong_bo: {
    vi: "cong_bo vẫn là quyết định cũ: ghi quyết định mới công bố nội dung sửa đổi, bổ sung",
    en: "cong_bo is still the old decision: cite the new decision that announces the amendment",
  },
  can_cu_phap_ly: { vi: "thiếu căn cứ pháp lý (can_cu_phap_ly)", en: "no legal basis (can_cu_phap_ly)" },
  bai_bo: {
    vi: "có trang_thai: bai_bo nhưng thiếu bai_bo (quyet_dinh, ngay, can_cu)",
    en: "trang_thai is bai_bo but there is no bai_bo (quyet_dinh, ngay, can_cu)",
  },
  "bai_bo.quyet_dinh": { vi: "thiếu bai_bo.quyet_dinh (quyết định bãi bỏ)", en: "no bai_bo.quyet_dinh (the abolishing decision)" },
  "bai_bo.can_cu": {
    vi: "thiếu bai_bo.can_cu (văn bản quy định việc bãi bỏ)",
    en: "no bai_bo.can_cu (the document that abolishes it)",
  },
  removed: {
    vi: "bị xóa khỏi danh mục nên không ghi được căn cứ bãi bỏ: hãy giữ lại thủ tục với trang_thai: bai_bo và bai_bo (quyet_dinh, ngay, can_cu)",
    en: "was deleted, so nothing can cite its abolition: keep the record with trang_thai: bai_bo and bai_bo (quyet_dinh, ngay, can_cu)",
  },
};

const CHANGE_TEXT: Record<ProvenanceProblem["change"], Text> = {
  added: { vi: "mới", en: "new" },
  amended: { vi: "sửa đổi, bổ sung", en: "amended" },
  replaced: { vi: "thay thế", en: "replacing" },
  abolished: { vi: "bãi bỏ", en: "abolished" },
};

export function describeProblem(problem: ProvenanceProblem, lang: Lang): string {
  return problem.missing.map((m) => pick(lang, MISSING_TEXT[m])).join("; ");
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
    problems: problems.map((p) => ({ ...p, message: describeProblem(p, options.lang) })),
  };
  return JSON.stringify(out, null, 2) + "\n";
}
