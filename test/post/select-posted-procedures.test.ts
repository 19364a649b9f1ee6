import { expect, test } from "vitest";
import { selectPostedProcedures } from "../../src/post/select-posted-procedures.js";
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
