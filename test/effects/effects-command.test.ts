import { beforeEach, describe, expect, test, vi } from "vitest";
import type { CommandContext } from "../../src/cli/context.js";
import { UserError } from "../../src/cli/context.js";
import type { Catalogue } from "../../src/model/catalogue.js";
import { buildReviewFixture } from "./review-fixture.js";

// The command's I/O edge is loadCataloguePair; here it hands out the fixture by revision, one
// revision at a time (BASE first), through a fake loadCatalogue the tests look into.
const fixture = buildReviewFixture();
const loadCatalogue = vi.fn(async (_ctx: CommandContext, rev?: string): Promise<Catalogue> => {
  if (rev === undefined) return fixture.head;
  if (rev === "main") return fixture.base;
  throw new UserError(`Không tìm thấy phiên bản "${rev}". Kiểm tra tên nhánh hoặc mã commit.`, 2);
});
const loadCataloguePair = async (ctx: CommandContext, base: string, head?: string) => ({
  base: await loadCatalogue(ctx, base),
  head: await loadCatalogue(ctx, head),
});
vi.mock("../../src/lint/load-catalogue.js", () => ({ loadCatalogue, loadCataloguePair }));
const { run } = await import("../../src/cli/commands/effects.js");

function makeContext(lang: "vi" | "en" = "vi"): CommandContext & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    lang,
    color: true,
    quiet: false,
    debug: false,
    cwd: "/tmp",
    isTTY: false,
    stdout: (text) => out.push(text),
    stderr: () => {},
    stdoutBytes: () => {},
    env: {},
  };
}

describe("tthc effects", () => {
  beforeEach(() => loadCatalogue.mockClear());

  test("json: loads BASE and the working tree, prints the contract, exits 0", async () => {
    const ctx = makeContext();
    expect(await run({ base: "main", format: "json", by: "field" }, ctx)).toBe(0);
    expect(loadCatalogue.mock.calls.map((call) => call[1])).toEqual(["main", undefined]);
    const report = JSON.parse(ctx.out.join(""));
    expect(report).toMatchObject({
      base: "main",
      head: "working tree",
      by: "field",
      totals: { procedures_simplified: 58, working_days_cut: 212 },
    });
  });

  test("table by default, coloured only on request", async () => {
    const ctx = makeContext();
    expect(await run({ base: "main" }, ctx)).toBe(0);
    expect(ctx.out.join("")).toContain("\u001b[");
    const plain = { ...makeContext(), color: false };
    await run({ base: "main", format: "table" }, plain);
    expect(plain.out.join("")).not.toContain("\u001b[");
    expect(plain.out.join("")).toMatch(/^Đã đơn giản hóa 58 TTHC, cắt giảm 212 ngày làm việc/u);
  });

  test("csv and md are never coloured", async () => {
    for (const format of ["csv", "md"]) {
      const ctx = makeContext();
      await run({ base: "main", format }, ctx);
      expect(ctx.out.join("")).not.toContain("\u001b[");
    }
  });

  test.each([
    [{ base: "main", format: "xml" }, /"xml".*table, json, md, csv/u],
    [{ base: "main", by: "commune" }, /"commune".*field, level, agency/u],
    [{}, /--base/u],
    [{ base: "" }, /--base/u],
  ])("refuses %j with exit 2 and the allowed values", async (opts, message) => {
    const error = await run(opts, makeContext()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toMatch(message);
    expect(loadCatalogue).not.toHaveBeenCalled();
  });

  test("English messages with lang en", async () => {
    const error = (await run({ base: "main", format: "xml" }, makeContext("en")).catch((e: unknown) => e)) as UserError;
    expect(error.message).toBe('Unknown format "xml". Use one of: table, json, md, csv.');
  });

  test("an unknown revision is the loader's UserError, passed on", async () => {
    const error = await run({ base: "nope" }, makeContext()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
  });

  test("--head is passed to the loader and named in the report", async () => {
    const ctx = makeContext();
    loadCatalogue.mockImplementationOnce(async () => fixture.base).mockImplementationOnce(async () => fixture.head);
    await run({ base: "main", head: "v2", format: "json" }, ctx);
    expect(loadCatalogue.mock.calls.map((call) => call[1])).toEqual(["main", "v2"]);
    expect(JSON.parse(ctx.out.join("")).head).toBe("v2");
  });
});
