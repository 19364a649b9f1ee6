import { expect, test } from "vitest";
import { buildPostingFiles } from "../../src/post/build-posting-files.js";
import type { Block, Paragraph, PostingFile } from "../../src/post/posting-sheet.js";
import { selectPostedProcedures } from "../../src/post/select-posted-procedures.js";
import { makeCatalogue } from "../support/builders.js";
import { fullProcedure } from "./full-procedure.js";
import { sampleCatalogue } from "./sample-catalogue.js";

const DATE = "2026-03-02";

function build(catalogue = sampleCatalogue()): PostingFile[] {
  return buildPostingFiles(catalogue, selectPostedProcedures(catalogue, { date: DATE }), { date: DATE });
}

const words = (paragraphs: Paragraph[]) => paragraphs.map((p) => (p.lead ? `${p.lead} ${p.text}` : p.text));
const blockText = (block: Block) =>
  block.kind === "paragraphs" ? words(block.paragraphs) : block.rows.map((row) => row.cells.map((cell) => words(cell).join(" | ")));

test("the file carries the office, field, version and date", () => {
  const [hoTich] = build();
  expect(hoTich).toMatchObject({
    fieldCode: "ho-tich",
    fieldName: "Hộ tịch",
    version: "2026.2",
    date: "2026-03-02",
    dateText: "02/03/2026",
    agencyName: "Ủy ban nhân dân xã A",
    locality: "Xã A, tỉnh B",
  });
  expect(hoTich?.complaints).toMatch(/^Bộ phận Một cửa UBND xã A/);
});

test("list rows: short values only — deadline without its note, fee name and amount, documents in one run", () => {
  const [hoTich] = build();
  // Every procedure of the field is done at the same place: said once, no place column.
  expect(hoTich?.list.place).toBe("Bộ phận Một cửa UBND xã A");
  expect(hoTich?.list.columns.map((c) => [c.title, c.width, c.align ?? "left", c.qr === true])).toEqual([
    ["STT", 34, "center", false],
    ["Tên thủ tục", 217, "left", false],
    ["Thời hạn giải quyết", 64, "left", false],
    ["Cách thức thực hiện", 144, "left", false],
    ["Phí, lệ phí", 126, "left", false],
    ["Căn cứ pháp lý", 115, "left", false],
    ["Mã QR", 70, "center", true],
  ]);
  expect(hoTich?.list.rows.map((row) => row.cells.map(words))).toEqual([
    [
      ["1"],
      ["Thủ tục đăng ký khai sinh", "Mã: 1.001193", "Áp dụng từ ngày: 01/07/2025"],
      ["01 ngày làm việc"],
      ["Trực tiếp", "Trực tuyến (toàn trình)", "Dịch vụ bưu chính"],
      ["Lệ phí đăng ký khai sinh: Miễn phí"],
      ["60/2014/QH13; 123/2015/NĐ-CP"],
    ],
    [
      ["2"],
      ["Thủ tục đăng ký kết hôn", "Mã: 1.000894", "Áp dụng từ ngày: 01/07/2025"],
      ["03 ngày làm việc"],
      ["Trực tiếp"],
      ["Lệ phí đăng ký kết hôn: Miễn phí"],
      ["60/2014/QH13; 123/2015/NĐ-CP"],
    ],
    [
      ["3"],
      ["Thủ tục cấp bản sao trích lục hộ tịch", "Mã: 2.000635", "Áp dụng từ ngày: 01/07/2025"],
      ["04 giờ"],
      ["Trực tiếp", "Trực tuyến (một phần)", "Dịch vụ bưu chính"],
      ["Phí cấp bản sao trích lục: 8.000 đồng"],
      ["60/2014/QH13; 123/2015/NĐ-CP"],
    ],
  ]);
  expect(hoTich?.list.rows.map((row) => row.qrUrl)).toEqual([
    "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/khai-sinh-1001193",
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894",
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000635",
  ]);
  // The notes left out of the list are on the detail sheet; the list says so, and what the QR does.
  expect(hoTich?.list.notes).toEqual([
    "Sắp áp dụng, chưa niêm yết: thủ tục mới 1.009999 – Thủ tục chưa có hiệu lực, áp dụng từ ngày 01/01/2027.",
    "Ghi chú về thời hạn, phí, lệ phí: xem trang của từng thủ tục ngay sau danh mục này.",
    "Quét mã QR bằng điện thoại để xem thủ tục trực tuyến.",
  ]);
  expect(blockText(hoTich?.details[0]?.sections[3]?.blocks[0] as Block)).toEqual([
    "01 ngày làm việc. Trường hợp cần xác minh thì không quá 05 ngày làm việc.",
  ]);
  expect(blockText(hoTich?.details[0]?.sections[7]?.blocks[0] as Block)).toEqual([
    "Lệ phí đăng ký khai sinh: Miễn phí. Miễn lệ phí khi đăng ký đúng hạn.",
  ]);
});

