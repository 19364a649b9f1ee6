import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, test, vi } from "vitest";
import { buildAnnex } from "../../src/amend/build-annex.js";
import { diffCatalogues } from "../../src/amend/diff-catalogues.js";
import { renderDiffDocx } from "../../src/render/diff/diff-docx.js";
import { renderDiffHtml } from "../../src/render/diff/diff-html.js";
import { renderDiffJson } from "../../src/render/diff/diff-json.js";
import { renderDiffMd } from "../../src/render/diff/diff-md.js";
import { renderDiffText } from "../../src/render/diff/diff-text.js";
import { makeCatalogue } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { baseFields } from "./base-fields.js";
import { buildRenderFixture, renderFixtureDiff } from "./render-fixture.js";

describe("the fixture's diff", () => {
  test("has one of each kind", () => {
    const diff = renderFixtureDiff();
    expect(diff.added.map((p) => p.code)).toEqual(["1.000689"]);
    expect(diff.amended.map((p) => [p.code, p.elements, p.legal_change])).toEqual([
      ["1.001193", ["trinh_tu", "thoi_han", "thanh_phan_ho_so", "phi_le_phi", "can_cu_phap_ly", "cong_bo"], true],
      ["2.000815", ["so_ho_so_nam"], false],
    ]);
    expect(diff.replaced.map((p) => [p.code, p.replaces, p.elements])).toEqual([["1.012345", "1.000656", ["ten", "cong_bo"]]]);
    expect(diff.abolished.map((p) => [p.code, p.by])).toEqual([["1.000894", "status"]]);
  });
});

describe("text", () => {
  test("without colour, readable as [-old-]{+new+}", () => {
    expect(renderDiffText(renderFixtureDiff(), { lang: "vi", color: false, width: 1000 })).toBe(
      [
        "Đề xuất sửa đổi danh mục TTHC: main → cây làm việc",
        "1 thủ tục mới, 2 sửa đổi, bổ sung, 1 thay thế, 1 bãi bỏ; 0 không đổi",
        "",
        "Thủ tục hành chính mới ban hành (1)",
        "  + 1.000689  Thủ tục đăng ký lại khai sinh  [Hộ tịch]",
        "",
        "Thủ tục hành chính được sửa đổi, bổ sung (2)",
        "  ~ 1.001193  Thủ tục đăng ký khai sinh  [Hộ tịch]",
        "      Trình tự thực hiện › bước 2 › nội dung: Công chức tư pháp - hộ tịch tiếp nhận{+,+} [-và -]kiểm tra {+và số hóa +}hồ sơ.",
        "      Thời hạn giải quyết: 3 ngày làm việc → 2 ngày làm việc",
        "      Thành phần hồ sơ › “Giấy chứng sinh”: [-Giấy chứng sinh (bản chính: 1, hình thức: nộp)-]",
        "      Phí, lệ phí › “Lệ phí đăng ký khai sinh” › ghi chú: Miễn lệ phí {+| +}khi đăng ký đúng hạn.{+\nThu 8.000 đồng khi quá hạn <script>alert(1)</script>+}",
        "      Căn cứ pháp lý: {+87/2020/NĐ-CP+}",
        "      Quyết định công bố › quyết định: 1234/QĐ-UBND → 250/QĐ-UBND",
        "      Quyết định công bố › ngày: 25/06/2025 → 02/03/2026",
        "  ~ 2.000815  Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản  [Chứng thực]  (chỉ thay đổi thông tin quản lý, không phải công bố)",
        "      Số hồ sơ mỗi năm: {+300+}",
        "",
        "Thủ tục hành chính được thay thế (1)",
        "  ~ 1.012345  Thủ tục đăng ký khai tử liên thông  [Hộ tịch]  (thay thế 1.000656 Thủ tục đăng ký khai tử)",
        "      Tên thủ tục: Thủ tục đăng ký khai tử{+ liên thông+}",
        "      Quyết định công bố › quyết định: 1234/QĐ-UBND → 250/QĐ-UBND",
        "      Quyết định công bố › ngày: 25/06/2025 → 02/03/2026",
        "",
        "Thủ tục hành chính bị bãi bỏ (1)",
        "  - 1.000894  Thủ tục đăng ký kết hôn  [Hộ tịch]  (ghi trạng thái bãi bỏ, còn lưu trong danh mục)",
        "",
      ].join("\n"),
    );
  });

  test("in colour: deletions red and struck through, insertions green", () => {
    const text = renderDiffText(renderFixtureDiff(), { lang: "en", color: true });
    expect(text).toContain("      \u001b[2mDeadline\u001b[22m: \u001b[31m3 working days\u001b[39m → \u001b[32m2 working days\u001b[39m\n");
    // Running text still marks each deleted word struck through.
    expect(text).toContain("\u001b[31m\u001b[9mvà \u001b[29m\u001b[39m");
    expect(text).not.toContain("[-");
  });

  test("no differences, and a moved procedure, in English", () => {
    const main = () => makeCatalogue({ label: "main", fields: baseFields() });
    const same = diffCatalogues(main(), main(), { head: "working tree" });
    expect(renderDiffText(same, { lang: "en", color: false })).toBe(
      "Catalogue amendment proposal: main → working tree\n0 new, 0 amended, 0 replaced, 0 abolished; 4 unchanged\n\nNo changes.\n",
    );
    const fields = copy(baseFields());
    fields[1]!.thu_tuc.push(fields[0]!.thu_tuc.pop()!);
    const moved = diffCatalogues(main(), makeCatalogue({ label: "x", fields }), { head: "feature" });
    expect(renderDiffText(moved, { lang: "en", color: false }).split("\n").slice(-3)).toEqual([
      "Procedures moved to another field (content unchanged) (1)",
      "  > 1.000894  Thủ tục đăng ký kết hôn  [Chứng thực]  (moved from field Hộ tịch)",
      "",
    ]);
  });
});

