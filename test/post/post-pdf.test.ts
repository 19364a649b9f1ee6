import { beforeAll, describe, expect, test } from "vitest";
import { buildPostingFiles } from "../../src/post/build-posting-files.js";
import { loadPostFonts, type PostFonts } from "../../src/source/load-post-fonts.js";
import type { PostingFile } from "../../src/post/posting-sheet.js";
import { qrMatrix } from "../../src/post/qr-matrix.js";
import { selectPostedProcedures } from "../../src/post/select-posted-procedures.js";
import { renderPostPdf } from "../../src/render/post/post-pdf.js";
import type { Catalogue } from "../../src/model/catalogue.js";
import { makeCatalogue } from "../support/builders.js";
import { fullProcedure } from "./full-procedure.js";
import { sampleCatalogue } from "./sample-catalogue.js";
import { extractPages, flat, pdfInfo } from "./pdf-text.js";

const DATE = "2026-03-02";
let fonts: PostFonts;

beforeAll(async () => {
  fonts = await loadPostFonts();
});

function build(catalogue: Catalogue = sampleCatalogue(), date = DATE): PostingFile[] {
  return buildPostingFiles(catalogue, selectPostedProcedures(catalogue, { date }), { date });
}

async function render(file: PostingFile | undefined): Promise<Uint8Array> {
  if (!file) throw new Error("no file");
  return renderPostPdf(file, { fonts });
}

/** The pages of each sheet: a sheet starts where its own "Trang 1/n" is. */
function pageNumbers(pages: string[]): string[] {
  return pages.map((page) => /Trang (\d+\/\d+)/.exec(page)?.[1] ?? "?");
}

