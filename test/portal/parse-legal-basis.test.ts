// The legal basis: rows of a title glued to the document's number, numbers glued to titles.
import { describe, expect, test } from "vitest";
import { documentId, parseLegalBasis } from "../../src/portal/parse-legal-basis.js";

const H = "Tên văn bản pháp lýMã văn bản";

function numbers(text: string): string[] {
  const parsed = parseLegalBasis(text);
  return parsed.kind === "documents" ? parsed.documents.map((d) => d.number) : [];
}

describe("parseLegalBasis", () => {
  test.each([
    [
      "a title glued to its number, the next title glued on",
      `${H}Luật Hộ tịch60/2014/QH13Nghị định quy định chi tiết123/2015/NĐ-CP`,
      ["60/2014/QH13", "123/2015/NĐ-CP"],
    ],
    [
      "a title that is the number itself",
      `${H}Luật 52/2014/QH1352/2014/QH13Luật 60/2014/QH1360/2014/QH13`,
      ["52/2014/QH13", "60/2014/QH13"],
    ],
    [
      "numbers mentioned inside a title are not rows",
      `${H}Thông tư sửa đổi Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính106/2021/TT-BTC`,
      ["106/2021/TT-BTC"],
    ],
    [
      "a number cell that repeats its kind",
      `${H}Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số 03/2023/TT-BTPNghị định 42/2022/NĐ-CP42/2022/NĐ-CP`,
      ["03/2023/TT-BTP", "42/2022/NĐ-CP"],
    ],
    [
      "the Prime Minister's small g, a title in capitals, a year glued to a number",
      `${H}Quyết định về chế độ290/2005/QĐ-TTgNghị định82/2015/NĐ-CPQUY ĐỊNH VỀ MIỄN THỊ THỰCLuật Cư trú 202068/2020/QH14`,
      ["290/2005/QĐ-TTg", "82/2015/NĐ-CP", "68/2020/QH14"],
    ],
    [
      "a next title in small letters",
      `${H}Nghị định cắt giảm thủ tục18/2026/NĐ-CPsửa đổi, bổ sung một số quy định87/2020/NĐ-CP`,
      ["18/2026/NĐ-CP", "87/2020/NĐ-CP"],
    ],
    [
      "a decimal number and a space before the next title",
      `${H}Nghị quyết của Chính phủ66.7/2025/NQ-CP Nghị định về cơ sở dữ liệu87/2020/NĐ-CP`,
      ["66.7/2025/NQ-CP", "87/2020/NĐ-CP"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  test("titles without the number cell, the date only where it follows the document's own number", () => {
    const parsed = parseLegalBasis(
      `${H}Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPSửa đổi Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ Tư pháp04/2024/TT-BTP`,
    );
    expect(parsed).toEqual({
      kind: "documents",
      documents: [
        {
          number: "123/2015/NĐ-CP",
          id: "123/2015/ND-CP",
          title: "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch",
          issued: "2015-11-15",
        },
        { number: "04/2024/TT-BTP", id: "04/2024/TT-BTP", title: "Sửa đổi Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ Tư pháp" },
      ],
    });
  });

  test("a date in words, and a date whose year is not the number's is not taken", () => {
    const parsed = parseLegalBasis(
      `${H}Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 202072/2020/QH14Nghị định số 10/2020/NĐ-CP ngày 01/02/2019 (sai năm)10/2020/NĐ-CP`,
    );
    expect(parsed.kind === "documents" && parsed.documents.map((d) => d.issued)).toEqual(["2020-11-17", undefined]);
  });

  test("text after the last number is kept for review; text without the table is unread", () => {
    expect(parseLegalBasis(`${H}Luật Hộ tịch60/2014/QH13Luật Hóa chất`)).toMatchObject({ kind: "documents", leftover: "Luật Hóa chất" });
    expect(parseLegalBasis(": Thông tư 269/2016/TT-BTC của Bộ Tài chính")).toEqual({
      kind: "unread",
      text: ": Thông tư 269/2016/TT-BTC của Bộ Tài chính",
    });
    expect(parseLegalBasis("Không có thông tin")).toEqual({ kind: "none" });
  });

  test.each([
    ["123/2015/NĐ-CP", "123/2015/ND-CP"],
    ["1234/QĐ-UBND", "1234/QD-UBND"],
    ["01/2014/TTLT-BTP-BNV", "01/2014/TTLT-BTP-BNV"],
    ["290/2005/QĐ-TTg", "290/2005/QD-TTg"],
    ["09/2019/TT-BKHĐT", "09/2019/TT-BKHDT"],
  ])("document id of %s is %s", (number, id) => {
    expect(documentId(number)).toBe(id);
  });
});