describe("markdown", () => {
  test("snapshot", async () => {
    await expect(renderDiffMd(renderFixtureDiff(), { lang: "vi" })).toMatchFileSnapshot("__snapshots__/diff.md");
  });

  test("cells escape | and line breaks; words marked struck and bold", () => {
    const md = renderDiffMd(renderFixtureDiff(), { lang: "vi" });
    expect(md).toContain(
      "| Phí, lệ phí › “Lệ phí đăng ký khai sinh” › ghi chú | Miễn lệ phí khi đăng ký đúng hạn. | Miễn lệ phí **\\|** khi đăng ký đúng hạn.<br>**Thu 8.000 đồng khi quá hạn &lt;script&gt;alert(1)&lt;/script&gt;** |",
    );
    expect(md).toContain("| 1 | 1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch | ghi trạng thái bãi bỏ, còn lưu trong danh mục |");
    for (const line of md.split("\n").filter((l) => l.startsWith("|"))) {
      // Every table row has the same number of unescaped pipes as its header.
      expect(line.replace(/\\\|/gu, "").match(/\|/gu)!.length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe("html", () => {
  test("a self-contained A4 redline with every value escaped", () => {
    const html = renderDiffHtml(renderFixtureDiff(), { lang: "vi" });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain("@page { size: A4 portrait;");
    expect(html).toContain("del { text-decoration: line-through;");
    expect(html).toContain("ins { text-decoration: underline;");
    expect(html).toContain("<tr><td>Thời hạn giải quyết</td><td><del>3 ngày làm việc</del> <ins>2 ngày làm việc</ins></td></tr>");
    expect(html).toContain(
      "Miễn lệ phí <ins>| </ins>khi đăng ký đúng hạn.<ins>\nThu 8.000 đồng khi quá hạn &lt;script&gt;alert(1)&lt;/script&gt;</ins>",
    );
    expect(html).not.toMatch(/<script|<link|src=|href=/u);
  });
});

describe("json", () => {
  test("the contract keys, in order", () => {
    const json = JSON.parse(renderDiffJson(renderFixtureDiff()));
    expect(Object.keys(json)).toEqual(["base", "head", "added", "amended", "replaced", "abolished", "unchanged", "moved"]);
    expect(json.replaced[0]).toMatchObject({
      code: "1.012345",
      replaces: "1.000656",
      name: "Thủ tục đăng ký khai tử liên thông",
      field: "ho-tich",
    });
    expect(Object.keys(json.replaced[0]).slice(0, 4)).toEqual(["code", "replaces", "name", "field"]);
    expect(json.amended[0].changes[1]).toEqual({ path: ["thoi_han", "gia_tri"], before: 3, after: 2 });
    expect(json.abolished[0]).toEqual({
      code: "1.000894",
      name: "Thủ tục đăng ký kết hôn",
      field: "ho-tich",
      field_name: "Hộ tịch",
      by: "status",
    });
  });
});

/** The text of each table of a document.xml: rows of cells, a cell's paragraphs joined by "\n". */
function tablesOf(xml: string): string[][][] {
  const text = (s: string) => unescapeXml([...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(""));
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/gu)].map((t) =>
    [...t[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/gu)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((c) =>
        [...c[1]!.matchAll(/<w:p>([\s\S]*?)<\/w:p>/gu)].map((p) => text(p[1]!)).join("\n"),
      ),
    ),
  );
}

/** The paragraphs outside tables, as text. */
function paragraphsOf(xml: string): string[] {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/gu, "");
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/gu)].map((p) =>
    unescapeXml([...p[1]!.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1] ?? "\n").join("")),
  );
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, "&");

describe("docx: the draft annex", () => {
  afterEach(() => vi.useRealTimers());

  async function annex() {
    const { base, head } = buildRenderFixture();
    const bytes = await renderDiffDocx(buildAnnex(renderFixtureDiff(), base, head), { created: "2026-03-02T08:30:00+07:00" });
    const files = unzipSync(bytes);
    return { bytes, files, xml: strFromU8(files["word/document.xml"]!) };
  }

  test("Part I: the three lists with the official columns", async () => {
    const { xml } = await annex();
    expect(tablesOf(xml)).toEqual([
      [
        ["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"],
        ["1", "Thủ tục đăng ký lại khai sinh", "Hộ tịch", "Ủy ban nhân dân xã A"],
      ],
      [
        [
          "STT",
          "Mã TTHC",
          "Tên thủ tục hành chính",
          "Tên VBQPPL quy định nội dung sửa đổi, bổ sung, thay thế",
          "Lĩnh vực",
          "Cơ quan thực hiện",
        ],
        [
          "1",
          "1.001193",
          "Thủ tục đăng ký khai sinh",
          "Nghị định số 87/2020/NĐ-CP ngày 28/07/2020 quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
          "Hộ tịch",
          "Ủy ban nhân dân xã A",
        ],
        [
          "2",
          "1.012345\n(thay thế 1.000656)",
          "Thủ tục đăng ký khai tử liên thông",
          // Cites no document the replaced procedure did not, and its announcement names none.
          "",
          "Hộ tịch",
          "Ủy ban nhân dân xã A",
        ],
      ],
      [
        ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"],
        [
          "1",
          "1.000894",
          "Thủ tục đăng ký kết hôn",
          "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
          "Hộ tịch",
          "Ủy ban nhân dân xã A",
        ],
      ],
    ]);
  });

  test("the heading and Part II with the changed elements marked", async () => {
    const { xml } = await annex();
    const lines = paragraphsOf(xml);
    expect(lines.slice(0, 6)).toEqual([
      "PHỤ LỤC",
      "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, ĐƯỢC SỬA ĐỔI, BỔ SUNG, ĐƯỢC THAY THẾ VÀ BỊ BÃI BỎ",
      "THUỘC PHẠM VI QUẢN LÝ, GIẢI QUYẾT TẠI XÃ A, TỈNH B",
      "(Ban hành kèm theo Quyết định số 250/QĐ-UBND ngày 02 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh B)",
      "PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH",
      "1. Danh mục thủ tục hành chính mới ban hành",
    ]);
    const start = lines.indexOf("2. Thủ tục đăng ký khai sinh");
    expect(start).toBeGreaterThan(0);
    const end = lines.indexOf("3. Thủ tục đăng ký khai tử liên thông (sửa đổi tên)");
    expect(lines.slice(start, end)).toEqual([
      "2. Thủ tục đăng ký khai sinh",
      "Mã TTHC: 1.001193 – Lĩnh vực: Hộ tịch (sửa đổi, bổ sung)",
      "2.1. Trình tự thực hiện (sửa đổi)",
      "Bước 1: Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.",
      "Bước 2: Công chức tư pháp - hộ tịch tiếp nhận, kiểm tra và số hóa hồ sơ.",
      "Bước 3: Công chức ghi vào Sổ hộ tịch, trình Chủ tịch UBND xã ký Giấy khai sinh.",
      "Bước 4: Người yêu cầu nhận Giấy khai sinh tại Bộ phận Một cửa.",
      "2.2. Cách thức thực hiện",
      "- Trực tiếp.",
      "- Trực tuyến, thời hạn giải quyết: 3 ngày làm việc.",
      "- Dịch vụ bưu chính.",
      "- Địa điểm thực hiện: Bộ phận Một cửa UBND xã A.",
      "2.3. Thành phần, số lượng hồ sơ (sửa đổi)",
      "a) Thành phần hồ sơ:",
      "- Tờ khai đăng ký khai sinh theo mẫu (01 bản chính; theo mẫu TK-KS).",
      "- Giấy tờ tùy thân của người yêu cầu (01 bản chính; xuất trình).",
      "b) Số lượng hồ sơ: 01 bộ.",
      "2.4. Thời hạn giải quyết (sửa đổi)",
      "2 ngày làm việc.",
      "2.5. Đối tượng thực hiện thủ tục hành chính",
      "Công dân Việt Nam.",
      "2.6. Cơ quan thực hiện thủ tục hành chính",
      "- Cơ quan có thẩm quyền: Ủy ban nhân dân xã A.",
      "- Cấp thực hiện: Cấp xã.",
      "2.7. Kết quả thực hiện thủ tục hành chính",
      "- Giấy khai sinh (bản chính).",
      "2.8. Phí, lệ phí (sửa đổi)",
      "- Lệ phí đăng ký khai sinh: 0 đồng (Miễn lệ phí | khi đăng ký đúng hạn.\nThu 8.000 đồng khi quá hạn <script>alert(1)</script>).",
      "- Phí cấp bản sao Trích lục khai sinh: 8.000 đồng.",
      "2.9. Tên mẫu đơn, mẫu tờ khai",
      "- Tờ khai đăng ký khai sinh (TK-KS), ban hành kèm theo Thông tư số 04/2020/TT-BTP ngày 28/05/2020 quy định chi tiết thi hành một số điều của Luật Hộ tịch.",
      "2.10. Yêu cầu, điều kiện thực hiện thủ tục hành chính",
      "Không",
      "2.11. Căn cứ pháp lý của thủ tục hành chính (sửa đổi)",
      "- Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014.",
      "- Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch.",
      "- Nghị định số 87/2020/NĐ-CP ngày 28/07/2020 quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến.",
    ]);
    // The record-keeping amendment of 2.000815 is not announced.
    expect(xml).not.toContain("2.000815");
  });

  test("Times New Roman 13 pt, A4, Part I landscape, Part II portrait", async () => {
    const { files, xml } = await annex();
    const styles = strFromU8(files["word/styles.xml"]!);
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/u);
    expect(styles).toContain('<w:sz w:val="26"/>');
    expect([...xml.matchAll(/<w:pgSz [^>]*>/gu)].map((m) => m[0])).toEqual([
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
    ]);
  });

  test("deterministic: the same bytes whatever the clock says, with the given date", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    const first = await annex();
    vi.setSystemTime(new Date("2031-06-15T12:34:57Z"));
    const second = await annex();
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(second.bytes))).toBe(0);
    expect(strFromU8(first.files["docProps/core.xml"]!)).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T01:30:00Z</dcterms:created>',
    );
  });
});
