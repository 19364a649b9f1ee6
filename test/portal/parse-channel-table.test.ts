// The portal's channel table, flattened with no separators, in the shapes real records take.
import { describe, expect, test } from "vitest";
import { parseChannelTable } from "../../src/portal/parse-channel-table.js";

const H = "Hình thức nộpThời gianPhí, lệ phíMô tả";

describe("parseChannelTable", () => {
  test.each([
    {
      name: "a deadline with its unit, free, no description",
      text: `${H}Trực tiếp3 Ngày làm việcMiễn phí`,
      rows: [{ channel: "truc_tiep", deadline: { kind: "value", gia_tri: 3, don_vi: "ngay_lam_viec" }, fee: { kind: "free" } }],
    },
    {
      name: "calendar days, hours, months, a decimal",
      text: `${H}Trực tuyến10 NgàyMiễn phíDịch vụ bưu chính8 GiờMiễn phíTrực tiếp6 Tháng100 USD(100 USD/thẻ.)Trực tuyến1.5 Ngày làm việcMiễn phí`,
      rows: [
        { channel: "truc_tuyen", deadline: { kind: "value", gia_tri: 10, don_vi: "ngay" } },
        { channel: "buu_chinh", deadline: { kind: "value", gia_tri: 8, don_vi: "gio" } },
        {
          channel: "truc_tiep",
          deadline: { kind: "value", gia_tri: 6, don_vi: "thang" },
          fee: { kind: "amount", amount: 100, currency: "USD", note: "100 USD/thẻ." },
        },
        { channel: "truc_tuyen", deadline: { kind: "value", gia_tri: 1.5, don_vi: "ngay_lam_viec" } },
      ],
    },
    {
      name: "a bare number: no unit is assumed",
      text: `${H}Trực tuyến7Miễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.)`,
      rows: [
        {
          channel: "truc_tuyen",
          deadline: { kind: "bare", gia_tri: 7, text: "7" },
          fee: { kind: "free", note: "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định." },
        },
      ],
    },
    {
      name: "an amount in thousands with its note and a description after it",
      text: `${H}Trực tiếp2 Ngày làm việc100,000 Việt Nam Đồng(Lệ phí: 100.000 đồng/lần)Nộp tại Bộ phận Một cửa.`,
      rows: [
        {
          fee: { kind: "amount", amount: 100000, currency: "VND", note: "Lệ phí: 100.000 đồng/lần" },
          description: "Nộp tại Bộ phận Một cửa.",
        },
      ],
    },
    {
      name: "deadline digits run into the fee's: neither is guessed",
      text: `${H}Trực tuyến120,000 VNĐ(20.000 đồng/tờ khai)`,
      rows: [{ deadline: { kind: "ambiguous" }, fee: { kind: "unread", text: "120,000 VNĐ", note: "20.000 đồng/tờ khai" } }],
    },
    {
      name: "words in the deadline cell, no information in the fee",
      text: `${H}Trực tuyếnKhông phải trả kết quả cho người nộp thuếMiễn phíTrực tiếpKhông có thông tinKhông có thông tin`,
      rows: [
        { deadline: { kind: "text", text: "Không phải trả kết quả cho người nộp thuế" }, fee: { kind: "free" } },
        { deadline: { kind: "none" }, fee: { kind: "none" } },
      ],
    },
    {
      name: "a channel named inside a description does not start a row",
      text: `${H}Trực tiếp10 NgàyKhông có thông tinTrực tiếp tại Công an cấp xã. Trực tuyến qua Cổng.`,
      rows: [{ channel: "truc_tiep", description: "Trực tiếp tại Công an cấp xã. Trực tuyến qua Cổng." }],
    },
    {
      name: "several cases for one channel, and nested parentheses in a note",
      text: `${H}Trực tiếp1 Ngày làm việcMiễn phí(Đồng (theo Thông tư 85/2019/TT-BTC))Trong ngày.Trực tiếp3 Ngày làm việcMiễn phíTrường hợp phức tạp.`,
      rows: [
        {
          channel: "truc_tiep",
          deadline: { gia_tri: 1 },
          fee: { note: "Đồng (theo Thông tư 85/2019/TT-BTC)" },
          description: "Trong ngày.",
        },
        { channel: "truc_tiep", deadline: { gia_tri: 3 }, description: "Trường hợp phức tạp." },
      ],
    },
  ])("$name", ({ text, rows }) => {
    const parsed = parseChannelTable(text);
    expect(parsed.unread).toBeUndefined();
    expect(parsed.rows).toHaveLength(rows.length);
    parsed.rows.forEach((row, i) => expect(row).toMatchObject(rows[i]!));
  });

  test("NFD text and no-break spaces read like the clean text", () => {
    const dirty = `${H}Trực tiếp3\u00a0Ngày làm việcMiễn phí`.normalize("NFD");
    expect(parseChannelTable(dirty).rows).toEqual(parseChannelTable(`${H}Trực tiếp3 Ngày làm việcMiễn phí`).rows);
  });

  test("text that is not the table is kept, unread", () => {
    expect(parseChannelTable("Nộp trực tiếp tại Sở")).toEqual({ rows: [], unread: "Nộp trực tiếp tại Sở" });
    expect(parseChannelTable(`${H}Trực tiếpHệ thống phản hồi tự động.Không có thông tin`)).toMatchObject({
      rows: [],
      unread: "Trực tiếpHệ thống phản hồi tự động.Không có thông tin",
    });
  });
});
