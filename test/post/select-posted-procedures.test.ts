import { describe, expect, test } from "vitest";
import {
  codesWantingHistory,
  knownHistory,
  NO_HISTORY,
  selectPostedProcedures,
  type PostedField,
} from "../../src/post/select-posted-procedures.js";
import { makeCatalogue } from "../support/builders.js";
import { fullProcedure } from "./full-procedure.js";
import { sampleCatalogue } from "./sample-catalogue.js";

const codes = (posted: ReturnType<typeof selectPostedProcedures>) =>
  posted.map(({ field, procedures }) => [field.ma, procedures.map((p) => p.ma)]);

test("posts what is in force on the date, field by field in catalogue order", () => {
  expect(codes(selectPostedProcedures(sampleCatalogue(), { date: "2026-03-02" }))).toEqual([
    ["ho-tich", ["1.001193", "1.000894", "2.000635"]],
    ["chung-thuc", ["2.000815"]],
  ]);
});

test("a procedure becomes posted on its effective date", () => {
  const posted = selectPostedProcedures(sampleCatalogue(), { date: "2027-01-01", fields: ["ho-tich"] });
  expect(codes(posted)).toEqual([["ho-tich", ["1.001193", "1.000894", "2.000635", "1.009999"]]]);
});

test.each([
  ["field", { fields: ["chung-thuc"] }, [["chung-thuc", ["2.000815"]]]],
  ["level", { level: "huyen" as const }, [["chung-thuc", ["2.000815"]]]],
  ["agency (competent)", { agency: "cong-an-xa-a" }, [["chung-thuc", ["2.000815"]]]],
  ["agency (carrying out)", { agency: "ubnd-xa-a" }, [["ho-tich", ["1.001193", "1.000894", "2.000635"]]]],
  ["nothing left", { level: "bo" as const }, []],
])("filter by %s", (_name, filter, expected) => {
  expect(codes(selectPostedProcedures(sampleCatalogue(), { date: "2026-03-02", ...filter }))).toEqual(expected);
});

test("a procedure replaced by one in force is not posted", () => {
  const catalogue = makeCatalogue({
    procedures: [
      fullProcedure({ ma: "1.000001", ten: "Cũ" }),
      fullProcedure({ ma: "1.000002", ten: "Mới", thay_the: "1.000001", hieu_luc_tu: "2026-02-01" }),
    ],
  });
  expect(codes(selectPostedProcedures(catalogue, { date: "2026-01-31" }))).toEqual([["ho-tich", ["1.000001"]]]);
  expect(codes(selectPostedProcedures(catalogue, { date: "2026-02-01" }))).toEqual([["ho-tich", ["1.000002"]]]);
});

describe("versions by date", () => {
  const before = fullProcedure({ ma: "1.000003", ten: "Kết hôn (cũ)", hieu_luc_tu: "2025-07-01" });
  const after = fullProcedure({ ma: "1.000003", ten: "Kết hôn (mới)", hieu_luc_tu: "2026-07-01" });
  const abolished = fullProcedure({
    ma: "1.000004",
    ten: "Khai tử",
    hieu_luc_tu: "2025-07-01",
    trang_thai: "bai_bo",
    bai_bo: { quyet_dinh: "567/QĐ-UBND", ngay: "2026-05-01", can_cu: "123/2015/ND-CP" },
  });
  const catalogue = makeCatalogue({ procedures: [after, abolished] });
  const names = (posted: PostedField[]) =>
    posted.flatMap((f) => [
      ...f.procedures.map((p) => `posted ${p.ten}`),
      ...f.upcoming.map((p) => `upcoming ${p.ten}`),
      ...f.unconfirmed.map((p) => `unconfirmed ${p.ten}`),
    ]);

  test.each([
    [
      "history has the old version",
      knownHistory({ "1.000003": [after, before] }),
      "2026-04-30",
      ["posted Kết hôn (cũ)", "posted Khai tử", "upcoming Kết hôn (mới)"],
    ],
    ["on the abolition's day", knownHistory({ "1.000003": [before] }), "2026-05-01", ["posted Kết hôn (cũ)", "upcoming Kết hôn (mới)"]],
    ["on the new version's day", knownHistory({ "1.000003": [before] }), "2026-07-01", ["posted Kết hôn (mới)"]],
    ["history says there was none: a new procedure", knownHistory(), "2026-04-30", ["posted Khai tử", "upcoming Kết hôn (mới)"]],
    [
      "no history: posted with its own date",
      NO_HISTORY,
      "2026-04-30",
      ["posted Kết hôn (mới)", "posted Khai tử", "unconfirmed Kết hôn (mới)"],
    ],
  ])("%s (%s)", (_name, history, date, expected) => {
    expect(names(selectPostedProcedures(catalogue, { date }, history))).toEqual(expected);
  });

  test("only later versions and records not abolished by the date want the history", () => {
    expect(codesWantingHistory(catalogue, "2026-04-30")).toEqual([{ code: "1.000003", file: "linh-vuc/ho-tich.yaml" }]);
    expect(codesWantingHistory(catalogue, "2026-07-01")).toEqual([]);
  });
});
