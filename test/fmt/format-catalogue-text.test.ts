import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isMap, parse, parseDocument, type YAMLMap } from "yaml";
import { formatCatalogueText } from "../../src/fmt/format-catalogue-text.js";
import { PROCEDURE_SHAPE } from "../../src/fmt/key-order.js";
import { fileKindOf } from "../../src/model/file-kind.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(".yaml")) out.push(relative(dir, join(d, e.name)).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

function format(
  text: string,
  kind: Parameters<typeof formatCatalogueText>[1] = "field",
  schemaRef = "../../schemas/linh-vuc.schema.json",
): string {
  const result = formatCatalogueText(text, kind, { schemaRef });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.text;
}

const SCHEMA = "# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json\n";

describe.each([
  ["the test fixture", join(ROOT, "test/fixtures/base")],
  ["the bundled catalogue", join(ROOT, "catalogue")],
])("on %s", (_, dir) => {
  const files = existsSync(join(dir, "tthc.yaml")) ? yamlFiles(dir).filter((f) => fileKindOf(f)) : [];
  test("is there, with its files", () => {
    expect(files.length, `${dir} has no catalogue files`).toBeGreaterThan(4);
  });
  test.each(files)("%s: idempotent, data unchanged but for NFC", (file) => {
    const original = readFileSync(join(dir, file), "utf8");
    const once = format(original, fileKindOf(file));
    expect(format(once, fileKindOf(file))).toBe(once);
    expect(parse(once, { version: "1.2" })).toEqual(JSON.parse(JSON.stringify(parse(original.normalize("NFC"), { version: "1.2" }))));
    // Quoting codes is the one change of type allowed: a number code would show up here.
    expect(once.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=/);
  });
});

test("the test fixture is already canonical, byte for byte", () => {
  const dir = join(ROOT, "test/fixtures/base");
  for (const file of yamlFiles(dir)) {
    const original = readFileSync(join(dir, file), "utf8");
    expect(format(original, fileKindOf(file)), file).toBe(original);
  }
});

