// Selection by level, field and code; skipped records are reported with their reason.
import { describe, expect, test } from "vitest";
import { selectRecords } from "../../src/portal/select-records.js";
import { allFixtureRecords } from "./fixtures.js";

const codes = (s: ReturnType<typeof selectRecords>) => s.selected.map((r) => r.record.ma_thu_tuc);

describe("selectRecords", () => {
  test("everything, once: a duplicate code and a record without one are skipped with the reason", () => {
    const s = selectRecords(allFixtureRecords());
    expect(codes(s)).toEqual(["1.000001", "1.000002", "2.000003", "1.000004", "1.000006"]);
    expect(s.skipped.map((k) => [k.code, k.source, k.line])).toEqual([
      ["1.000001", "records-2.jsonl", 1],
      ["", "records-2.jsonl", 3],
    ]);
    expect(s.skipped[0]!.reason.vi).toContain("records.jsonl (dòng 1)");
    expect(s.skipped[1]!.reason.vi).toContain("không có mã");
  });

  test.each([
    [{ level: "xa" as const }, ["1.000001", "1.000002", "2.000003"]],
    [{ level: "bo" as const }, ["1.000004"]],
    [{ fields: ["ho tich"] }, ["1.000001", "1.000002", "1.000006"]],
    [{ fields: ["CHỨNG THỰC", "Hải quan"] }, ["2.000003", "1.000004"]],
    [{ codes: ["1.000004", "2.000003"] }, ["2.000003", "1.000004"]],
    [{ level: "tinh" as const, fields: ["Hộ tịch"] }, ["1.000006"]],
  ])("%j", (selection, expected) => {
    expect(codes(selectRecords(allFixtureRecords(), selection))).toEqual(expected);
  });

  test("codes asked for that no source holds are reported", () => {
    expect(selectRecords(allFixtureRecords(), { codes: ["1.000001", "9.999999"] }).unmatchedCodes).toEqual(["9.999999"]);
    // 1.000004 is a record of the ministry level: held by a source, only outside the level.
    expect(selectRecords(allFixtureRecords(), { codes: ["1.000004", "9.999999"], level: "xa" }).unmatchedCodes).toEqual(["9.999999"]);
  });

  test("a record outside the selection is not skipped, just not selected", () => {
    expect(selectRecords(allFixtureRecords(), { level: "bo" }).skipped).toEqual([]);
  });

  test("a code of the wrong form, no name, no field", () => {
    const base = allFixtureRecords()[0]!;
    const s = selectRecords([
      { ...base, record: { ...base.record, ma_thu_tuc: "1.0001" } },
      { ...base, record: { ...base.record, ma_thu_tuc: "1.000010", ten_thu_tuc: " " } },
      { ...base, record: { ...base.record, ma_thu_tuc: "1.000011", linh_vuc: "" } },
    ]);
    expect(s.selected).toEqual([]);
    expect(s.skipped.map((k) => k.reason.en)).toEqual([
      expect.stringContaining("not a national code"),
      expect.stringContaining("no procedure name"),
      expect.stringContaining("names no field"),
    ]);
  });
});
