// Dossier components: sections, rows ending in copies, forms, notes in the place of rows.
import { describe, expect, test } from "vitest";
import { parseDossierComponents } from "../../src/portal/parse-dossier-components.js";

const H = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

describe("parseDossierComponents", () => {
  test("submitted and shown sections, copies, a form's file name", () => {
    const parsed = parseDossierComponents(
      `* Giấy tờ phải nộp:${H}- Tờ khai theo mẫu;Mẫu số 05.docx1 bản chính- Bản sao giấy tờ chứng minh nhân thân.0 bản chính,1 bản sao* Giấy tờ phải xuất trình:${H}- Hộ chiếu hoặc thẻ căn cước1 bản chính`,
    );
    expect(parsed).toMatchObject({
      kind: "table",
      cases: [],
      components: [
        { name: "Tờ khai theo mẫu", form: "Mẫu số 05.docx", originals: 1, mode: "nop" },
        { name: "Bản sao giấy tờ chứng minh nhân thân.", originals: 0, copies: 1, mode: "nop" },
        { name: "Hộ chiếu hoặc thẻ căn cước", originals: 1, mode: "xuat_trinh" },
      ],
    });
  });

  test.each([
    [
      "after punctuation",
      `--${H}Đơn đề nghị (đối với trường hợp tại điểm a).Mẫu số 05.docx1 bản chính`,
      "Đơn đề nghị (đối với trường hợp tại điểm a).",
      "Mẫu số 05.docx",
    ],
    ["where a small letter meets a capital", `--${H}Tờ khai cấp hộ chiếuMau TK01.doc1 bản chính`, "Tờ khai cấp hộ chiếu", "Mau TK01.doc"],
    ["where a small letter meets a digit", `--${H}Bản khai trực tiếp18-Mẫu TK8.doc1 bản chính`, "Bản khai trực tiếp", "18-Mẫu TK8.doc"],
  ])("a form's file name is split off %s", (_how, text, name, form) => {
    const parsed = parseDossierComponents(text);
    expect(parsed.kind === "table" && parsed.components[0]).toMatchObject({ name, form });
  });

  test("a file name with no boundary stays in the name and is listed for review", () => {
    const parsed = parseDossierComponents(`--${H}Giấy đề nghị gia hạn theo Hiệp định GMSGMS - Gia hạn.docx1 bản chính`);
    expect(parsed).toMatchObject({
      kind: "table",
      components: [{ name: "Giấy đề nghị gia hạn theo Hiệp định GMSGMS - Gia hạn.docx" }],
      gluedForms: [expect.any(String)],
    });
    expect(parsed.kind === "table" && parsed.components[0]!.form).toBeUndefined();
  });

  test("a row of no copy is a heading for the next row or a note on the one before, never a document", () => {
    const parsed = parseDossierComponents(
      `--${H}- Giấy tờ chứng minh quan hệ gồm:0 bản chính+ Văn bản của cơ quan y tế1 bản chínhTrường hợp đã có trong cơ sở dữ liệu thì không phải nộp.0 bản chính`,
    );
    expect(parsed).toMatchObject({
      kind: "table",
      components: [
        {
          name: "Văn bản của cơ quan y tế",
          originals: 1,
          notes: ["Giấy tờ chứng minh quan hệ gồm:", "Trường hợp đã có trong cơ sở dữ liệu thì không phải nộp."],
        },
      ],
    });
    expect(parsed.kind === "table" && parsed.components).toHaveLength(1);
  });

  test("the number of sets, a case heading, a quantity inside a name", () => {
    const parsed = parseDossierComponents(
      `a) Đối với xe của cơ quan:${H}Văn bản đề nghị tái xuất: 01 bản chính.1 bản chính* Số lượng hồ sơ: 01 (một) bộ.`,
    );
    expect(parsed).toMatchObject({
      kind: "table",
      sets: 1,
      cases: ["a) Đối với xe của cơ quan:"],
      components: [{ name: "Văn bản đề nghị tái xuất: 01 bản chính.", originals: 1, notes: ["a) Đối với xe của cơ quan:"] }],
    });
  });

  test("a quantity with no name before it starts the next name", () => {
    const parsed = parseDossierComponents(`--${H}Giấy đề nghị phê duyệt;1 bản chính01 bản chính Kế hoạch an ninh.1 bản chính`);
    expect(parsed.kind === "table" && parsed.components.map((c) => c.name)).toEqual([
      "Giấy đề nghị phê duyệt",
      "01 bản chính Kế hoạch an ninh.",
    ]);
  });

  test.each([
    ["--", "none"],
    ["", "none"],
    ["Không có thông tin", "none"],
    ["Bước 2. Cơ quan BHXH tiếp nhận hồ sơ.", "unread"],
  ])("%j is %s", (text, kind) => {
    expect(parseDossierComponents(text).kind).toBe(kind);
  });
});