describe("formatCatalogueText", () => {
  test("NFD text (values, keys, comments) becomes NFC, nothing else changes", () => {
    const nfc = `${SCHEMA}ma: ho-tich\nten: Hộ tịch # lĩnh vực hộ tịch\nphien_ban: "2026.1"\nthu_tuc: []\n`;
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    const out = format(nfd);
    expect(out).toBe(nfc);
    expect(out.normalize("NFC")).toBe(out);
  });

  test("keys in the order of the format, comments kept with their keys, unknown keys last", () => {
    const input = [
      SCHEMA.trimEnd(),
      "# Lĩnh vực thử",
      "thu_tuc:",
      "  # thủ tục đầu tiên",
      "  - ten: Thủ tục A  # tên đầy đủ",
      "    # mã quốc gia",
      '    ma: "1.001193"',
      "    la_lam: giữ lại",
      "    co_quan:",
      "      thuc_hien: b",
      "      # cơ quan quyết định",
      "      tham_quyen: a",
      "    thoi_han: { don_vi: ngay, gia_tri: 3 }",
      "    cap: [xa]",
      "",
      '  - ma: "1.000002"',
      "    ten: B",
      "ten: Hộ tịch",
      "ma: ho-tich",
      'phien_ban: "1"',
      "",
    ].join("\n");
    expect(format(input)).toBe(
      [
        SCHEMA.trimEnd(),
        "# Lĩnh vực thử",
        "ma: ho-tich",
        "ten: Hộ tịch",
        'phien_ban: "1"',
        "thu_tuc:",
        "  # thủ tục đầu tiên",
        "  - # mã quốc gia",
        '    ma: "1.001193"',
        "    ten: Thủ tục A  # tên đầy đủ",
        "    cap: [xa]",
        "    co_quan:",
        "      # cơ quan quyết định",
        "      tham_quyen: a",
        "      thuc_hien: b",
        "    thoi_han: { gia_tri: 3, don_vi: ngay }",
        "    la_lam: giữ lại",
        "",
        '  - ma: "1.000002"',
        "    ten: B",
        "",
      ].join("\n"),
    );
  });

  test("a key whose value is empty, followed by a deeper mapping, moves with its lines", () => {
    const input = `${SCHEMA}ma: x\nten: X\nphien_ban: "1"\nthu_tuc:\n  - ma: "1.000001"\n    co_quan:\n      phoi_hop:\n      tham_quyen: a\n    ten: T\n`;
    expect(format(input)).toBe(
      `${SCHEMA}ma: x\nten: X\nphien_ban: "1"\nthu_tuc:\n  - ma: "1.000001"\n    ten: T\n    co_quan:\n      tham_quyen: a\n      phoi_hop:\n`,
    );
  });

  test("folded text is moved as written, never re-wrapped", () => {
    const manifest = [
      "# yaml-language-server: $schema=../schemas/tthc.schema.json",
      "dia_chi_phan_anh: >-",
      "  Bộ phận Một cửa UBND xã A, thôn 1.",
      "  Điện thoại: 0200 000 000.",
      "phien_ban_dinh_dang: 1",
      "",
    ].join("\n");
    expect(format(manifest, "manifest", "../schemas/tthc.schema.json")).toBe(
      [
        "# yaml-language-server: $schema=../schemas/tthc.schema.json",
        "phien_ban_dinh_dang: 1",
        "dia_chi_phan_anh: >-",
        "  Bộ phận Một cửa UBND xã A, thôn 1.",
        "  Điện thoại: 0200 000 000.",
        "",
      ].join("\n"),
    );
  });

  test.each([
    ["ma: 1.001190", 'ma: "1.001190"'],
    ["ma: '1.001193'", 'ma: "1.001193"'],
    ["ma: DP.000001", 'ma: "DP.000001"'],
    ["ma: 1.001193 # mã", 'ma: "1.001193" # mã'],
    ["thay_the: 1.000100", 'thay_the: "1.000100"'],
    ["thanh_phan_lien_thong: [1.000010, '1.000020']", 'thanh_phan_lien_thong: ["1.000010", "1.000020"]'],
    ["thanh_phan_lien_thong:\n      - 1.000010", 'thanh_phan_lien_thong:\n      - "1.000010"'],
  ])("code %s is quoted with its source characters", (line, expected) => {
    const input = `${SCHEMA}ma: x\nten: X\nphien_ban: "1"\nthu_tuc:\n  - ${line}\n`;
    expect(format(input)).toBe(`${SCHEMA}ma: x\nten: X\nphien_ban: "1"\nthu_tuc:\n  - ${expected}\n`);
  });

  test("phien_ban is quoted with its digits (2026.10 stays 2026.10); form ids are not codes", () => {
    const input = `${SCHEMA}ma: x\nten: X\nphien_ban: 2026.10\nthu_tuc:\n  - ma: "1.000001"\n    mau_don:\n      - ma: TK-01\n`;
    const out = format(input);
    expect(out).toContain('phien_ban: "2026.10"\n');
    expect(out).toContain("      - ma: TK-01\n");
    expect((parse(out) as { phien_ban: unknown }).phien_ban).toBe("2026.10");
  });

  test("a null code stays null (quoting would change the data)", () => {
    const input = `${SCHEMA}ma: x\nten: X\nphien_ban: "1"\nthu_tuc:\n  - ma: ~\n`;
    expect(format(input)).toBe(input);
  });

  test.each([
    ["added when missing", "ma: x\n", `${SCHEMA}ma: x\n`],
    ["moved up from the leading comments", `# ghi chú\n${SCHEMA}ma: x\n`, `${SCHEMA}# ghi chú\nma: x\n`],
    ["kept when first", `${SCHEMA}ma: x\n`, `${SCHEMA}ma: x\n`],
  ])("schema line %s", (_, input, expected) => {
    expect(format(input)).toBe(expected);
  });

  test("CRLF line endings are kept, a byte-order mark dropped, a final line break added", () => {
    expect(format(`\uFEFF${SCHEMA}ten: X\r\nma: x`.replace(SCHEMA, SCHEMA.replace("\n", "\r\n")))).toBe(
      `${SCHEMA.replace("\n", "\r\n")}ma: x\r\nten: X\r\n`,
    );
  });

  test("calendar, agency and document entries are ordered too", () => {
    const cal = "nam: 2026\nngay_nghi:\n  - { ly_do: Tết, den: 2026-02-20, tu: 2026-02-16 }\nngay_lam_bu: []\n";
    expect(format(cal, "calendar", "s")).toBe(
      "# yaml-language-server: $schema=s\nnam: 2026\nngay_nghi:\n  - { tu: 2026-02-16, den: 2026-02-20, ly_do: Tết }\nngay_lam_bu: []\n",
    );
    const agencies = "co_quan:\n  - ten: UBND\n    dien_thoai: '0200'\n    id: ubnd\n";
    expect(format(agencies, "agencies", "s")).toBe(
      "# yaml-language-server: $schema=s\nco_quan:\n  - id: ubnd\n    ten: UBND\n    dien_thoai: '0200'\n",
    );
  });

  test("a file that does not parse is refused with line and column", () => {
    const result = formatCatalogueText(`${SCHEMA}ma: x\nten: [a\nphien_ban: "1"\n`, "field");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ line: 4 });
    expect(result.problems[0]!.message.vi).toContain("Lỗi cú pháp YAML");
  });

  test("a duplicate key is refused", () => {
    const result = formatCatalogueText(`${SCHEMA}ma: x\nma: y\n`, "field");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 3, column: 1 });
  });

  test("an unknown kind of file only gets NFC and a final line break", () => {
    const result = formatCatalogueText("b: Hộ\na: 1".normalize("NFD"), undefined);
    expect(result).toEqual({ ok: true, text: "b: Hộ\na: 1\n" });
  });
});

