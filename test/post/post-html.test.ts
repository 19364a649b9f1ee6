import { describe, expect, test } from "vitest";
import { buildPostingFiles } from "../../src/post/build-posting-files.js";
import type { PostingFile } from "../../src/post/posting-sheet.js";
import { qrMatrix, type QrMatrix } from "../../src/post/qr-matrix.js";
import { selectPostedProcedures } from "../../src/post/select-posted-procedures.js";
import { escapeHtml } from "../../src/words/escape.js";
import { renderPostHtml } from "../../src/render/post/post-html.js";
import { renderQrSvg } from "../../src/render/post/post-qr-svg.js";
import type { Catalogue } from "../../src/model/catalogue.js";
import { makeCatalogue } from "../support/builders.js";
import { fullProcedure } from "./full-procedure.js";
import { sampleCatalogue } from "./sample-catalogue.js";

const DATE = "2026-03-02";

function build(catalogue: Catalogue = sampleCatalogue()): PostingFile[] {
  return buildPostingFiles(catalogue, selectPostedProcedures(catalogue, { date: DATE }), { date: DATE });
}

/** Visible text: tags dropped, entities decoded, whitespace collapsed. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<title>[\s\S]*?<\/title>/g, " ")
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<br>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

test.each([
  ["plain", "Hộ tịch", "Hộ tịch"],
  ["all five", `<a href="x">'&'</a>`, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"],
  ["an entity stays text", "&amp;", "&amp;amp;"],
])("escapeHtml: %s", (_name, input, expected) => {
  expect(escapeHtml(input)).toBe(expected);
});

describe("the sample field's HTML", () => {
  const [hoTich, chungThuc] = build();
  const html = renderPostHtml(hoTich as PostingFile);
  const text = visible(html);

  test("is a self-contained print document: inline CSS, A4 pages, repeated headers, rows kept whole", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("@page { size: A4 portrait;");
    expect(html).toContain("@page list { size: A4 landscape;");
    expect(html).toContain("table.data > thead { display: table-header-group; }");
    expect(html).toContain("table.data tr { break-inside: avoid; page-break-inside: avoid; }");
    expect(html).toContain('content: "Trang " counter(page) "/" counter(pages)');
    expect(html).not.toMatch(/<link|<script|<img|src=|url\(/);
    // One list sheet and three detail sheets, each with the footer.
    expect(html.match(/<section class="sheet sheet-list">/g)).toHaveLength(1);
    expect(html.match(/<section class="sheet sheet-detail">/g)).toHaveLength(3);
    expect(html.match(/<tfoot>/g)).toHaveLength(4);
    expect(html.match(/<thead>/g)).toHaveLength(4); // the list table and three dossier tables
  });

  test.each([
    "DANH MỤC THỦ TỤC HÀNH CHÍNH",
    "Ủy ban nhân dân xã A",
    "Lĩnh vực: Hộ tịch",
    "Ngày niêm yết 02/03/2026 · Phiên bản 2026.2 · Gồm 3 thủ tục",
    "Gồm 3 thủ tục Địa điểm thực hiện: Bộ phận Một cửa UBND xã A Sắp áp dụng, chưa niêm yết: thủ tục mới 1.009999 – Thủ tục chưa có hiệu lực, áp dụng từ ngày 01/01/2027. Ghi chú về thời hạn, phí, lệ phí: xem trang của từng thủ tục ngay sau danh mục này. Quét mã QR bằng điện thoại để xem thủ tục trực tuyến. STT",
    "STT Tên thủ tục Thời hạn giải quyết Cách thức thực hiện Phí, lệ phí Căn cứ pháp lý Mã QR",
    "1 Thủ tục đăng ký khai sinh Mã: 1.001193 Áp dụng từ ngày: 01/07/2025 01 ngày làm việc Trực tiếp Trực tuyến (toàn trình) Dịch vụ bưu chính Lệ phí đăng ký khai sinh: Miễn phí 60/2014/QH13; 123/2015/NĐ-CP",
    "3 Thủ tục cấp bản sao trích lục hộ tịch Mã: 2.000635 Áp dụng từ ngày: 01/07/2025 04 giờ Trực tiếp Trực tuyến (một phần) Dịch vụ bưu chính Phí cấp bản sao trích lục: 8.000 đồng 60/2014/QH13",
    "4. Thời hạn giải quyết 01 ngày làm việc. Trường hợp cần xác minh thì không quá 05 ngày làm việc.",
    "Phí cấp bản sao trích lục: 8.000 đồng. Mỗi bản sao.",
    "7. Kết quả thực hiện thủ tục hành chính Không",
    "9. Tên mẫu đơn, mẫu tờ khai Không",
    "10. Yêu cầu, điều kiện thực hiện thủ tục hành chính Không",
    "Địa chỉ tiếp nhận phản ánh, kiến nghị: Bộ phận Một cửa UBND xã A, số 1 đường Lê Lợi, xã A, tỉnh B. Điện thoại: 0203 3812 345. Email: motcua@xaa.gov.vn Lĩnh vực: Hộ tịch · Phiên bản: 2026.2 · Ngày niêm yết: 02/03/2026",
    "Mẫu đơn, tờ khai niêm yết ngay sau thủ tục này 1. Tờ khai đăng ký khai sinh (mẫu TK-KS, ban hành kèm theo 04/2020/TT-BTP)",
  ])("shows %s", (expected) => {
    expect(text).toContain(expected);
  });

  test("the list table's columns have the widths of the content model, as percentages", () => {
    expect(html).toContain(
      '<table class="data"><colgroup><col style="width:4.42%"><col style="width:28.18%"><col style="width:8.31%"><col style="width:18.70%"><col style="width:16.36%"><col style="width:14.94%"><col style="width:9.09%"></colgroup>',
    );
    // The list says the deadline without its note; the note is on the detail sheet only.
    const listSheet = html.slice(0, html.indexOf('<section class="sheet sheet-detail">'));
    expect(visible(listSheet)).not.toContain("Trường hợp cần xác minh");
    expect(visible(html).split("Trường hợp cần xác minh").length - 1).toBe(1);
  });

  test("a name with <script> and & is escaped, and reads as written", () => {
    const other = renderPostHtml(chungThuc as PostingFile);
    expect(other).not.toContain("<script>");
    expect(other).toContain("Chứng thực bản sao từ bản chính &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; giấy tờ");
    expect(visible(other)).toContain('Chứng thực bản sao từ bản chính <script>alert("x")</script> & giấy tờ');
  });
});

test("every catalogue value is escaped: agency, place, fee, document, complaints, url", () => {
  const evil = `<i>"x" & 'y'</i>`;
  const catalogue = makeCatalogue({
    fields: [
      {
        ma: `f${evil}`,
        ten: `Lĩnh vực ${evil}`,
        phien_ban: `1${evil}`,
        thu_tuc: [
          fullProcedure({
            dia_diem: `Nơi ${evil}`,
            phi_le_phi: [{ ten: `Phí ${evil}`, so_tien: 1 }],
            ket_qua: [`Kết quả ${evil}`],
            yeu_cau_dieu_kien: [`Điều kiện ${evil}`],
            thanh_phan_ho_so: [{ ten: `Giấy ${evil}`, ghi_chu: `Ghi chú ${evil}` }],
            dich_vu_cong: { muc_do: "toan_trinh", url: `https://x.vn/?a=1&b=<i>` },
          }),
        ],
      },
    ],
    manifest: { dia_ban: `Xã ${evil}`, dia_chi_phan_anh: `Địa chỉ ${evil}` },
  });
  catalogue.agencies[0]!.ten = `UBND ${evil}`;
  const html = renderPostHtml(build(catalogue)[0] as PostingFile);
  expect(html).not.toContain("<i>");
  expect(html.match(/&lt;i&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;\/i&gt;/g)?.length).toBeGreaterThanOrEqual(10);
  expect(html).toContain('<a href="https://x.vn/?a=1&amp;b=&lt;i&gt;">');
});

test("a link that is not http(s) is printed, not made clickable", () => {
  const catalogue = makeCatalogue({
    procedures: [fullProcedure({ dich_vu_cong: { muc_do: "khong", url: "javascript:alert(1)" } })],
  });
  const html = renderPostHtml(build(catalogue)[0] as PostingFile);
  expect(html).not.toContain("href=");
  expect(visible(html)).toContain("Xem trực tuyến: javascript:alert(1)");
});

test("QR codes are inline SVG made from each procedure's link", () => {
  const payloads: string[] = [];
  const [hoTich] = build();
  const html = renderPostHtml(hoTich as PostingFile, {
    makeQr: (payload) => {
      payloads.push(payload);
      return qrMatrix(payload);
    },
  });
  const birth = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/khai-sinh-1001193";
  const marriage = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894";
  const copy = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000635";
  expect(payloads).toEqual([birth, marriage, copy, birth, marriage, copy]);
  expect(html.match(/<svg /g)).toHaveLength(6);
  expect(html).toContain(renderQrSvg(qrMatrix(birth), 22, birth));
  expect(html).toContain(renderQrSvg(qrMatrix(birth), 35, birth));
});

test("renderQrSvg draws exactly the dark modules, offset by the quiet zone", () => {
  // A 3×3 matrix: an X.
  const matrix: QrMatrix = { size: 3, isDark: (r, c) => r === c || r + c === 2 };
  expect(renderQrSvg(matrix, 10, "a&b")).toBe(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 7 7" width="10mm" height="10mm" shape-rendering="crispEdges" role="img" aria-label="a&amp;b">' +
      '<rect width="7" height="7" fill="#fff"/><path fill="#000" d="M2 2h1v1h-1zM4 2h1v1h-1zM3 3h1v1h-1zM2 4h1v1h-1zM4 4h1v1h-1z"/></svg>',
  );
});

test("the real QR matrix is the qrcode package's for that payload", async () => {
  const QRCode = (await import("qrcode")).default;
  const url = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/khai-sinh-1001193";
  const expected = QRCode.create(url, { errorCorrectionLevel: "M" }).modules;
  const matrix = qrMatrix(url);
  expect(matrix.size).toBe(expected.size);
  for (let r = 0; r < matrix.size; r++) {
    for (let c = 0; c < matrix.size; c++) expect(matrix.isDark(r, c)).toBe(Boolean(expected.get(r, c)));
  }
});
