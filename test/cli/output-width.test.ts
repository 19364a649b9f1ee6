// What a person reads on a terminal fits its width: every table wraps its long cells or turns
// into blocks, every paragraph wraps, at 80 columns and at 40, through the real command.

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { outputColumns } from "../../src/cli/main.js";
import type { Procedure } from "../../src/model/catalogue.js";
import { layOutTable, textWidth, wrapText } from "../../src/render/table/text-table.js";
import { makeRepo, type TestRepo } from "../amend/git-repo.js";
import { makeProcedure } from "../support/builders.js";

const LONG_NAME =
  "Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo) và nhà ở riêng lẻ";

function tooWide(text: string, width: number): string[] {
  return text.split("\n").filter((line) => textWidth(line) > width);
}

describe("layOutTable and wrapText", () => {
  const table = {
    header: ["Lĩnh vực", "TTHC đơn giản hóa", "Chi phí trước (đồng/năm)", "Chi phí sau (đồng/năm)"],
    align: ["left", "right", "right", "right"] as const,
    rows: [
      ["Thành lập và hoạt động của hộ kinh doanh", "3", "1.575.717.409", "1.575.717.409"],
      ["Hộ tịch", "12", "33.270.739", "33.270.739"],
    ],
    total: ["Tổng cộng", "15", "1.608.988.148", "1.608.988.148"],
  };
  test.each([
    [200, "grid", 1 + 1 + 3],
    [60, "grid", undefined],
    [30, "blocks", undefined],
  ] as const)("at %i columns: %s, no line wider", (width, shape, lines) => {
    const out = layOutTable({ ...table, align: [...table.align] }, width);
    expect(out.filter((line) => textWidth(line) > width)).toEqual([]);
    if (lines !== undefined) expect(out).toHaveLength(lines);
    if (shape === "blocks") expect(out.slice(0, 3)).toEqual(["Thành lập và hoạt động của hộ", "kinh doanh", "  TTHC đơn giản hóa: 3"]);
    else expect(out[0]?.startsWith("Lĩnh vực")).toBe(true);
    // Every figure is still there, whole.
    for (const figure of ["1.575.717.409", "33.270.739", "1.608.988.148"]) expect(out.join("\n")).toContain(figure);
  });

  test.each([
    ["a short line", 40, ["a short line"]],
    ["một hai ba bốn năm sáu bảy tám", 12, ["một hai ba", "  bốn năm", "  sáu bảy", "  tám"]],
    ["abcdefghijklmnopqrstuvwxyz", 10, ["abcdefghij", "  klmnopqr", "  stuvwxyz"]],
  ])("wrapText(%j, %i)", (text, width, expected) => {
    expect(wrapText(text, width, "", "  ")).toEqual(expected);
  });

  test("colour codes take no columns", () => {
    expect(textWidth("\u001b[1mHộ tịch\u001b[22m")).toBe(7);
    expect(wrapText("\u001b[31mmột hai\u001b[39m ba", 7)).toEqual(["\u001b[31mmột hai\u001b[39m", "ba"]);
  });

  test.each([
    [{ COLUMNS: "100" }, true, 120, 100],
    [{ COLUMNS: "abc" }, true, 120, 120],
    [{}, true, 120, 120],
    [{}, true, undefined, 80],
    [{}, false, 120, 80],
  ])("outputColumns(%j, tty %s, terminal %s) = %i", (env, isTTY, terminal, expected) => {
    expect(outputColumns(env, isTTY, terminal)).toBe(expected);
  });
});

describe("every text report fits the width", () => {
  let repo: TestRepo;
  const field = (procedures: Procedure[]) => [
    { ma: "ho-tich", ten: "Hộ tịch và các việc khác có tên rất dài của lĩnh vực", phien_ban: "2026.1", thu_tuc: procedures },
  ];
  beforeAll(() => {
    repo = makeRepo(
      field([
        makeProcedure({
          ma: "1.000001",
          ten: LONG_NAME,
          cap: ["tinh", "xa"],
          thoi_han: { gia_tri: 5, don_vi: "ngay_lam_viec" },
          so_ho_so_nam: 1200,
        }),
        makeProcedure({ ma: "1.000002", ten: `Thủ tục sẽ bị bãi bỏ: ${LONG_NAME}` }),
        makeProcedure({ ma: "1.000003" }),
      ]),
    );
    repo.writeFields(
      field([
        makeProcedure({
          ma: "1.000001",
          ten: LONG_NAME,
          cap: ["tinh", "xa"],
          thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" },
          so_ho_so_nam: 1200,
        }),
        makeProcedure({
          ma: "1.000002",
          ten: `Thủ tục sẽ bị bãi bỏ: ${LONG_NAME}`,
          trang_thai: "bai_bo",
          bai_bo: { quyet_dinh: "567/QĐ-UBND", ngay: "2026-03-01", can_cu: "123/2015/ND-CP" },
        }),
        makeProcedure({ ma: "1.000003", thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec", ghi_chu: LONG_NAME } }),
        makeProcedure({ ma: "1.000004", ten: `Thủ tục mới: ${LONG_NAME}` }),
      ]),
    );
    repo.commit("Rà soát");
  });
  afterAll(() => repo.cleanup());

  const commands: [string, string[]][] = [
    ["effects", ["effects", "--base", "HEAD~1", "--head", "HEAD"]],
    ["effects --by level", ["effects", "--base", "HEAD~1", "--head", "HEAD", "--by", "level"]],
    ["effects --lang en", ["effects", "--base", "HEAD~1", "--head", "HEAD", "--lang", "en"]],
    ["stats", ["stats"]],
    ["diff", ["diff", "HEAD~1", "HEAD"]],
    ["deadline", ["deadline", "--from", "2026-02-12 10:00", "--procedure", "1.000001"]],
  ];
  test.each(commands.flatMap(([name, argv]) => [80, 40].map((width) => [name, width, argv] as const)))(
    "%s at %i columns ($COLUMNS)",
    async (_name, width, argv) => {
      const { code, stdout, stderr } = await repo.run(argv, { env: { COLUMNS: String(width) } });
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(tooWide(stdout, width)).toEqual([]);
    },
  );

  test.each(commands.map(([name, argv]) => [name, argv] as const))("%s on a 40-column terminal", async (name, argv) => {
    const { code, stdout } = await repo.run(argv, { isTTY: true, columns: 40 });
    expect(code).toBe(0);
    // Colour codes are there (deadline prints none) and take no room.
    if (name !== "deadline") expect(stdout).toContain("\u001b[");
    expect(tooWide(stdout, 40)).toEqual([]);
  });

  test("a piped report is 80 columns wide and the long name is whole, wrapped", async () => {
    const { stdout } = await repo.run(["effects", "--base", "HEAD~1", "--head", "HEAD"]);
    expect(tooWide(stdout, 80)).toEqual([]);
    expect(stdout.replace(/\s+/gu, " ")).toContain(LONG_NAME);
  });
});