describe("property: any order of a procedure's keys formats to the canonical order, data unchanged", () => {
  const fixture = readFileSync(join(ROOT, "test/fixtures/base/linh-vuc/ho-tich.yaml"), "utf8");
  const canonical = format(fixture);
  const procedureCount = (parse(fixture) as { thu_tuc: unknown[] }).thu_tuc.length;
  const shuffles = fc.array(fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), { minLength: procedureCount, maxLength: procedureCount });

  test("shuffled keys, reformatted", () => {
    fc.assert(
      fc.property(shuffles, fc.boolean(), (seeds, shuffleNested) => {
        const doc = parseDocument(fixture);
        const procedures = (doc.get("thu_tuc") as { items: YAMLMap[] }).items;
        procedures.forEach((map, i) => {
          const seed = seeds[i]!;
          const shuffle = (m: YAMLMap) => {
            const keyed = m.items.map((item, k) => ({ item, w: seed[k % seed.length]! * 31 + k }));
            m.items = keyed.sort((a, b) => a.w - b.w).map((x) => x.item);
          };
          shuffle(map);
          if (shuffleNested) for (const pair of map.items) if (isMap(pair.value)) shuffle(pair.value);
        });
        const scrambled = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
        const out = format(scrambled);
        expect(format(out)).toBe(out);
        expect(parse(out)).toEqual(parse(canonical));
        const data = parse(out) as { thu_tuc: Record<string, unknown>[] };
        for (const p of data.thu_tuc) {
          const keys = Object.keys(p);
          expect(keys).toEqual(PROCEDURE_SHAPE.keys.filter((k) => keys.includes(k)));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("property: every mapping of a file shuffled, comments and all, formats back", () => {
  const files = ["test/fixtures/base/linh-vuc/ho-tich.yaml", "test/fixtures/base/tthc.yaml", "test/fixtures/base/lich/2026.yaml"];
  const bundled = join(ROOT, "catalogue/linh-vuc");
  if (existsSync(bundled))
    files.push(
      ...readdirSync(bundled)
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => `catalogue/linh-vuc/${f}`),
    );

  test.each(files)("%s", (file) => {
    const original = readFileSync(join(ROOT, file), "utf8");
    const kind = fileKindOf(file.replace(/^.*?(linh-vuc|lich)\//, "$1/").replace(/^.*\/tthc\.yaml$/, "tthc.yaml"));
    const expected = parse(format(original, kind));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 50, maxLength: 50 }), (seed) => {
        const doc = parseDocument(original);
        let n = 0;
        const shuffle = (node: unknown): void => {
          if (isMap(node)) {
            const m = node;
            m.items = m.items
              .map((item, k) => ({ item, w: seed[n++ % seed.length]! * 64 + k }))
              .sort((a, b) => a.w - b.w)
              .map((x) => x.item);
            for (const pair of m.items) shuffle(pair.value);
          } else if (node && typeof node === "object" && "items" in node) {
            for (const item of (node as { items: unknown[] }).items) shuffle(item);
          }
        };
        shuffle(doc.contents);
        const scrambled = doc.toString({ lineWidth: 0 });
        const out = format(scrambled, kind);
        expect(format(out, kind)).toBe(out);
        expect(parse(out)).toEqual(expected);
        expect(JSON.stringify(parse(out))).toBe(JSON.stringify(expected));
      }),
      { numRuns: file.startsWith("catalogue/") ? 6 : 25 },
    );
  });
});
