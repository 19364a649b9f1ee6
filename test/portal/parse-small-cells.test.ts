// The portal's one-line cells: levels, subjects, agencies, results, requirements, and the text
// normalisation and slugs every parser relies on.
import { describe, expect, test } from "vitest";
import { asciiSlug, assignSlugs } from "../../src/portal/ascii-slug.js";
import { foldText } from "../../src/words/fold-text.js";
import { normalisePortalText, portalLines } from "../../src/portal/normalise-portal-text.js";
import { parseAgencyNames } from "../../src/portal/parse-agency-names.js";
import { parseLevels } from "../../src/portal/parse-levels.js";
import { parseRequirements } from "../../src/portal/parse-requirements.js";
import { parseResults } from "../../src/portal/parse-results.js";
import { parseSubjects } from "../../src/portal/parse-subjects.js";
import { saysNothing } from "../../src/portal/says-nothing.js";

const JUNK =
  "Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngành-- Chọn Bộ ngành --Đơn vị-- Chọn Cơ sở --Nộp hồ sơ";

describe("text", () => {
  test("NFC, odd spaces, runs collapsed", () => {
    expect(normalisePortalText(" Ủy ban Nhân dân\u00a0xã,\u00a0 phường\t\n".normalize("NFD"))).toBe("Ủy ban Nhân dân xã, phường");
  });
  test("wrapped lines are joined, list items in small letters are not", () => {
    expect(portalLines("- Đảm bảo tỷ lệ theo\nquy định tại khoản 5.\nb) điều kiện khác\n\n(ii) ngoại lệ")).toEqual([
      "- Đảm bảo tỷ lệ theo quy định tại khoản 5.",
      "b) điều kiện khác",
      "(ii) ngoại lệ",
    ]);
  });
  test.each([
    ["Hộ tịch", "ho-tich"],
    ["Thi đua – Khen thưởng", "thi-dua-khen-thuong"],
    ["Đường bộ", "duong-bo"],
    ["Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)", "thanh-lap-va-hoat-dong-doanh-nghiep-ho-kinh-doanh"],
    ["Hộ tịch".normalize("NFD"), "ho-tich"],
  ])("slug of %s is %s", (name, slug) => {
    expect(asciiSlug(name)).toBe(slug);
  });
  test("a long name is cut at a word", () => {
    const slug = asciiSlug("Chuyển đổi công ty nhà nước được thành lập và hoạt động theo Luật Doanh nghiệp nhà nước thành công ty");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect("chuyen-doi-cong-ty-nha-nuoc-duoc-thanh-lap-va-hoat-dong-theo-luat".startsWith(slug)).toBe(true);
  });
  test("names that fold to one slug get distinct ones, whatever their order", () => {
    const a = assignSlugs(["Thi đua khen thưởng", "Thi đua – Khen thưởng"], "x");
    const b = assignSlugs(["Thi đua – Khen thưởng", "Thi đua khen thưởng"], "x");
    expect([...a].sort()).toEqual([...b].sort());
    expect(new Set(a.values())).toEqual(new Set(["thi-dua-khen-thuong", "thi-dua-khen-thuong-2"]));
    expect(assignSlugs(["Sở Tư pháp"], "x", new Set(["so-tu-phap"])).get("Sở Tư pháp")).toBe("so-tu-phap-2");
  });
  test("folding for matching", () => {
    expect(foldText("HỘ  TỊCH")).toBe("ho tich");
    expect(foldText("Đăng ký")).toBe("dang ky");
  });
  test.each([
    ["Không có thông tin", true],
    ["Không.", true],
    ["không có", true],
    ["--", true],
    ["", true],
    ["Không thuộc trường hợp bị cấm", false],
  ])("%j says nothing: %s", (text, nothing) => expect(saysNothing(text)).toBe(nothing));
});

