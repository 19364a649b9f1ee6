import { posix } from "node:path";
import { describe, expect, test } from "vitest";
import { buildPostingFiles } from "../../src/post/build-posting-files.js";
import type { Paragraph } from "../../src/post/posting-sheet.js";
import { selectPostedProcedures } from "../../src/post/select-posted-procedures.js";
import { findSiteClashes } from "../../src/site/build-site.js";
import { makeCatalogue } from "../support/builders.js";
import { fullProcedure } from "../post/full-procedure.js";
import { sampleCatalogue } from "../post/sample-catalogue.js";
import { between, build, bundledCatalogue, DATE, fileOf, visibleText } from "./support.js";

const words = (p: Paragraph) => (p.lead ? `${p.lead} ${p.text}` : p.text);

describe("the pages", () => {
  test("one page per field and per procedure in force, the assets, the search index and the marker", async () => {
    const site = await build(sampleCatalogue());
    expect(site.files.map((file) => file.path)).toEqual([
      "assets/search-index.js",
      "assets/search.js",
      "assets/site.css",
      "index.html",
      "linh-vuc/chung-thuc/index.html",
      "linh-vuc/ho-tich/index.html",
      // 1.000656 is abolished and 1.009999 not yet in force: no page, as no posting sheet.
      "thu-tuc/1.000894/index.html",
      "thu-tuc/1.001193/index.html",
      "thu-tuc/2.000635/index.html",
      "thu-tuc/2.000815/index.html",
      "tthc-site.json",
    ]);
    expect(site).toMatchObject({ procedures: 4, fields: 2 });
    expect(JSON.parse(fileOf(site, "tthc-site.json"))).toEqual({
      generator: "tthc site",
      version: 1,
      procedures: 4,
      files: site.files.map((file) => file.path).filter((path) => path !== "tthc-site.json"),
    });
  });

  test("every page is Vietnamese, has one h1, the landmarks, a skip link and the complaints address", async () => {
    const site = await build(sampleCatalogue());
    for (const file of site.files.filter((f) => f.path.endsWith(".html"))) {
      const html = file.content;
      expect(html, file.path).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
      expect(html.match(/<h1[ >]/g), file.path).toHaveLength(1);
      for (const landmark of ["<header", "<main", "<footer"]) expect(html, `${file.path} ${landmark}`).toContain(landmark);
      expect(html).toContain('<a class="skip" href="#noi-dung">');
      expect(html).toContain('<main id="noi-dung"');
      expect(visibleText(html)).toContain(
        "Địa chỉ tiếp nhận phản ánh, kiến nghị Bộ phận Một cửa UBND xã A, số 1 đường Lê Lợi, xã A, tỉnh B. Điện thoại: 0203 3812 345.",
      );
      // Headings never skip a level.
      const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), file.path).toBeLessThanOrEqual(1));
    }
  });

  test("only the index loads scripts; field and procedure pages are plain HTML", async () => {
    const site = await build(sampleCatalogue());
    for (const file of site.files.filter((f) => f.path.endsWith(".html"))) {
      const scripts = [...file.content.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts, file.path).toEqual(file.path === "index.html" ? ["assets/search-index.js", "assets/search.js"] : []);
      expect(file.content).not.toMatch(/<script>|\son[a-z]+=/);
    }
  });
});