describe("the sample field's sheets", () => {
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    pages = await extractPages(await render(build()[0]));
    text = flat(pages.join("\n"));
  });

  test("a PDF 1.3 file, A4, with one list page then each procedure's pages", async () => {
    const bytes = await render(build()[0]);
    expect(Buffer.from(bytes.subarray(0, 8)).toString("latin1")).toBe("%PDF-1.3");
    expect(pageNumbers(pages)).toEqual(["1/1", "1/2", "2/2", "1/2", "2/2", "1/2", "2/2"]);
  });

  test.each([
    "DANH MỤC THỦ TỤC HÀNH CHÍNH",
    "Ủy ban nhân dân xã A",
    "Xã A, tỉnh B",
    "Lĩnh vực: Hộ tịch",
    "Ngày niêm yết 02/03/2026 · Phiên bản 2026.2 · Gồm 3 thủ tục",
    "Sắp áp dụng, chưa niêm yết: thủ tục mới 1.009999 – Thủ tục chưa có hiệu lực, áp dụng từ ngày 01/01/2027.",
    "Thủ tục đăng ký khai sinh",
    "Thủ tục đăng ký kết hôn",
    "Thủ tục cấp bản sao trích lục hộ tịch",
    "01 ngày làm việc. Trường hợp cần xác minh thì không quá 05 ngày làm việc.",
    "03 ngày làm việc",
    "04 giờ",
    "Lệ phí đăng ký khai sinh: Miễn phí. Miễn lệ phí khi đăng ký đúng hạn.",
    "Lệ phí đăng ký kết hôn: Miễn phí",
    "Phí cấp bản sao trích lục: 8.000 đồng. Mỗi bản sao.",
    "Trực tuyến (toàn trình)",
    "Dịch vụ bưu chính",
    "123/2015/NĐ-CP ngày 15/11/2015 – Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "7. Kết quả thực hiện thủ tục hành chính Không",
    "9. Tên mẫu đơn, mẫu tờ khai Không",
    "10. Yêu cầu, điều kiện thực hiện thủ tục hành chính Không",
    "Mẫu đơn, tờ khai niêm yết ngay sau thủ tục này 1. Tờ khai đăng ký khai sinh (mẫu TK-KS, ban hành kèm theo 04/2020/TT-BTP)",
    "Xem trực tuyến: https://dichvucong.gov.vn/thu-tuc-hanh-chinh/khai-sinh-1001193",
  ])("shows %s exactly", (expected) => {
    expect(text).toContain(expected);
  });

  test("extracted text is NFC, the catalogue's own text", () => {
    expect(text).toBe(text.normalize("NFC"));
  });

  test("prints no abolished or not-yet-effective procedure (the later one is only named in the note), and no ASCII document id", () => {
    expect(text).not.toContain("đã bãi bỏ");
    expect(text).not.toContain("Mã: 1.009999");
    expect(text).not.toContain("Mã thủ tục: 1.009999");
    expect(text).not.toContain("Áp dụng từ ngày 02/03/2026");
    expect(text).not.toContain("123/2015/ND-CP");
  });

  test("each detail sheet gives the eleven elements in the legal order", () => {
    const sheets = text.split("THỦ TỤC HÀNH CHÍNH Thủ tục").slice(1);
    expect(sheets).toHaveLength(3);
    for (const sheet of sheets) {
      const positions = [
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
      ].map((title) => sheet.indexOf(title));
      expect(positions.every((at) => at >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  test("every page carries the complaints address, version, date and its page number", () => {
    for (const page of pages) {
      const line = flat(page);
      expect(line).toContain(
        "Địa chỉ tiếp nhận phản ánh, kiến nghị: Bộ phận Một cửa UBND xã A, số 1 đường Lê Lợi, xã A, tỉnh B. Điện thoại: 0203 3812 345. Email: motcua@xaa.gov.vn",
      );
      expect(line).toContain("Lĩnh vực: Hộ tịch · Phiên bản: 2026.2 · Ngày niêm yết: 02/03/2026");
      expect(line).toMatch(/Trang \d+\/\d+/);
    }
  });
});

test("a name with <script> and & is printed and extracted literally", async () => {
  const [, chungThuc] = build();
  const text = flat((await extractPages(await render(chungThuc))).join("\n"));
  expect(text).toContain('Chứng thực bản sao từ bản chính <script>alert("x")</script> & giấy tờ');
  expect(text).toContain("Phí chứng thực bản sao: 2.000 đồng. Mỗi trang.");
  expect(text).toContain("02 ngày");
});

test("an NFD catalogue still extracts as NFC", async () => {
  const name = "Thủ tục đăng ký thường trú";
  const catalogue = makeCatalogue({ fields: [{ ma: "cu-tru", ten: "Cư trú", thu_tuc: [fullProcedure({ ten: name.normalize("NFD") })] }] });
  const text = flat((await extractPages(await render(build(catalogue)[0]))).join("\n"));
  expect(text).toContain(name.normalize("NFC"));
});

describe("the list sheet is compact", () => {
  test("its page says the short values only; the notes are on the detail sheet", async () => {
    const pages = await extractPages(await render(build()[0]));
    const list = flat(pages[0] ?? "");
    expect(list).toContain("Địa điểm thực hiện: Bộ phận Một cửa UBND xã A");
    expect(list).toContain(
      "Ghi chú về thời hạn, phí, lệ phí: xem trang của từng thủ tục ngay sau danh mục này. Quét mã QR bằng điện thoại để xem thủ tục trực tuyến.",
    );
    expect(list).toContain("STT Tên thủ tục Thời hạn giải quyết Cách thức thực hiện Phí, lệ phí Căn cứ pháp lý Mã QR");
    expect(list).toContain(
      "1 Thủ tục đăng ký khai sinh Mã: 1.001193 Áp dụng từ ngày: 01/07/2025 01 ngày làm việc Trực tiếp Trực tuyến (toàn trình) Dịch vụ bưu chính Lệ phí đăng ký khai sinh: Miễn phí 60/2014/QH13; 123/2015/NĐ-CP",
    );
    expect(list).toContain("Phí cấp bản sao trích lục: 8.000 đồng");
    expect(list).not.toContain("Trường hợp cần xác minh");
    expect(list).not.toContain("Mỗi bản sao.");
    expect(list).not.toContain("Địa điểm thực hiện Cách thức");
    const detail = flat(pages[1] ?? "");
    expect(detail).toContain("4. Thời hạn giải quyết 01 ngày làm việc. Trường hợp cần xác minh thì không quá 05 ngày làm việc.");
  });

  test("six typical procedures (eleven documents, notes, one place) list on at most two landscape pages", async () => {
    const numbers = [
      "52/2014/QH13",
      "87/2020/ND-CP",
      "104/2022/ND-CP",
      "07/2025/ND-CP",
      "120/2025/ND-CP",
      "18/2026/ND-CP",
      "04/2024/TT-BTP",
      "01/2022/TT-BTP",
      "281/2016/TT-BTC",
    ];
    const names = [
      "Thủ tục đăng ký khai sinh",
      "Thủ tục đăng ký kết hôn",
      "Thủ tục đăng ký nhận cha, mẹ, con",
      "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
      "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc",
      "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân",
    ];
    const procedures = names.map((ten, index) =>
      fullProcedure({
        ma: `1.00${index + 1}000`,
        ten,
        dia_diem: "Trung tâm Phục vụ hành chính công xã Hòa An hoặc Cổng Dịch vụ công quốc gia",
        thoi_han: {
          gia_tri: 3,
          don_vi: "ngay_lam_viec",
          ghi_chu:
            "Giải quyết ngay khi nhận đủ hồ sơ hợp lệ; hồ sơ tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp phải xác minh thì không quá 05 ngày làm việc.",
        },
        phi_le_phi: [
          { ten: "Lệ phí đăng ký", ghi_chu: "Mức do Hội đồng nhân dân tỉnh quy định; miễn cho người thuộc gia đình có công, hộ nghèo." },
          { ten: "Phí cấp bản sao trích lục (nếu có yêu cầu)", so_tien: 8000, ghi_chu: "8.000 đồng/bản sao (Thông tư 281/2016/TT-BTC)." },
        ],
        can_cu_phap_ly: ["60/2014/QH13", "123/2015/ND-CP", ...numbers],
      }),
    );
    const catalogue = makeCatalogue({ procedures });
    catalogue.documents.push(...numbers.map((id) => ({ id, so_hieu: id.replace("ND-CP", "NĐ-CP"), ten: "Văn bản" })));
    const pages = await extractPages(await render(build(catalogue)[0]));
    // The list's pages are those before the first detail sheet (the first with "Mã thủ tục:").
    const listPages = pages.findIndex((page) => page.includes("Mã thủ tục:"));
    expect(listPages).toBeGreaterThanOrEqual(1);
    expect(listPages).toBeLessThanOrEqual(2);
    expect(pageNumbers(pages.slice(0, listPages))).toEqual(pageNumbers(pages.slice(0, listPages)).map((_, i) => `${i + 1}/${listPages}`));
    // Every procedure is listed once, with its whole legal basis.
    const list = flat(pages.slice(0, listPages).join("\n"));
    for (const ten of names) expect(list).toContain(ten);
    expect(list.split("281/2016/TT-BTC").length - 1).toBe(6);
    expect(list.split("Lệ phí đăng ký: Theo quy định").length - 1).toBe(6);
  });
});

describe("long procedures flow over pages", () => {
  const cycle = ["Người", "dân", "nộp", "hồ", "sơ", "đầy", "đủ", "giấy", "tờ", "hợp-lệ"];
  const words3000 = Array.from({ length: 3000 }, (_, i) => cycle[i % cycle.length]).join(" ");
  const count = (text: string, word: string) => text.split(word).length - 1;

  test("40 dossier components and a 3,000-word step: several pages, header on each, no row cut", async () => {
    const procedure = fullProcedure({
      ma: "1.888888",
      ten: "Thủ tục có hồ sơ dài",
      trinh_tu: [{ mo_ta: words3000, chu_the: "nguoi_dan" }],
      thanh_phan_ho_so: Array.from({ length: 40 }, (_, i) => ({ ten: `Giấy tờ số ${i + 1} kèm theo đơn`, ban_chinh: 1, ban_sao: 2 })),
    });
    const catalogue = makeCatalogue({ fields: [{ ma: "dai", ten: "Thủ tục dài", thu_tuc: [procedure] }] });
    const pages = await extractPages(await render(build(catalogue)[0]));
    const detail = pages.slice(1);
    expect(detail.length).toBeGreaterThanOrEqual(4);
    expect(pageNumbers(detail)).toEqual(detail.map((_, i) => `${i + 1}/${detail.length}`));
    // Every word of the step is there, once.
    expect(count(pages.join("\n"), "hợp-lệ")).toBe(300);
    // Continuation pages say whose they are.
    for (const page of detail.slice(1)) expect(flat(page)).toMatch(/^1\.888888 – Thủ tục có hồ sơ dài \(tiếp theo\)/);
    // Each page with components repeats the table header above them.
    const withRows = detail.filter((page) => page.includes("Giấy tờ số"));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(flat(page)).toContain("STT Tên giấy tờ Bản chính Bản sao 1");
    // A row is never split: its number, name and copies sit together on one page.
    const all = detail.map(flat).join(" ");
    for (let n = 1; n <= 40; n++) {
      expect(detail.filter((page) => flat(page).includes(`${n} Giấy tờ số ${n} kèm theo đơn 01 02`))).toHaveLength(1);
    }
    expect(count(all, "kèm theo đơn")).toBe(40);
  });

  test("a single row taller than a page is split with the header repeated", async () => {
    const procedure = fullProcedure({
      ma: "1.777777",
      ten: "Thủ tục có một giấy tờ rất dài",
      thanh_phan_ho_so: [{ ten: words3000, ban_chinh: 1, ban_sao: 0 }],
    });
    const catalogue = makeCatalogue({ fields: [{ ma: "dai", ten: "Thủ tục dài", thu_tuc: [procedure] }] });
    const pages = await extractPages(await render(build(catalogue)[0]));
    const withWords = pages.slice(1).filter((page) => page.includes("hợp-lệ"));
    expect(withWords.length).toBeGreaterThanOrEqual(3);
    for (const page of withWords) expect(flat(page)).toContain("STT Tên giấy tờ Bản chính Bản sao");
    expect(count(pages.join("\n"), "hợp-lệ")).toBe(300);
  });

  test("a list row taller than a page is split too", async () => {
    const procedure = fullProcedure({ ma: "1.666666", ten: "Thủ tục", phi_le_phi: [{ ten: words3000, so_tien: 0 }] });
    const catalogue = makeCatalogue({ fields: [{ ma: "dai", ten: "Thủ tục dài", thu_tuc: [procedure] }] });
    const pages = await extractPages(await render(build(catalogue)[0]));
    const listPages = pages.filter((page) => page.includes("Mã QR"));
    expect(listPages.length).toBeGreaterThanOrEqual(2);
    for (const page of listPages) expect(flat(page)).toContain("STT Tên thủ tục Thời hạn giải quyết");
    // The list pages and the detail pages each hold the 3,000 words once.
    expect(count(listPages.join("\n"), "hợp-lệ")).toBe(300);
    expect(count(pages.join("\n"), "hợp-lệ")).toBe(600);
  });
});

describe("reproducible", () => {
  test("same catalogue and date give identical bytes", async () => {
    const a = await render(build()[0]);
    const b = await render(build()[0]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  test("the date sets the document dates; another date gives another file", async () => {
    const a = await render(build()[0]);
    expect(await pdfInfo(a)).toMatchObject({
      CreationDate: "D:20260302000000Z",
      ModDate: "D:20260302000000Z",
      Title: "Niêm yết thủ tục hành chính – lĩnh vực Hộ tịch",
      Author: "Ủy ban nhân dân xã A",
    });
    const b = await render(build(sampleCatalogue(), "2026-03-03")[0]);
    expect(await pdfInfo(b)).toMatchObject({ CreationDate: "D:20260303000000Z" });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});

test("the QR generator is given each procedure's link, list row then detail sheet", async () => {
  const payloads: string[] = [];
  const [hoTich] = build();
  await renderPostPdf(hoTich as PostingFile, {
    fonts,
    makeQr: (payload) => {
      payloads.push(payload);
      return qrMatrix(payload);
    },
  });
  const birth = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/khai-sinh-1001193";
  const marriage = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894";
  const copy = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000635";
  expect(payloads).toEqual([birth, marriage, copy, birth, marriage, copy]);
});
