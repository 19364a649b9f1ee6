// Sources are told apart by content: JSON Lines of records, the portal's .xlsx list, a list of codes.
import { describe, expect, test } from "vitest";
import { detectSourceKind } from "../../src/portal/detect-source-kind.js";
import { readCodeList } from "../../src/portal/read-code-list.js";
import { readPortalRecords } from "../../src/portal/read-portal-records.js";
import { readXlsxRows } from "../../src/portal/read-xlsx-rows.js";
import { fixtureBytes } from "./fixtures.js";

const text = (name: string) => new TextDecoder().decode(fixtureBytes(name));

describe("readPortalRecords", () => {
  test("records with their lines; blank lines fine; bad lines are problems with their line", () => {
    const read = readPortalRecords(text("records.jsonl"));
    expect(read.recognised).toBe(true);
    expect(read.records.map((r) => [r.record.ma_thu_tuc, r.line])).toEqual([
      ["1.000001", 1],
      ["1.000002", 3],
      ["2.000003", 5],
      ["1.000004", 7],
    ]);
    expect(read.problems.map((p) => p.line)).toEqual([4, 6]);
    expect(read.problems[0]!.message.vi).toContain("không phải JSON");
    expect(read.problems[1]!.message.vi).toContain("ma_thu_tuc");
  });

  test("a file that holds no portal record is not recognised", () => {
    const read = readPortalRecords(text("not-records.jsonl"));
    expect(read).toMatchObject({ recognised: false, records: [] });
    expect(read.problems).toHaveLength(2);
    expect(readPortalRecords("").recognised).toBe(false);
  });

  test("a byte-order mark and CRLF line ends are no problem", () => {
    const read = readPortalRecords(`\ufeff{"ma_thu_tuc": "1.000001"}\r\n{"ma_thu_tuc": "1.000002"}\r\n`);
    expect(read.records.map((r) => r.line)).toEqual([1, 2]);
    expect(read.problems).toEqual([]);
  });
});

describe("detectSourceKind", () => {
  test.each([
    ["records.jsonl", "records"],
    ["not-records.jsonl", "records"],
    ["danh-sach.xlsx", "xlsx"],
    ["codes.txt", "codes"],
  ])("%s is %s, by its content", (name, kind) => {
    expect(detectSourceKind(fixtureBytes(name))).toBe(kind);
  });
  test("prose is unknown, whatever its name", () => {
    expect(detectSourceKind(new TextEncoder().encode("# Tiêu đề\nMột đoạn văn.\n"))).toBe("unknown");
    expect(detectSourceKind(new Uint8Array())).toBe("unknown");
  });
});

describe("readCodeList", () => {
  test("the .xlsx list export: the header row is found under the title block, a code typed as a number is repaired", () => {
    const list = readCodeList(fixtureBytes("danh-sach.xlsx"));
    expect(list).toMatchObject({ recognised: true, codes: ["1.000001", "1.000020", "2.000003"] });
    expect(list.problems.map((p) => p.line)).toEqual([7]);
  });
  test("the sheet's cells, rich text, inline strings and entities included", () => {
    const rows = readXlsxRows(fixtureBytes("danh-sach.xlsx"));
    expect(rows[0]![0]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nDANH SÁCH THỦ TỤC HÀNH CHÍNH");
    expect(rows[1]).toEqual(["Mã số", "Tên", "Cơ quan ban hành", "Cơ quan thực hiện", "Lĩnh vực"]);
    expect(rows[3]).toEqual(["1.00002", "Thủ tục gõ mã dạng số & mất số 0"]);
    expect(rows[5]).toEqual([]);
  });
  test("a workbook without a Mã số column is not a list", () => {
    expect(readCodeList(fixtureBytes("not-a-list.xlsx"))).toMatchObject({ recognised: false, codes: [] });
  });
  test("a text list: comments and blank lines skipped, other lines are problems", () => {
    const list = readCodeList(fixtureBytes("codes.txt"));
    expect(list.codes).toEqual(["1.000001", "1.000004", "9.999999"]);
    expect(list.problems.map((p) => p.line)).toEqual([5]);
  });
  test("bytes that are not a zip at all but start like one are refused by the reader", () => {
    expect(() => readCodeList(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toThrow();
  });
});