test("places that differ keep the place column, one cell per row", () => {
  const catalogue = makeCatalogue({
    fields: [
      {
        ma: "chung-thuc",
        ten: "Chứng thực",
        thu_tuc: [
          fullProcedure({ ma: "2.000815", dia_diem: "Bộ phận Một cửa UBND xã A" }),
          fullProcedure({ ma: "2.001019", dia_diem: "Bộ phận Một cửa UBND xã A (hoặc nơi ở của người lập di chúc)" }),
        ],
      },
    ],
  });
  const [file] = build(catalogue);
  expect(file?.list.place).toBeUndefined();
  expect(file?.list.columns.map((c) => c.title)).toEqual([
    "STT",
    "Tên thủ tục",
    "Thời hạn giải quyết",
    "Địa điểm thực hiện",
    "Cách thức thực hiện",
    "Phí, lệ phí",
    "Căn cứ pháp lý",
    "Mã QR",
  ]);
  expect(file?.list.rows.map((row) => words(row.cells[3] ?? []))).toEqual([
    ["Bộ phận Một cửa UBND xã A"],
    ["Bộ phận Một cửa UBND xã A (hoặc nơi ở của người lập di chúc)"],
  ]);
  expect(file?.list.columns.reduce((sum, c) => sum + c.width, 0)).toBe(770);
});

test.each([
  [
    "no amount: set elsewhere",
    { ten: "Lệ phí cấp giấy phép xây dựng", ghi_chu: "Mức thu do HĐND tỉnh quyết định." },
    "Lệ phí cấp giấy phép xây dựng: Theo quy định",
  ],
  ["free, with a note", { ten: "Lệ phí", so_tien: 0, ghi_chu: "Không thu lệ phí." }, "Lệ phí: Miễn phí"],
  ["an amount, with a note", { ten: "Phí chứng thực", so_tien: 2000, ghi_chu: "2.000 đồng/trang." }, "Phí chứng thực: 2.000 đồng"],
])("list fee, %s", (_name, fee, expected) => {
  const [file] = build(makeCatalogue({ fields: [{ ma: "f", ten: "F", thu_tuc: [fullProcedure({ phi_le_phi: [fee] })] }] }));
  expect(words(file?.list.rows[0]?.cells[4] ?? [])).toEqual([expected]);
});

test("a list with nothing left out and no link has no notes", () => {
  const procedure = fullProcedure({
    thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" },
    phi_le_phi: [{ ten: "Lệ phí", so_tien: 0 }],
    dich_vu_cong: { muc_do: "khong" },
  });
  const [file] = build(makeCatalogue({ fields: [{ ma: "f", ten: "F", thu_tuc: [procedure] }], manifest: { qr_goc: undefined } }));
  expect(file?.list.notes).toEqual([]);
  expect(file?.list.rows[0]?.qrUrl).toBeUndefined();
});

test("without dia_diem the place is the agency; without any link there is no QR", () => {
  const catalogue = sampleCatalogue();
  catalogue.manifest.qr_goc = undefined;
  const [, chungThuc] = build(catalogue);
  expect(chungThuc?.list.place).toBe("Công an xã A");
  expect(chungThuc?.list.columns.map((c) => c.title)).not.toContain("Địa điểm thực hiện");
  expect(chungThuc?.list.rows[0]?.qrUrl).toBeUndefined();
  expect(chungThuc?.details[0]?.qrUrl).toBeUndefined();
});

