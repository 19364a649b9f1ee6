import { describe, expect, test } from "vitest";
import { checkProvenance } from "../../src/amend/check-provenance.js";
import { diffCatalogues } from "../../src/amend/diff-catalogues.js";
import type { Field } from "../../src/model/catalogue.js";
import { renderDiffCheckText } from "../../src/render/diff/diff-check.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { baseFields, khaiTu, procedureIn } from "./base-fields.js";

function problemsAfter(edit: (fields: Field[]) => void) {
  const base = makeCatalogue({ label: "main", fields: baseFields() });
  const fields = copy(baseFields());
  edit(fields);
  const head = makeCatalogue({ label: "working tree", fields });
  return checkProvenance(diffCatalogues(base, head), base, head).map((p) => [p.change, p.code, p.missing]);
}

const NEW_DECISION = { quyet_dinh: "250/QĐ-UBND", ngay: "2026-03-02" };

describe("checkProvenance", () => {
  test.each<[string, (f: Field[]) => void, unknown[]]>([
    ["no change", () => undefined, []],
    ["a new procedure with its decision", (f) => f[0]!.thu_tuc.push({ ...khaiTu(), ma: "1.000689", cong_bo: NEW_DECISION }), []],
    [
      "a new procedure without cong_bo or legal basis",
      (f) => f[0]!.thu_tuc.push({ ...khaiTu(), ma: "1.000689", cong_bo: undefined, can_cu_phap_ly: [] }),
      [["added", "1.000689", ["cong_bo", "can_cu_phap_ly"]]],
    ],
    [
      "an amendment under BASE's decision",
      (f) => {
        procedureIn(f, "1.001193").thoi_han.gia_tri = 2;
      },
      [["amended", "1.001193", ["new_cong_bo"]]],
    ],
    [
      "an amendment under a decision of another date",
      (f) => {
        procedureIn(f, "1.001193").thoi_han.gia_tri = 2;
        procedureIn(f, "1.001193").cong_bo = { quyet_dinh: "1234/QĐ-UBND", ngay: "2026-01-05" };
      },
      [],
    ],
    [
      "an amendment whose cong_bo was deleted",
      (f) => {
        procedureIn(f, "1.001193").thoi_han.gia_tri = 2;
        delete procedureIn(f, "1.001193").cong_bo;
      },
      [["amended", "1.001193", ["cong_bo"]]],
    ],
    [
      "record keeping only needs no decision",
      (f) => {
        procedureIn(f, "1.001193").so_ho_so_nam = 10;
        procedureIn(f, "1.001193").dich_vu_cong = { muc_do: "toan_trinh" };
      },
      [],
    ],
    [
      "an abolition without bai_bo, or with its parts empty",
      (f) => {
        procedureIn(f, "1.000894").trang_thai = "bai_bo";
        Object.assign(procedureIn(f, "2.000815"), { trang_thai: "bai_bo", bai_bo: { quyet_dinh: " ", ngay: "2026-03-02", can_cu: "" } });
      },
      [
        ["abolished", "1.000894", ["bai_bo"]],
        ["abolished", "2.000815", ["bai_bo.quyet_dinh", "bai_bo.can_cu"]],
      ],
    ],
    [
      "an abolition by removal cannot cite anything",
      (f) => {
        f[1]!.thu_tuc = [];
      },
      [["abolished", "2.000815", ["removed"]]],
    ],
    [
      "a replacement without its decision",
      (f) => {
        f[0]!.thu_tuc[1] = { ...khaiTu(), ma: "1.012345", thay_the: "1.000656", cong_bo: undefined };
      },
      [["replaced", "1.012345", ["cong_bo"]]],
    ],
  ])("%s", (_name, edit, expected) => {
    expect(problemsAfter(edit)).toEqual(expected);
  });

  test("in English, one line per procedure and what to do", () => {
    const base = makeCatalogue({ label: "main", fields: baseFields() });
    const fields = copy(baseFields());
    fields[1]!.thu_tuc = [];
    const head = makeCatalogue({ label: "working tree", fields });
    const problems = checkProvenance(diffCatalogues(base, head, { head: "working tree" }), base, head);
    expect(renderDiffCheckText(problems, { lang: "en", base: "main", head: "working tree" })).toBe(
      [
        "1 changed procedure(s) (main → working tree) do not cite their decision and legal basis:",
        "  2.000815 Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản [chung-thuc] (abolished): was deleted, so nothing can cite its abolition: keep the record with trang_thai: bai_bo and bai_bo (quyet_dinh, ngay, can_cu).",
        "Add these keys in the field files (linh-vuc/*.yaml) and run the command again.",
        "",
      ].join("\n"),
    );
  });
});
