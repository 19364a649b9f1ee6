import { describe, expect, test } from "vitest";
import { lookupUrl, procedureUrl } from "../../src/post/procedure-url.js";
import { isSiteBase, procedurePagePath, siteProcedureUrl, siteSlug } from "../../src/post/site-address.js";
import { fullProcedure } from "../post/full-procedure.js";

describe("which qr_goc is the office's site", () => {
  test.each([
    ["https://tthc.xahoaan.gov.vn/", true],
    ["https://binhan.gov.vn/tra-cuu/", true],
    ["http://127.0.0.1:8080/site/", true],
    ["  https://binhan.gov.vn/tra-cuu/  ", true],
    // A page that looks a procedure up from ?ma_thu_tuc=, or an origin without its "/": as before.
    ["https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html", false],
    ["https://dichvucong.gov.vn", false],
    ["https://binhan.gov.vn/tra-cuu", false],
    ["https://binhan.gov.vn/tra-cuu/?a=1", false],
    ["https://binhan.gov.vn/tra-cuu/#x", false],
    // The national portal never hosts an office's site, even written with a "/".
    ["https://dichvucong.gov.vn/", false],
    ["https://dichvucong.gov.vn/p/", false],
    ["ftp://binhan.gov.vn/", false],
    ["binhan.gov.vn/", false],
  ])("%s → %s", (qrGoc, expected) => {
    expect(isSiteBase(qrGoc)).toBe(expected);
  });
});

describe("the QR link of a posting sheet", () => {
  const own = { muc_do: "toan_trinh" as const, url: "https://dvc.example.vn/tt/1" };
  test("qr_goc is the site: the procedure's page there, even when the procedure has its own link", () => {
    expect(procedureUrl(fullProcedure({ dich_vu_cong: own }), { qr_goc: "https://tthc.xaa.gov.vn/" })).toBe(
      "https://tthc.xaa.gov.vn/thu-tuc/1.001193/",
    );
    expect(procedureUrl(fullProcedure({ dich_vu_cong: undefined }), { qr_goc: "https://xaa.gov.vn/tra-cuu/" })).toBe(
      "https://xaa.gov.vn/tra-cuu/thu-tuc/1.001193/",
    );
  });

  test("qr_goc is a look-up page: unchanged (own link, else ?ma_thu_tuc=)", () => {
    expect(procedureUrl(fullProcedure({ dich_vu_cong: own }), { qr_goc: "https://x.vn/chi-tiet.html" })).toBe(
      "https://dvc.example.vn/tt/1",
    );
    expect(procedureUrl(fullProcedure({ dich_vu_cong: undefined }), { qr_goc: "https://dichvucong.gov.vn/" })).toBe(
      "https://dichvucong.gov.vn/?ma_thu_tuc=1.001193",
    );
  });

  test("the portal's record is known only from a look-up page", () => {
    expect(lookupUrl({ ma: "1.000894" }, { qr_goc: "https://x.vn/chi-tiet.html" })).toBe("https://x.vn/chi-tiet.html?ma_thu_tuc=1.000894");
    expect(lookupUrl({ ma: "1.000894" }, { qr_goc: "https://tthc.xaa.gov.vn/" })).toBeUndefined();
    expect(lookupUrl({ ma: "1.000894" }, {})).toBeUndefined();
  });
});

test("addresses of pages: stable, and nothing leaves its folder", () => {
  expect(procedurePagePath("1.001193")).toBe("thu-tuc/1.001193/index.html");
  expect(procedurePagePath("DP.000123")).toBe("thu-tuc/DP.000123/index.html");
  expect(siteProcedureUrl("https://a.vn/x", "1.001193")).toBe("https://a.vn/x/thu-tuc/1.001193/");
  expect(siteProcedureUrl("https://a.vn/x///", "1.001193")).toBe("https://a.vn/x/thu-tuc/1.001193/");
  expect(siteSlug("../../etc")).toBe("etc");
  expect(siteSlug("a/b c")).toBe("a-b-c");
  expect(siteSlug("..")).toBe("-");
});
