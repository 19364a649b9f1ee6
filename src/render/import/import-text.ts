import { pick, type Lang } from "../../model/lang.js";
import { elementName } from "../../words/element-words.js";
import { formatNumber } from "../../words/format-number.js";
import type { ImportRenderOptions, ImportReport } from "./import-report.js";

/** How many items a list shows before "… and N more". */
const SHOWN = 10;

/**
 * The report for people (stderr): what was read, what was written where, how many procedures
 * need review and for which element, what was skipped and why, and what to do next.
 */
export function renderImportText(report: ImportReport, options: ImportRenderOptions): string {
  const { lang } = options;
  const { plan } = report;
  const n = (v: number) => formatNumber(v, lang);
  const say = (vi: string, en: string) => pick(lang, { vi, en });
  const out: string[] = [];
  for (const note of report.notes) out.push(`${note.source}${note.line > 0 ? `:${note.line}` : ""}: ${pick(lang, note.message)}`);

  const from = say(
    `${n(plan.records)} bản ghi trong ${n(report.sources.length)} tệp, ${n(plan.selected)} bản ghi được chọn`,
    `${n(plan.records)} record(s) in ${n(report.sources.length)} file(s), ${n(plan.selected)} selected`,
  );
  out.push(
    report.mode === "out"
      ? say(
          `Đã nhập ${n(plan.imported)} thủ tục vào danh mục mới ${report.target} (${from}).`,
          `Imported ${n(plan.imported)} procedure(s) into the new catalogue ${report.target} (${from}).`,
        )
      : say(
          `Đã thêm ${n(plan.imported)} thủ tục vào danh mục ${report.target} (${from}).`,
          `Added ${n(plan.imported)} procedure(s) to the catalogue ${report.target} (${from}).`,
        ),
  );
  const toReview = plan.imported - plan.clean;
  out.push(
    say(
      `${n(plan.clean)} thủ tục đủ nội dung; ${n(toReview)} thủ tục có thành phần cần rà soát (mục can_ra_soat).`,
      `${n(plan.clean)} complete; ${n(toReview)} with elements to review (can_ra_soat).`,
    ),
  );
  const review = Object.entries(plan.review);
  if (review.length > 0) {
    out.push("", say("Thủ tục cần rà soát, theo thành phần:", "Procedures to review, by element:"));
    const width = Math.max(...review.map(([k]) => label(k, lang).length));
    for (const [key, count] of review) out.push(`  ${label(key, lang).padEnd(width)}  ${n(count)}`);
  }
  if (plan.present.length > 0) {
    out.push(
      "",
      say(
        `${n(plan.present.length)} thủ tục đã có trong danh mục, giữ nguyên (tthc reconcile cho biết chỗ khác với Cổng):`,
        `${n(plan.present.length)} procedure(s) already in the catalogue, left untouched (tthc reconcile shows how they differ):`,
      ),
    );
    out.push(
      ...list(
        plan.present.map((p) => `${p.code}  ${p.file}`),
        lang,
      ),
    );
  }
  if (plan.skipped.length > 0) {
    out.push("", say(`${n(plan.skipped.length)} bản ghi bị bỏ qua:`, `${n(plan.skipped.length)} record(s) skipped:`));
    out.push(
      ...list(
        plan.skipped.map((s) => `${s.source}:${s.line}  ${s.code || "—"}  ${pick(lang, s.reason)}`),
        lang,
      ),
    );
  }
  if (plan.unmatchedCodes.length > 0) {
    out.push(
      "",
      say(
        `${n(plan.unmatchedCodes.length)} mã trong --codes không có trong các tệp bản ghi: ${plan.unmatchedCodes.slice(0, SHOWN).join(", ")}${plan.unmatchedCodes.length > SHOWN ? ", …" : ""}`,
        `${n(plan.unmatchedCodes.length)} code(s) of --codes are in no record file: ${plan.unmatchedCodes.slice(0, SHOWN).join(", ")}${plan.unmatchedCodes.length > SHOWN ? ", …" : ""}`,
      ),
    );
  }
  out.push(
    "",
    report.files.length > 0
      ? say(`Đã ghi ${n(report.files.length)} tệp.`, `Wrote ${n(report.files.length)} file(s).`)
      : say("Không có tệp nào cần ghi.", "No file needed writing."),
  );
  if (plan.officeToFill) {
    out.push(
      say(
        "Chưa có tên và địa bàn của đơn vị: hãy sửa tthc.yaml và co-quan.yaml (hoặc nhập lại với --name và --dia-ban).",
        "The office's name and locality are not set: edit tthc.yaml and co-quan.yaml (or import again with --name and --dia-ban).",
      ),
    );
  }
  if (toReview > 0) {
    out.push(
      say(
        `Tiếp theo: tthc validate --catalogue ${report.target} liệt kê từng mục cần rà soát (cảnh báo import-review).`,
        `Next: tthc validate --catalogue ${report.target} lists every item to review (import-review warnings).`,
      ),
    );
  }
  return out.join("\n") + "\n";
}

function label(key: string, lang: Lang): string {
  const name = elementName(key, lang);
  return name === key ? key : `${name} (${key})`;
}

function list(lines: string[], lang: Lang): string[] {
  const shown = lines.slice(0, SHOWN).map((l) => `  ${l}`);
  if (lines.length > SHOWN) {
    const more = lines.length - SHOWN;
    shown.push(
      `  ${pick(lang, { vi: `… và ${formatNumber(more, lang)} mục nữa (xem --format json)`, en: `… and ${more} more (see --format json)` })}`,
    );
  }
  return shown;
}
