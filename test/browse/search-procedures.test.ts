import { describe, expect, test } from "vitest";
import type { PlacedProcedure } from "../../src/model/catalogue.js";
import { buildSearchIndex, searchProcedures } from "../../src/views/search-procedures.js";
import { foldText } from "../../src/words/fold-text.js";
import { makeProcedure } from "../support/builders.js";

describe("foldText", () => {
  test.each([
    ["Đăng ký khai sinh", "dang ky khai sinh"],
    ["ĐĂNG KÝ KHAI SINH", "dang ky khai sinh"],
    ["Đăng ký khai sinh".normalize("NFD"), "dang ky khai sinh"],
    ["Chứng thực bản sao từ bản chính", "chung thuc ban sao tu ban chinh"],
    ["Hộ tịch  có   yếu tố\tnước ngoài", "ho tich co yeu to nuoc ngoai"],
    ["Ủy ban nhân dân", "uy ban nhan dan"],
    ["đường", "duong"],
    ["1.001193", "1.001193"],
    ["  ", ""],
  ])("%j → %j", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

function place(ma: string, ten: string, field = "ho-tich", fieldName = "Hộ tịch"): PlacedProcedure {
  return { field, fieldName, file: `linh-vuc/${field}.yaml`, index: 0, procedure: makeProcedure({ ma, ten }) };
}

describe("searchProcedures", () => {
  const catalogue = [
    place("1.001193", "Thủ tục đăng ký khai sinh"),
    place("1.000656", "Thủ tục đăng ký khai tử"),
    place("1.004884", "Thủ tục đăng ký lại khai sinh"),
    place("2.000815", "Chứng thực bản sao từ bản chính", "chung-thuc", "Chứng thực"),
    place("1.001190", "Đăng ký kết hôn"),
    place("DP.000001", "Xác nhận tình trạng hôn nhân cho người đăng ký khai sinh", "ho-tich-dp", "Hộ tịch địa phương"),
  ];
  const index = buildSearchIndex(catalogue);
  const codes = (query: string) => searchProcedures(index, query).map((p) => p.procedure.ma);

  test.each([
    ["dang ky khai sinh", ["1.001193", "DP.000001", "1.004884"]],
    ["Đăng ký khai sinh", ["1.001193", "DP.000001", "1.004884"]],
    ["ĐĂNG KÝ KHAI SINH", ["1.001193", "DP.000001", "1.004884"]],
    // "tu" also starts "tục" of "Thủ tục": the name holding the phrase comes first.
    ["khai tu", ["1.000656", "1.001193", "1.004884"]],
    ["001193", ["1.001193"]],
    ["an", []],
    ["nhan", ["DP.000001"]],
    ["1.001193", ["1.001193"]],
    ["1.00119", ["1.001193", "1.001190"]],
    ["dp.", ["DP.000001"]],
    ["chung thuc", ["2.000815"]],
    ["ket hon", ["1.001190"]],
    ["sinh khai", ["1.001193", "1.004884", "DP.000001"]],
    ["hon nhan dang ky", ["DP.000001"]],
    ["khai sinh nuoc ngoai", []],
    ["", ["1.001193", "1.000656", "1.004884", "2.000815", "1.001190", "DP.000001"]],
    ["   ", ["1.001193", "1.000656", "1.004884", "2.000815", "1.001190", "DP.000001"]],
  ])("%j finds %j", (query, expected) => {
    expect(codes(query)).toEqual(expected);
  });
});

import { wrapLine } from "../../src/views/describe-procedure.js";

describe("wrapLine", () => {
  test.each([
    ["ngắn", 20, ["ngắn"]],
    ["Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa", 20, ["Người yêu cầu nộp hồ", "sơ tại Bộ phận Một", "cửa"]],
    ["https://dichvucong.gov.vn/p/home/dvc-tthc", 12, ["https://dich", "vucong.gov.v", "n/p/home/dvc", "-tthc"]],
    ["", 20, [""]],
  ])("%j at %i columns", (text, width, expected) => {
    expect(wrapLine(text, width)).toEqual(expected);
  });
});
