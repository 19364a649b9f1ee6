// A deadline an import keeps as text (`thoi_han: { ghi_chu }`, docs/format.md "Imported
// text") and elements left out under review flow through the commands that read deadlines:
// sheets and pages print the text, tthc deadline refuses to count it, tthc effects lists the
// procedure without counting it.
import { describe, expect, test } from "vitest";
import { computeDeadlineReport } from "../../src/calendar/deadline-report.js";
import { computeEffects } from "../../src/effects/compute-effects.js";
import type { Deadline, Procedure } from "../../src/model/catalogue.js";
import { Refusal } from "../../src/model/refusal.js";
import { buildPostingFiles } from "../../src/post/build-posting-files.js";
import { selectPostedProcedures } from "../../src/post/select-posted-procedures.js";
import { renderPostHtml } from "../../src/render/post/post-html.js";
import { renderEffectsCsv } from "../../src/render/effects/effects-csv.js";
import { describeProcedure } from "../../src/views/describe-procedure.js";
import { wordDeadline } from "../../src/words/deadlines.js";
import { makeCatalogue, makeProcedure } from "../support/builders.js";

const TEXT = "Trong thời hạn 05 ngày làm việc; trường hợp phức tạp không quá 10 ngày làm việc.";
/** What an import writes where the record gives no number and unit; the model's type has none. */
const inWords = { ghi_chu: TEXT } as unknown as Deadline;

function imported(overrides: Partial<Procedure> = {}): Procedure {
  return makeProcedure({ ma: "1.000002", thoi_han: inWords, ...overrides });
}

describe("a deadline stated in words", () => {
  test("is worded as its text", () => {
    expect(wordDeadline(inWords)).toBe(TEXT);
    expect(wordDeadline({ gia_tri: 3, don_vi: "ngay_lam_viec" })).toBe("03 ngày làm việc");
  });

  test("posting sheets print the text, never a made-up number", () => {
    const catalogue = makeCatalogue({ procedures: [makeProcedure(), imported()] });
    const files = buildPostingFiles(catalogue, selectPostedProcedures(catalogue, { date: "2026-03-02" }), { date: "2026-03-02" });
    const html = files.map((f) => renderPostHtml(f)).join("\n");
    expect(html).toContain("Trong thời hạn 05 ngày làm việc; trường hợp phức tạp không quá 10 ngày làm việc.");
    expect(html).not.toMatch(/NaN|undefined/u);
  });

  test("tthc deadline refuses to count it, saying why and what to do (exit 2)", () => {
    const catalogue = makeCatalogue({ procedures: [imported()] });
    let refusal: unknown;
    try {
      computeDeadlineReport(catalogue, { date: "2026-03-02" }, { procedure: "1.000002" });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(Refusal);
    expect((refusal as Refusal).exitCode).toBe(2);
    expect((refusal as Refusal).text.vi).toContain("ghi thời hạn bằng chữ");
    expect((refusal as Refusal).text.vi).toContain("--days N");
  });

  test.each([
    ["in words on both sides", imported(), imported({ phi_le_phi: [{ ten: "Lệ phí", so_tien: 5000 }] })],
    ["in words after review was undone", makeProcedure({ ma: "1.000002" }), imported()],
    ["in words, with the agency and steps still under review", imported(), imported({ co_quan: undefined, trinh_tu: undefined })],
  ])("tthc effects lists it (%s) and leaves it out of the sums", (_name, before, after) => {
    const report = computeEffects(makeCatalogue({ procedures: [before] }), makeCatalogue({ procedures: [after] }));
    const effect = report.procedures.find((p) => p.code === "1.000002");
    expect(effect).toMatchObject({ deadline_in_words: true, days_cut: null, unit: null });
    expect(report.totals.working_days_before).toBe(0);
    expect(report.totals.working_days_cut).toBe(0);
    expect(renderEffectsCsv(report, { lang: "vi", color: false })).toContain(TEXT);
  });
});

test("tthc browse says a deadline in words once", () => {
  const sections = describeProcedure(
    { field: "ho-tich", fieldName: "Hộ tịch", file: "linh-vuc/ho-tich.yaml", index: 0, procedure: imported() },
    { agencies: new Map(), documents: new Map() },
    "vi",
  );
  const deadline = sections.find((s) => s.title === "Thời hạn giải quyết");
  expect(deadline?.lines).toEqual([TEXT]);
});