test("detail sheet: the eleven elements in the legal order, 'Không' where the procedure has none", () => {
  const [hoTich] = build();
  const marriage = hoTich?.details[1];
  expect(marriage?.code).toBe("1.000894");
  expect(marriage?.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
    "1. Trình tự thực hiện",
    "2. Cách thức thực hiện",
    "3. Thành phần, số lượng hồ sơ",
    "4. Thời hạn giải quyết",
    "5. Đối tượng thực hiện thủ tục hành chính",
    "6. Cơ quan thực hiện thủ tục hành chính",
    "7. Kết quả thực hiện thủ tục hành chính",
    "8. Phí, lệ phí",
    "9. Tên mẫu đơn, mẫu tờ khai",
    "10. Yêu cầu, điều kiện thực hiện thủ tục hành chính",
    "11. Căn cứ pháp lý của thủ tục hành chính",
  ]);
  expect(marriage?.sections.map((s) => s.blocks.map(blockText))).toEqual([
    [
      [
        "Bước 1: Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.",
        "Bước 2: Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ hộ tịch, trình ký.",
      ],
    ],
    [["Trực tiếp", "Địa điểm tiếp nhận hồ sơ và trả kết quả: Bộ phận Một cửa UBND xã A"]],
    [
      [
        ["1", "Tờ khai đăng ký khai sinh theo mẫu (mẫu TK-KS)", "01", "0"],
        ["2", "Giấy chứng sinh", "01", "0"],
      ],
      ["Số lượng hồ sơ: 01 bộ"],
    ],
    [["03 ngày làm việc"]],
    [["Công dân Việt Nam, Người nước ngoài"]],
    [["Cơ quan có thẩm quyền: Ủy ban nhân dân xã A", "Cơ quan trực tiếp thực hiện: Ủy ban nhân dân xã A"]],
    [["Không"]],
    [["Lệ phí đăng ký kết hôn: Miễn phí"]],
    [["Không"]],
    [["Không"]],
    [
      [
        "60/2014/QH13 ngày 20/11/2014 – Luật Hộ tịch",
        "123/2015/NĐ-CP ngày 15/11/2015 – Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
      ],
    ],
  ]);
  expect(marriage?.forms).toEqual([]);
});

test("forms are named in element 9 and listed again to be posted right after", () => {
  const [hoTich] = build();
  const birth = hoTich?.details[0];
  expect(blockText(birth?.sections[8]?.blocks[0] as Block)).toEqual([
    "Tờ khai đăng ký khai sinh (mẫu TK-KS, ban hành kèm theo 04/2020/TT-BTP)",
  ]);
  expect(words(birth?.forms ?? [])).toEqual(["1. Tờ khai đăng ký khai sinh (mẫu TK-KS, ban hành kèm theo 04/2020/TT-BTP)"]);
  expect(words(birth?.sections[1]?.blocks[0]?.kind === "paragraphs" ? birth.sections[1].blocks[0].paragraphs : [])).toEqual([
    "Trực tiếp",
    "Trực tuyến (toàn trình): thời hạn giải quyết 01 ngày làm việc",
    "Dịch vụ bưu chính",
    "Địa điểm tiếp nhận hồ sơ và trả kết quả: Bộ phận Một cửa UBND xã A",
  ]);
  expect(words(birth?.facts ?? [])).toEqual([
    "Mã thủ tục: 1.001193",
    "Lĩnh vực: Hộ tịch",
    "Cấp thực hiện: Cấp xã",
    "Áp dụng từ ngày: 01/07/2025",
    "Công bố tại: Quyết định số 1234/QĐ-UBND ngày 25/06/2025",
  ]);
});

test("every text is NFC and without control characters, whatever the catalogue holds", () => {
  const nfd = "Thủ tục đăng ký khai sinh".normalize("NFD");
  const catalogue = makeCatalogue({
    fields: [{ ma: "ho-tich", ten: "Hộ tịch".normalize("NFD"), thu_tuc: [fullProcedure({ ten: `${nfd}\tcó\u0007 tab` })] }],
  });
  const [file] = build(catalogue);
  expect(file?.fieldName).toBe("Hộ tịch".normalize("NFC"));
  expect(file?.details[0]?.name).toBe("Thủ tục đăng ký khai sinh có  tab".normalize("NFC"));
  expect(JSON.stringify(file)).toBe(JSON.stringify(file).normalize("NFC"));
});
