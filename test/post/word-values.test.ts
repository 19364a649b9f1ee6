import { describe, expect, test } from "vitest";
import { wordAmount, wordDate, wordDeadline, wordDuration, wordFee, wordFeeAmount, wordNumber } from "../../src/words/procedure-words.js";

describe("wordNumber", () => {
  test.each([
    [8000, false, "8.000"],
    [1234567, false, "1.234.567"],
    [0, true, "0"],
    [1, true, "01"],
    [5, true, "05"],
    [12, true, "12"],
    [0.5, true, "0,5"],
    [1500.25, false, "1.500,25"],
  ])("%s (pad %s) → %s", (value, pad, expected) => {
    expect(wordNumber(value, pad)).toBe(expected);
  });
});

describe("wordDeadline", () => {
  test.each([
    [{ gia_tri: 1, don_vi: "ngay_lam_viec" as const }, "01 ngày làm việc"],
    [{ gia_tri: 15, don_vi: "ngay" as const }, "15 ngày"],
    [{ gia_tri: 4, don_vi: "gio" as const }, "04 giờ"],
    [{ gia_tri: 2, don_vi: "thang" as const }, "02 tháng"],
    [
      { gia_tri: 3, don_vi: "ngay_lam_viec" as const, ghi_chu: "Trường hợp phải xác minh thì không quá 05 ngày làm việc." },
      "03 ngày làm việc. Trường hợp phải xác minh thì không quá 05 ngày làm việc.",
    ],
  ])("%j → %s", (deadline, expected) => {
    expect(wordDeadline(deadline)).toBe(expected);
  });
});

test.each([
  [
    { gia_tri: 1, don_vi: "ngay_lam_viec" as const, ghi_chu: "Trường hợp phải xác minh thì không quá 05 ngày làm việc." },
    "01 ngày làm việc",
  ],
  [{ gia_tri: 45, don_vi: "ngay" as const }, "45 ngày"],
  [{ gia_tri: 8, don_vi: "gio" as const, ghi_chu: "Kể từ khi nhận đủ hồ sơ." }, "08 giờ"],
])("wordDuration %j → %s (the note left out)", (deadline, expected) => {
  expect(wordDuration(deadline)).toBe(expected);
});

test.each([
  [{ ten: "Lệ phí", so_tien: 0, ghi_chu: "Miễn lệ phí." }, "Miễn phí"],
  [{ ten: "Phí", so_tien: 400000 }, "400.000 đồng"],
  [{ ten: "Lệ phí", ghi_chu: "Mức thu do HĐND tỉnh quyết định." }, undefined],
])("wordFeeAmount %j → %s", (fee, expected) => {
  expect(wordFeeAmount(fee)).toBe(expected);
});

describe("wordFee", () => {
  test.each([
    [{ ten: "Lệ phí đăng ký kết hôn", so_tien: 0 }, "Lệ phí đăng ký kết hôn: Miễn phí"],
    [
      { ten: "Lệ phí đăng ký khai sinh", so_tien: 0, ghi_chu: "Miễn lệ phí khi đăng ký đúng hạn." },
      "Lệ phí đăng ký khai sinh: Miễn phí. Miễn lệ phí khi đăng ký đúng hạn.",
    ],
    [{ ten: "Phí cấp bản sao", so_tien: 8000 }, "Phí cấp bản sao: 8.000 đồng"],
    [{ ten: "Lệ phí", ghi_chu: "Mức thu do HĐND tỉnh quyết định." }, "Lệ phí: Mức thu do HĐND tỉnh quyết định."],
    [{ ten: "Lệ phí" }, "Lệ phí"],
  ])("%j → %s", (fee, expected) => {
    expect(wordFee(fee)).toBe(expected);
  });
});

test("wordAmount and wordDate", () => {
  expect(wordAmount(50000)).toBe("50.000 đồng");
  expect(wordDate("2026-03-02")).toBe("02/03/2026");
  expect(wordDate(new Date("2025-07-01T00:00:00Z") as unknown as string)).toBe("01/07/2025");
  expect(wordDate("sớm")).toBe("sớm");
});