describe("the words are the posting sheets' words", () => {
  test("a procedure page holds every element of the sheet, in the sheet's order and wording", async () => {
    const catalogue = await bundledCatalogue();
    const posted = selectPostedProcedures(catalogue, { date: DATE });
    const sheets = buildPostingFiles(catalogue, posted, { date: DATE }).flatMap((file) => file.details);
    const site = await build(catalogue);
    expect(sheets.length).toBeGreaterThan(50);
    expect(site.procedures).toBe(sheets.length);
    for (const sheet of sheets) {
      const page = visibleText(between(fileOf(site, `thu-tuc/${sheet.code}/index.html`), '<article class="procedure">', "</article>"));
      // The sheet's text, piece by piece, must appear in this order on the page.
      const pieces = [
        sheet.name,
        ...sheet.facts.map(words),
        ...sheet.sections.flatMap((section) => [
          `${section.number}. ${section.title}`,
          ...section.blocks.flatMap((block) =>
            block.kind === "paragraphs"
              ? block.paragraphs.map(words)
              : [...block.columns.map((column) => column.title), ...block.rows.flatMap((row) => row.cells.flat().map(words))],
          ),
        ]),
      ];
      let at = 0;
      for (const piece of pieces) {
        const found = page.indexOf(piece.replace(/\s+/g, " "), at);
        expect(found, `${sheet.code}: "${piece}" after position ${at}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
      expect(sheet.sections.map((s) => s.title)).toEqual([
        "Trình tự thực hiện",
        "Cách thức thực hiện",
        "Thành phần, số lượng hồ sơ",
        "Thời hạn giải quyết",
        "Đối tượng thực hiện thủ tục hành chính",
        "Cơ quan thực hiện thủ tục hành chính",
        "Kết quả thực hiện thủ tục hành chính",
        "Phí, lệ phí",
        "Tên mẫu đơn, mẫu tờ khai",
        "Yêu cầu, điều kiện thực hiện thủ tục hành chính",
        "Căn cứ pháp lý của thủ tục hành chính",
      ]);
    }
  });

  test('"03 ngày làm việc", "Không" for what a procedure does not have, on the page and in the index', async () => {
    const site = await build(sampleCatalogue());
    const page = visibleText(fileOf(site, "thu-tuc/1.000894/index.html"));
    expect(page).toContain("4. Thời hạn giải quyết 03 ngày làm việc 5.");
    expect(page).toContain("7. Kết quả thực hiện thủ tục hành chính Không 8.");
    expect(page).toContain("9. Tên mẫu đơn, mẫu tờ khai Không 10.");
    expect(page).toContain("10. Yêu cầu, điều kiện thực hiện thủ tục hành chính Không 11.");
    const index = visibleText(fileOf(site, "index.html"));
    expect(index).toContain(
      "Thủ tục đăng ký kết hôn Mã: 1.000894 Thời hạn giải quyết: 03 ngày làm việc Phí, lệ phí: Lệ phí đăng ký kết hôn: Miễn phí",
    );
    expect(index).toContain(
      "Thủ tục cấp bản sao trích lục hộ tịch Mã: 2.000635 Thời hạn giải quyết: 04 giờ Phí, lệ phí: Phí cấp bản sao trích lục: 8.000 đồng",
    );
    const free = await build(
      makeCatalogue({ fields: [{ ma: "f", ten: "Lĩnh vực F", phien_ban: "2026.2", thu_tuc: [fullProcedure({ phi_le_phi: [] })] }] }),
    );
    expect(visibleText(fileOf(free, "index.html"))).toContain("Thời hạn giải quyết: 01 ngày làm việc Phí, lệ phí: Không");
    expect(visibleText(fileOf(free, "thu-tuc/1.001193/index.html"))).toContain("8. Phí, lệ phí Không 9.");
  });

  test("a field page is the list sheet: its columns without the QR, its rows, each name a link", async () => {
    const catalogue = sampleCatalogue();
    const [hoTich] = buildPostingFiles(catalogue, selectPostedProcedures(catalogue, { date: DATE }), { date: DATE });
    const site = await build(catalogue);
    const html = fileOf(site, "linh-vuc/ho-tich/index.html");
    const head = [...between(html, "<thead>", "</thead>").matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(head).toEqual(hoTich!.list.columns.filter((c) => !c.qr).map((c) => c.title));
    expect(head).toEqual(["STT", "Tên thủ tục", "Thời hạn giải quyết", "Cách thức thực hiện", "Phí, lệ phí", "Căn cứ pháp lý"]);
    const text = visibleText(html);
    for (const row of hoTich!.list.rows) expect(text).toContain(row.cells.map((cell) => cell.map(words).join(" ")).join(" "));
    expect(text).toContain("Địa điểm thực hiện: Bộ phận Một cửa UBND xã A");
    expect(html).toContain('<a href="../../thu-tuc/1.000894/index.html">Thủ tục đăng ký kết hôn</a>');
    expect(html).not.toContain("<svg");
  });
});

describe("links", () => {
  test("every link and resource inside the site is relative and leads to a file (and anchor) of the site", async () => {
    const site = await build(sampleCatalogue(), {
      baseUrl: "https://tthc.xaa.gov.vn/tra-cuu",
      makeQr: () => ({ size: 1, isDark: () => true }),
    });
    const paths = new Set(site.files.map((file) => file.path));
    const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    let checked = 0;
    for (const file of site.files.filter((f) => f.path.endsWith(".html"))) {
      for (const [, attribute, value] of file.content.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = (value ?? "").replace(/&amp;/g, "&");
        if (/^https?:/.test(url)) {
          // Only the procedure's online service, the portal's record and the page's own address.
          expect(url, `${file.path} ${attribute}`).toMatch(/^https:\/\/(dichvucong\.gov\.vn\/|tthc\.xaa\.gov\.vn\/tra-cuu\/)/);
          continue;
        }
        expect(url, file.path).not.toMatch(/^(\/|[a-z]+:)/);
        const [target = "", anchor] = url.split("#");
        const resolved = target === "" ? file.path : posix.normalize(posix.join(posix.dirname(file.path), target));
        expect(paths.has(resolved), `${file.path}: ${url}`).toBe(true);
        if (anchor) expect(ids(fileOf(site, resolved)).has(anchor), `${file.path}: ${url}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  test("the online service, and the portal's record from qr_goc, each with where it goes", async () => {
    const site = await build(sampleCatalogue());
    const khaiSinh = fileOf(site, "thu-tuc/1.001193/index.html");
    expect(khaiSinh).toContain(
      '<a class="button" href="https://dichvucong.gov.vn/thu-tuc-hanh-chinh/khai-sinh-1001193">Nộp hồ sơ trực tuyến <span class="host">(dichvucong.gov.vn)</span></a>',
    );
    expect(khaiSinh).toContain(
      '<a class="button secondary" href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193">Tra cứu thủ tục trên dichvucong.gov.vn</a>',
    );
    // No online service: only the portal's record.
    const ketHon = fileOf(site, "thu-tuc/1.000894/index.html");
    expect(ketHon).not.toContain("Nộp hồ sơ trực tuyến");
    expect(ketHon).toContain("?ma_thu_tuc=1.000894");
    // A link that is not http(s) is never made clickable.
    const odd = await build(
      makeCatalogue({
        fields: [
          {
            ma: "f",
            ten: "F",
            phien_ban: "2026.2",
            thu_tuc: [fullProcedure({ dich_vu_cong: { muc_do: "toan_trinh", url: "javascript:alert(1)" } })],
          },
        ],
        manifest: {
          qr_goc: undefined,
        },
      }),
    );
    expect(fileOf(odd, "thu-tuc/1.001193/index.html")).not.toMatch(/javascript:|class="online"/);
  });

  test("with a base address: each page's own address, a QR code of it, and sitemap.xml", async () => {
    const payloads: string[] = [];
    const site = await build(sampleCatalogue(), {
      baseUrl: "https://tthc.xaa.gov.vn/tra-cuu",
      makeQr: (payload) => {
        payloads.push(payload);
        return { size: 21, isDark: (row, column) => (row + column) % 2 === 0 };
      },
    });
    const page = fileOf(site, "thu-tuc/1.000894/index.html");
    expect(page).toContain('<link rel="canonical" href="https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/1.000894/">');
    expect(page).toContain('aria-label="https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/1.000894/"');
    expect(page).toContain("Quét mã để mở trang này trên điện thoại");
    expect(payloads.sort()).toEqual([
      "https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/1.000894/",
      "https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/1.001193/",
      "https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/2.000635/",
      "https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/2.000815/",
    ]);
    expect(fileOf(site, "sitemap.xml")).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "<url><loc>https://tthc.xaa.gov.vn/tra-cuu/</loc></url>",
        "<url><loc>https://tthc.xaa.gov.vn/tra-cuu/linh-vuc/chung-thuc/</loc></url>",
        "<url><loc>https://tthc.xaa.gov.vn/tra-cuu/linh-vuc/ho-tich/</loc></url>",
        "<url><loc>https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/1.000894/</loc></url>",
        "<url><loc>https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/1.001193/</loc></url>",
        "<url><loc>https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/2.000635/</loc></url>",
        "<url><loc>https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/2.000815/</loc></url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
    expect(JSON.parse(fileOf(site, "tthc-site.json")).base_url).toBe("https://tthc.xaa.gov.vn/tra-cuu/");
  });

  test("without a base address: no QR code, no canonical link, no sitemap", async () => {
    const site = await build(sampleCatalogue(), { makeQr: () => ({ size: 1, isDark: () => true }) });
    expect(site.files.some((file) => /<svg|rel="canonical"/.test(file.content))).toBe(false);
    expect(site.files.some((file) => file.path === "sitemap.xml")).toBe(false);
  });
});

describe("escaping and determinism", () => {
  test("a name with <script> and & is shown as written, never run, in every file", async () => {
    const site = await build(sampleCatalogue());
    for (const file of site.files) expect(file.content, file.path).not.toContain('<script>alert("x")');
    const page = fileOf(site, "thu-tuc/2.000815/index.html");
    expect(page).toContain("<h1>Chứng thực bản sao từ bản chính &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; giấy tờ</h1>");
    expect(page).toContain(
      "<title>Chứng thực bản sao từ bản chính &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; giấy tờ – Chứng thực – Xã A, tỉnh B</title>",
    );
    expect(visibleText(fileOf(site, "index.html"))).toContain('Chứng thực bản sao từ bản chính <script>alert("x")</script> & giấy tờ');
    expect(fileOf(site, "linh-vuc/chung-thuc/index.html")).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; giấy tờ</a>");
  });

  test("escaping reaches field names, codes, the office and the complaints address too", async () => {
    const catalogue = makeCatalogue({
      fields: [{ ma: "f", ten: 'Lĩnh vực "A" & <B>', phien_ban: "2026.2", thu_tuc: [fullProcedure()] }],
      manifest: {
        dia_ban: "Xã <i>A</i>",
        dia_chi_phan_anh: "Số 1 & 2 <Lê Lợi>",
      },
    });
    const site = await build(catalogue);
    for (const file of site.files.filter((f) => f.path.endsWith(".html"))) {
      expect(file.content, file.path).not.toMatch(/<B>|<i>A<\/i>|<Lê Lợi>/);
      expect(file.content, file.path).toContain("Số 1 &amp; 2 &lt;Lê Lợi&gt;");
    }
    expect(fileOf(site, "index.html")).toContain('<option value="f">Lĩnh vực &quot;A&quot; &amp; &lt;B&gt;</option>');
  });

  test("the same catalogue gives the same bytes, whatever day it is built on while the same procedures are in force", async () => {
    const first = await build(sampleCatalogue(), { date: "2026-03-02" });
    const second = await build(sampleCatalogue(), { date: "2026-03-02" });
    expect(second.files).toEqual(first.files);
    // The date chooses what is in force; it is printed nowhere, so a rebuild next month is identical.
    const later = await build(sampleCatalogue(), { date: "2026-11-30" });
    expect(later.files).toEqual(first.files);
    const paths = first.files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    for (const file of first.files) expect(file.content, file.path).not.toMatch(/2026-03-02|02\/03\/2026/);
  });
});

test("codes that are not unique are found before they share a page", () => {
  const catalogue = makeCatalogue({
    fields: [
      { ma: "ho-tich", ten: "Hộ tịch", phien_ban: "2026.2", thu_tuc: [fullProcedure(), fullProcedure({ ten: "Bản sao" })] },
      { ma: "chung-thuc", ten: "Chứng thực", phien_ban: "2026.2", thu_tuc: [fullProcedure({ ma: "2.000815" })] },
    ],
  });
  expect(findSiteClashes(selectPostedProcedures(catalogue, { date: DATE }))).toEqual([
    { path: "thu-tuc/1.001193/index.html", codes: ["1.001193", "1.001193"] },
  ]);
});
