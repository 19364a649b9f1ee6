// The client script (src/site/assets/search.js) runs here as the browser runs it, in a bare
// global, and must fold text exactly as the site's index was folded (src/site/search-text.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSearchIndex, renderSearchIndex, SEARCH_INDEX_GLOBAL, type SearchIndexEntry } from "../../src/site/render-search-index.js";
import { searchText } from "../../src/site/search-text.js";
import { foldText } from "../../src/words/fold-text.js";
import { build, bundledCatalogue, fileOf, ROOT } from "./support.js";

interface ClientSearch {
  foldText(text: string): string;
  searchText(text: string): string;
  queryWords(query: string): string[];
  filterProcedures(index: { procedures: SearchIndexEntry[] }, query: string, field: string, level: string): string[];
}

/** The asset evaluated in a fresh global without a document, as a kiosk's browser would before the page exists. */
function loadClient(): ClientSearch {
  const source = readFileSync(join(ROOT, "src", "site", "assets", "search.js"), "utf8");
  const global: { tthcSearch?: ClientSearch } = {};
  runInNewContext(source, global);
  if (!global.tthcSearch) throw new Error("search.js did not define tthcSearch");
  return global.tthcSearch;
}

const client = loadClient();

// Vietnamese letters in both normal forms, capitals, đ/Đ, punctuation, white space and digits.
const VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
const alphabet = [...`${VIETNAMESE}${VIETNAMESE.toUpperCase()}0123456789 .,;:()"'-/\t\n\u00a0<>&`];
const vietnameseText = fc
  .array(fc.constantFrom(...alphabet), { maxLength: 40 })
  .chain((chars) => fc.constantFrom("NFC", "NFD").map((form) => chars.join("").normalize(form)));

describe("the client folds text as the site's index does", () => {
  test("on Vietnamese text in either normal form", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(client.foldText(text)).toBe(foldText(text));
        expect(client.searchText(text)).toBe(searchText(text));
      }),
      { numRuns: 2000 },
    );
  });

  test("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        expect(client.searchText(text)).toBe(searchText(text));
      }),
      { numRuns: 1000 },
    );
  });

  test.each([
    ["Thủ tục đăng ký kết hôn", "thu tuc dang ky ket hon"],
    ["ĐĂNG KÝ  KHAI   SINH", "dang ky khai sinh"],
    ["nhận cha, mẹ, con", "nhan cha me con"],
    ["Thủ tục xét tặng danh hiệu “Gia đình văn hóa”", "thu tuc xet tang danh hieu gia dinh van hoa"],
    ["1.000894", "1.000894"],
    ["Thu\u0309 tu\u0323c", "thu tuc"],
  ])("%s → %s", (text, folded) => {
    expect(client.searchText(text)).toBe(folded);
    expect(searchText(text)).toBe(folded);
  });
});

describe("the client's search over the bundled catalogue", () => {
  let index: { procedures: SearchIndexEntry[] };
  let names: Map<string, string>;

  beforeAll(async () => {
    const catalogue = await bundledCatalogue();
    const site = await build(catalogue);
    // The index as the browser gets it: the written script, run.
    const global: Record<string, unknown> = {};
    runInNewContext(fileOf(site, "assets/search-index.js"), { window: global });
    index = global[SEARCH_INDEX_GLOBAL] as { procedures: SearchIndexEntry[] };
    names = new Map(catalogue.fields.flatMap(({ field }) => field.thu_tuc.map((p) => [p.ma, p.ten] as [string, string])));
  });

  const search = (query: string, field = "", level = "") => client.filterProcedures(index, query, field, level);

  test("words without diacritics or case find the names", () => {
    expect(search("dang ky ket hon").map((code) => names.get(code))).toEqual(["Thủ tục đăng ký kết hôn", "Thủ tục đăng ký lại kết hôn"]);
    expect(search("DANG KY KET HON")).toEqual(search("Đăng ký kết hôn"));
    expect(search("dang ky khai sinh").map((code) => names.get(code))).toContain("Thủ tục đăng ký khai sinh");
    // Every word must be there; order does not matter; a half-typed last word already finds.
    expect(search("ket hon dang ky")).toEqual(search("dang ky ket hon"));
    expect(search("dang ky ket h")).toEqual(expect.arrayContaining(search("dang ky ket hon")));
    expect(search("dang ky ket h").map((code) => names.get(code))).toContain("Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con");
    expect(search("dang ky ket hon xyz")).toEqual([]);
  });

  test("by code, whole, in part or without its dot", () => {
    expect(search("1.000894")).toEqual(["1.000894"]);
    expect(search("000894")).toEqual(["1.000894"]);
    expect(search("1000894")).toEqual(["1.000894"]);
  });

  test("by field name, and with the field and level filters", () => {
    const datDai = index.procedures.filter((p) => p.field === "dat-dai").map((p) => p.code);
    expect(datDai.length).toBeGreaterThan(3);
    expect(search("dat dai")).toEqual(expect.arrayContaining(datDai));
    expect(search("", "dat-dai")).toEqual(datDai);
    expect(search("dang ky", "ho-tich").every((code) => index.procedures.find((p) => p.code === code)?.field === "ho-tich")).toBe(true);
    expect(search("", "", "xa")).toHaveLength(index.procedures.filter((p) => p.levels.includes("xa")).length);
    expect(search("", "", "bo")).toEqual([]);
    expect(search("")).toHaveLength(index.procedures.length);
  });

  test('a word matches where a word starts, not inside another ("hon" is not in "không")', () => {
    const entries = { procedures: [{ code: "1.000001", field: "f", levels: ["xa" as const], text: searchText("Thủ tục không tên") }] };
    expect(client.filterProcedures(entries, "hon", "", "")).toEqual([]);
    expect(client.filterProcedures(entries, "khong", "", "")).toEqual(["1.000001"]);
  });
});

test("the index script is a static file that holds no markup, whatever the catalogue's text", () => {
  const script = renderSearchIndex(
    buildSearchIndex([
      {
        code: "</script><b>",
        name: "A & B",
        fieldCode: "f<",
        fieldName: "F",
        fieldPath: "",
        levels: ["xa"],
        deadline: "",
        fee: "",
        path: "",
      },
    ]),
  );
  expect(script).not.toMatch(/[<>&]/);
  const global: Record<string, unknown> = {};
  runInNewContext(script, { window: global });
  expect(global[SEARCH_INDEX_GLOBAL]).toEqual({
    version: 1,
    procedures: [{ code: "</script><b>", field: "f<", levels: ["xa"], text: "script b a b f" }],
  });
});