describe("parseLevels", () => {
  test.each([
    ["Cấp xã", ["xa"], []],
    ["Cấp bộ, Cấp tỉnh, Cấp xã", ["bo", "tinh", "xa"], []],
    ["Cấp xã, Cấp Bộ", ["bo", "xa"], []],
    ["Cấp tỉnh, Cơ quan khác", ["tinh"], ["Cơ quan khác"]],
    ["Cấp huyện", ["huyen"], []],
    ["", [], []],
  ])("%j", (text, levels, unknown) => {
    expect(parseLevels(text)).toEqual({ levels, unknown });
  });
});

describe("parseSubjects", () => {
  test.each([
    ["Công dân Việt Nam", ["cong_dan_viet_nam"], []],
    ["Tổ chức (không bao gồm doanh nghiệp, HTX), Doanh nghiệp", ["doanh_nghiep", "to_chuc"], []],
    ["Cán bộ, công chức, viên chức, Hợp tác xã", ["hop_tac_xa", "can_bo_cong_chuc"], []],
    ["Doanh nghiệp có vốn đầu tư nước ngoài, Tổ chức nước ngoài, Người nước ngoài", ["nguoi_nuoc_ngoai", "doanh_nghiep", "to_chuc"], []],
    [
      "Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài, Đảng viên",
      ["cong_dan_viet_nam"],
      ["Người Việt Nam định cư ở nước ngoài", "Đảng viên"],
    ],
    ["Công dân Việt Nam".normalize("NFD"), ["cong_dan_viet_nam"], []],
  ])("%j", (text, applicants, unknown) => {
    expect(parseSubjects(text)).toEqual({ applicants, unknown });
  });
});

describe("parseAgencyNames", () => {
  test.each([
    ["Ủy ban Nhân dân\u00a0xã,\u00a0phường,\u00a0thị trấn.", ["Ủy ban Nhân dân xã, phường, thị trấn"]],
    [
      "Cục cảnh sát quản lý hành chính về trật tự, xã hội, Công an tỉnh",
      ["Cục cảnh sát quản lý hành chính về trật tự, xã hội", "Công an tỉnh"],
    ],
    ["Cục Thuế - Bộ tài chính, Thuế tỉnh, thành phố, Thuế cơ sở", ["Cục Thuế - Bộ tài chính", "Thuế tỉnh, thành phố", "Thuế cơ sở"]],
    ["Không có thông tin", []],
    ["", []],
  ])("%j", (text, names) => {
    expect(parseAgencyNames(text)).toEqual(names);
  });
});

describe("parseResults", () => {
  test.each([
    [`Giấy khai sinhMã: KQ.G15.000033${JUNK}`, ["Giấy khai sinh"]],
    [
      `Thông báo không chấp thuận (Mẫu số 03/GHAN )Mã: KQ.G12.000871Quyết định gia hạn nộp thuế (Mẫu số 02/GHAN)Mã: KQ.G12.000872${JUNK}`,
      ["Thông báo không chấp thuận (Mẫu số 03/GHAN )", "Quyết định gia hạn nộp thuế (Mẫu số 02/GHAN)"],
    ],
    [`- Giấy chứng nhận khai thác cảng hàng khôngMã: KQ.G04.0003271${JUNK}`, ["Giấy chứng nhận khai thác cảng hàng không"]],
    ["Mã: KQ.G01.000001Từ khóaKhông có thông tinMô tảKhông có thông tin", []],
    ["", []],
  ])("%j", (text, items) => {
    expect(parseResults(text)).toEqual(items);
  });
});

describe("parseRequirements", () => {
  test.each([
    ["Không có thông tin", []],
    ["Không.", []],
    [`Không có thông tin${JUNK}`, []],
    ["- Có tư cách pháp nhân.\n- Có cơ sở vật chất theo\nquy định.", ["Có tư cách pháp nhân.", "Có cơ sở vật chất theo quy định."]],
  ])("%j", (text, items) => {
    expect(parseRequirements(text)).toEqual(items);
  });
});
