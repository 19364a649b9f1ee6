// What a reader of an amendment proposal sees is words, never the catalogue's keys and codes:
// a diff that changes every element, every way, in text, Markdown, HTML and the DOCX annex.

import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { buildAnnex } from "../../src/amend/build-annex.js";
import { diffCatalogues } from "../../src/amend/diff-catalogues.js";
import type { Procedure } from "../../src/model/catalogue.js";
import { PROCEDURE_KEYS } from "../../src/model/procedure-keys.js";
import { renderDiffDocx } from "../../src/render/diff/diff-docx.js";
import { renderDiffHtml } from "../../src/render/diff/diff-html.js";
import { renderDiffMd } from "../../src/render/diff/diff-md.js";
import { renderDiffText } from "../../src/render/diff/diff-text.js";
import { ENUM_WORDS } from "../../src/words/enum-words.js";
import { makeCatalogue, makeProcedure } from "../support/builders.js";

const DECISION = { quyet_dinh: "250/QĐ-UBND", ngay: "2026-03-02" };

function everyElement(): { before: Procedure[]; after: Procedure[] } {
  const before: Procedure[] = [
    makeProcedure({ ma: "1.000001", cap: ["xa"], thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec" } }),
    makeProcedure({ ma: "1.000002" }),
    makeProcedure({ ma: "1.000003" }),
    makeProcedure({ ma: "1.000004" }),
  ];
  const after: Procedure[] = [
    makeProcedure({
      ma: "1.000001",
      ten: "Thủ tục có tên mới",
      cap: ["tinh", "xa"],
      loai: "lien_thong",
      thanh_phan_lien_thong: ["1.000003"],
      doi_tuong: ["cong_dan_viet_nam", "nguoi_nuoc_ngoai", "to_chuc"],
      co_quan: { tham_quyen: "ubnd-tinh-b", thuc_hien: "ubnd-xa-a", phoi_hop: ["cong-an-xa-a"] },
      dia_diem: "Bộ phận Một cửa",
      trinh_tu: [
        { mo_ta: "Nộp hồ sơ trực tuyến.", chu_the: "nguoi_dan", gio_nguoi_dan: 2 },
        { mo_ta: "Kiểm tra, giải quyết hồ sơ.", chu_the: "co_quan" },
      ],
      thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec", ghi_chu: "Kể từ ngày nhận đủ hồ sơ." },
      cach_thuc: [
        { kenh: "truc_tiep" },
        { kenh: "truc_tuyen", thoi_han: { gia_tri: 2, don_vi: "ngay_lam_viec" }, ghi_chu: "Qua Cổng Dịch vụ công." },
        { kenh: "buu_chinh" },
      ],
      thanh_phan_ho_so: [
        { ten: "Tờ khai", ban_chinh: 1, ban_sao: 2, hinh_thuc: "xuat_trinh", mau: "TK-01", ghi_chu: "Ký tên." },
        { ten: "Giấy tờ mới", ban_chinh: 1 },
      ],
      so_bo_ho_so: 2,
      ket_qua: ["Giấy chứng nhận kết hôn."],
      phi_le_phi: [{ ten: "Lệ phí", so_tien: 10000, ghi_chu: "Miễn cho hộ nghèo." }],
      mau_don: [{ ma: "TK-01", ten: "Tờ khai", van_ban: "04/2020/TT-BTP" }],
      yeu_cau_dieu_kien: ["Có giấy tờ tùy thân."],
      can_cu_phap_ly: ["123/2015/ND-CP", "23/2015/ND-CP"],
      dich_vu_cong: { muc_do: "toan_trinh", url: "https://dichvucong.gov.vn/thu-tuc/1" },
      so_ho_so_nam: 500,
      chi_phi_khac: 20000,
      hieu_luc_tu: "2026-04-01",
      cong_bo: DECISION,
      ...({ can_ra_soat: [{ thanh_phan: "thoi_han", ly_do: "Cần đối chiếu." }] } as Partial<Procedure>),
    }),
    makeProcedure({
      ma: "1.000002",
      trang_thai: "bai_bo",
      bai_bo: { ...DECISION, can_cu: "123/2015/ND-CP" },
    }),
    makeProcedure({ ma: "1.000005", ten: "Thủ tục thay thế", thay_the: "1.000003", thoi_han: { gia_tri: 2, don_vi: "ngay" } }),
    makeProcedure({ ma: "1.000004", thoi_han: { gia_tri: 8, don_vi: "gio" } }),
  ];
  return { before, after };
}

/** Keys and coded values of the format that a reader must never see (ids like ubnd-xa-a are names, not keys). */
const RAW = [
  ...PROCEDURE_KEYS,
  ...["gia_tri", "don_vi", "ghi_chu", "mo_ta", "chu_the", "gio_nguoi_dan", "ban_chinh", "ban_sao", "hinh_thuc", "so_tien"],
  ...["van_ban", "tham_quyen", "thuc_hien", "phoi_hop", "muc_do", "quyet_dinh", "can_cu", "thanh_phan", "ly_do"],
  ...Object.values(ENUM_WORDS).flatMap((table) => Object.keys(table)),
  ...["ho-tich", "chung-thuc", "ubnd-xa-a", "ubnd-tinh-b", "cong-an-xa-a", "23/2015/ND-CP"],
].filter((word, i, all) => all.indexOf(word) === i);

function rawWordsIn(text: string): string[] {
  return RAW.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}_./-])${word}(?![\\p{L}\\p{N}_/-])`, "u").test(text));
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(""))
    .join("\n");
}

describe("an amendment proposal speaks the reader's language", () => {
  const { before, after } = everyElement();
  const moved = makeProcedure({ ma: "1.000006" });
  const base = makeCatalogue({
    label: "main",
    fields: [
      { ma: "ho-tich", ten: "Hộ tịch", thu_tuc: [...before, moved] },
      { ma: "chung-thuc", ten: "Chứng thực", thu_tuc: [] },
    ],
  });
  const head = makeCatalogue({
    label: "working tree",
    fields: [
      { ma: "ho-tich", ten: "Hộ tịch", thu_tuc: after },
      { ma: "chung-thuc", ten: "Chứng thực", thu_tuc: [makeProcedure({ ma: "1.000006" })] },
    ],
  });
  const diff = diffCatalogues(base, head, { base: "main", head: "working tree" });

  test("the diff covers every element and every kind of change", () => {
    const changed = new Set(diff.amended.flatMap((p) => p.elements));
    for (const key of PROCEDURE_KEYS.filter((k) => !["ma", "trang_thai", "bai_bo", "thay_the"].includes(k))) expect(changed).toContain(key);
    expect([diff.abolished.length, diff.replaced.length, diff.moved.length]).toEqual([1, 1, 1]);
  });

  const formats: [string, () => Promise<string>][] = [
    ["text", () => Promise.resolve(renderDiffText(diff, { lang: "vi", color: false, width: 1000 }))],
    ["text (en)", () => Promise.resolve(renderDiffText(diff, { lang: "en", color: false, width: 1000 }))],
    ["md", () => Promise.resolve(renderDiffMd(diff, { lang: "vi" }))],
    ["html", () => Promise.resolve(renderDiffHtml(diff, { lang: "vi" }).replace(/<[^>]*>/gu, " "))],
    ["docx", async () => docxText(await renderDiffDocx(buildAnnex(diff, base, head), { created: "2026-03-02T00:00:00Z" }))],
  ];
  test.each(formats)("%s: no key or coded value of the format", async (_name, render) => {
    const text = await render();
    expect(rawWordsIn(text)).toEqual([]);
    expect(text).not.toMatch(/› (số|amount):/u);
  });

  test.each([
    ["text", "Thời hạn giải quyết: 1 ngày làm việc → 3 ngày làm việc\n"],
    ["text", "Thời hạn giải quyết › ghi chú: {+Kể từ ngày nhận đủ hồ sơ.+}"],
    ["text", "Thời hạn giải quyết: 5 ngày làm việc → 8 giờ"],
    ["md", "| Thời hạn giải quyết | 1 ngày làm việc | 3 ngày làm việc |"],
    ["text", "1.000002  Thủ tục 1.000002  [Hộ tịch]  (ghi trạng thái bãi bỏ, còn lưu trong danh mục)"],
    ["text", "1.000006  Thủ tục 1.000006  [Chứng thực]  (chuyển từ lĩnh vực Hộ tịch)"],
    // Agencies by name, documents by their number as printed, never by their ids.
    ["text", "Cơ quan thực hiện › cơ quan có thẩm quyền: Ủy ban nhân dân xã A → Ủy ban nhân dân tỉnh B"],
    ["md", "| Cơ quan thực hiện › cơ quan phối hợp | — | Công an xã A |"],
    ["md", "| Căn cứ pháp lý | — | 23/2015/NĐ-CP |"],
    ["text", "Quyết định công bố: {+250/QĐ-UBND ngày 02/03/2026+}"],
    ["md", "| 1 | 1.000006 | Thủ tục 1.000006 | Chứng thực | Hộ tịch |"],
  ])("%s says the deadline and the abolition in words: %s", (format, expected) => {
    const text = format === "md" ? renderDiffMd(diff, { lang: "vi" }) : renderDiffText(diff, { lang: "vi", color: false, width: 1000 });
    expect(text).toContain(expected);
  });
});

describe("the DOCX annex names the amending document and reads cleanly", () => {
  const CITED = ["60/2014/QH13", "123/2015/ND-CP", "04/2020/TT-BTP"];
  const base = makeCatalogue({
    label: "main",
    procedures: [
      makeProcedure({ ma: "1.000001", can_cu_phap_ly: CITED, cong_bo: { quyet_dinh: "1/QĐ-UBND", ngay: "2025-06-25" } }),
      makeProcedure({ ma: "1.000002", can_cu_phap_ly: CITED }),
      makeProcedure({ ma: "1.000003", can_cu_phap_ly: CITED, cong_bo: { ...DECISION, can_cu: "04/2020/TT-BTP" } }),
    ],
  });
  const head = makeCatalogue({
    label: "working tree",
    procedures: [
      // The announcement names the document: only that one, however many the procedure cites.
      makeProcedure({
        ma: "1.000001",
        can_cu_phap_ly: CITED,
        thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" },
        cong_bo: { ...DECISION, can_cu: "23/2015/ND-CP" },
        ket_qua: ["Giấy chứng nhận kết hôn."],
        thanh_phan_ho_so: [{ ten: "Tờ khai.", ban_chinh: 1, ghi_chu: "Ký tên." }],
        phi_le_phi: [{ ten: "Lệ phí", so_tien: 0, ghi_chu: "Miễn." }],
      }),
      // No document named: the ones cited since the base.
      makeProcedure({ ma: "1.000002", can_cu_phap_ly: [...CITED, "23/2015/ND-CP"], thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" } }),
      // The document of an earlier announcement is not this amendment's, and nothing new is cited.
      makeProcedure({
        ma: "1.000003",
        can_cu_phap_ly: CITED,
        thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" },
        cong_bo: { ...DECISION, can_cu: "04/2020/TT-BTP" },
      }),
    ],
  });
  const diff = diffCatalogues(base, head, { base: "main", head: "working tree" });
  const render = async () =>
    strFromU8(unzipSync(await renderDiffDocx(buildAnnex(diff, base, head), { created: "2026-03-02T00:00:00Z" }))["word/document.xml"]!);

  test("the column names the amending document only", async () => {
    const annex = buildAnnex(diff, base, head);
    expect(annex.amended.map((row) => [row.code, row.basis])).toEqual([
      ["1.000001", "Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính"],
      ["1.000002", "Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính"],
      ["1.000003", ""],
    ]);
    const xml = await render();
    expect(xml).toContain("Tên VBQPPL quy định nội dung sửa đổi, bổ sung, thay thế");
    expect(xml).not.toContain("Luật Hộ tịch số 60/2014/QH13</w:t></w:r></w:p></w:tc>");
  });

  test("STT has a column wide enough not to wrap", async () => {
    const xml = await render();
    const widths = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/gu)].map((grid) =>
      [...grid[1]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1])),
    );
    expect(widths.length).toBeGreaterThan(0);
    // 13 pt bold "STT" is about 0.8 cm; with the cell's margins 1.6 cm (907 twips) keeps it on one line.
    for (const grid of widths) expect(grid[0]).toBeGreaterThanOrEqual(900);
  });

  test("no doubled punctuation, and the heading in the official words", async () => {
    const text = await docxText(await renderDiffDocx(buildAnnex(diff, base, head), { created: "2026-03-02T00:00:00Z" }));
    expect(text).toContain("- Giấy chứng nhận kết hôn.\n");
    expect(text).toContain("- Tờ khai (01 bản chính; Ký tên).\n");
    expect(text).toContain("- Lệ phí: 0 đồng (Miễn).\n");
    expect(text).toContain("3 ngày làm việc.\n");
    expect(text.match(/[^.]\.\.(?!\.)|\.\)\.|;\.|\.;/gu) ?? []).toEqual([]);
    expect(text).toContain("(Ban hành kèm theo Quyết định số 250/QĐ-UBND ngày 02 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh B)");
  });
});
