import { beforeEach, describe, expect, test, vi } from "vitest";
import type { CommandContext } from "../../src/cli/context.js";
import { UserError } from "../../src/cli/context.js";
import type { Catalogue } from "../../src/model/catalogue.js";
import { makeCatalogue, makeProcedure } from "../support/builders.js";
import { calendar2026, officeHours } from "./fixtures.js";

/** Two procedures, 3 working days and 4 office hours, with the 2026 calendar. */
function makeDeadlineCatalogue(): Catalogue {
  return makeCatalogue({
    manifest: { gio_lam_viec: officeHours },
    calendars: [calendar2026],
    procedures: [
      makeProcedure({ ma: "1.001193", ten: "Thủ tục đăng ký khai sinh", thoi_han: { gia_tri: 3, don_vi: "ngay_lam_viec" } }),
      makeProcedure({ ma: "2.000635", ten: "Thủ tục cấp bản sao trích lục hộ tịch", thoi_han: { gia_tri: 4, don_vi: "gio" } }),
    ],
  });
}

// The command reads the catalogue through load.ts; here it gets one made in memory.
const state: { catalogue: Catalogue; loads: number } = { catalogue: makeDeadlineCatalogue(), loads: 0 };
vi.mock("../../src/lint/load-catalogue.js", () => ({
  loadCatalogue: async () => {
    state.loads += 1;
    return state.catalogue;
  },
}));

const { run } = await import("../../src/cli/commands/deadline.js");

function makeContext(lang: "vi" | "en" = "vi", quiet = false) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    lang,
    color: false,
    quiet,
    debug: false,
    cwd: "/nowhere",
    isTTY: false,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stdoutBytes: () => undefined,
    env: {},
  };
  return { ctx, out, err, stdout: () => out.join(""), stderr: () => err.join("") };
}

beforeEach(() => {
  state.catalogue = makeDeadlineCatalogue();
  state.loads = 0;
});

describe("tthc deadline: text", () => {
  test("--procedure over Tết 2026, in Vietnamese", async () => {
    const { ctx, stdout } = makeContext();
    const code = await run({ from: "2026-02-12 10:00", procedure: "1.001193" }, ctx);
    expect(code).toBe(0);
    expect(stdout()).toBe(
      [
        "Hạn trả kết quả: 17:00 thứ Ba, 24/02/2026",
        "Thời hạn: 3 ngày làm việc (thủ tục 1.001193 Thủ tục đăng ký khai sinh)",
        "Tiếp nhận: 10:00 thứ Năm, 12/02/2026",
        "Ngày nghỉ đã bỏ qua:",
        "  16/02/2026 – 20/02/2026  Tết Nguyên đán",
        "",
      ].join("\n"),
    );
  });

  test("after the cut-off, in English", async () => {
    const { ctx, stdout } = makeContext("en");
    await run({ from: "2026-02-12T16:00", days: "3", unit: "ngay_lam_viec" }, ctx);
    expect(stdout()).toBe(
      [
        "Result due: 17:00 Wednesday, 25/02/2026",
        "Deadline: 3 working days",
        "Received: 16:00 Thursday, 12/02/2026",
        "Deemed received: 07:30 Friday, 13/02/2026 (received after 15:00)",
        "Days off skipped:",
        "  16/02/2026 – 20/02/2026  Tết Nguyên đán",
        "",
      ].join("\n"),
    );
  });

  test("a bare date means received at opening time", async () => {
    const { ctx, stdout } = makeContext();
    await run({ from: "2026-03-10", days: "4", unit: "gio" }, ctx);
    expect(stdout().split("\n")[0]).toBe("Hạn trả kết quả: 11:30 thứ Ba, 10/03/2026");
    expect(stdout()).toContain("Tiếp nhận: 07:30 thứ Ba, 10/03/2026");
  });

  test("DD/MM/YYYY and a decimal comma are accepted", async () => {
    const { ctx, stdout } = makeContext();
    await run({ from: "3/3/2026 10:00", days: "1,5" }, ctx);
    expect(stdout().split("\n")[0]).toBe("Hạn trả kết quả: 11:15 thứ Năm, 05/03/2026");
    expect(stdout()).toContain("Thời hạn: 1,5 ngày làm việc");
  });

  test("a calendar-day period ending on Sunday says it moved", async () => {
    const { ctx, stdout } = makeContext();
    await run({ from: "2026-03-04 10:00", days: "4", unit: "ngay" }, ctx);
    expect(stdout()).toContain("Hạn trả kết quả: 17:00 thứ Hai, 09/03/2026");
    expect(stdout()).toContain("Thời hạn kết thúc vào Chủ nhật, 08/03/2026 là ngày nghỉ");
  });

  test("received on a day off says so; a year without file warns", async () => {
    const { ctx, stdout } = makeContext();
    await run({ from: "2027-02-06 09:00", days: "1" }, ctx);
    // Sat 6/2/2027 (statutory Tết) → deemed Fri 12/2 → due Mon 15/2.
    expect(stdout()).toContain("Hạn trả kết quả: 17:00 thứ Hai, 15/02/2027");
    expect(stdout()).toContain("Coi như tiếp nhận: 07:30 thứ Sáu, 12/02/2027 (nhận vào ngày nghỉ)");
    expect(stdout()).toContain("Cảnh báo: Danh mục chưa có lịch làm việc chính thức năm 2027");
  });

  test("--quiet prints the answer only, warnings on stderr", async () => {
    const { ctx, stdout, stderr } = makeContext("vi", true);
    await run({ from: "2027-02-04 10:00", days: "3" }, ctx);
    expect(stdout()).toBe("Hạn trả kết quả: 17:00 thứ Ba, 16/02/2027\n");
    expect(stderr()).toContain("lich/2027.yaml");
  });
});

describe("tthc deadline: json", () => {
  test("keys and values", async () => {
    const { ctx, stdout } = makeContext();
    const code = await run({ from: "2026-02-12 16:00", procedure: "1.001193", format: "json" }, ctx);
    expect(code).toBe(0);
    expect(JSON.parse(stdout())).toEqual({
      received: "2026-02-12T16:00:00+07:00",
      deemed_received: "2026-02-13T07:30:00+07:00",
      deemed_moved: true,
      deemed_reason: "after_cutoff",
      due: "2026-02-25T17:00:00+07:00",
      unit: "ngay_lam_viec",
      value: 3,
      procedure: { code: "1.001193", name: "Thủ tục đăng ký khai sinh" },
      period_end: null,
      days_off_skipped: [
        { date: "2026-02-16", reason: "Tết Nguyên đán" },
        { date: "2026-02-17", reason: "Tết Nguyên đán" },
        { date: "2026-02-18", reason: "Tết Nguyên đán" },
        { date: "2026-02-19", reason: "Tết Nguyên đán" },
        { date: "2026-02-20", reason: "Tết Nguyên đán" },
      ],
      warnings: [],
    });
  });

  test("a procedure counted in hours; warnings carry code and year", async () => {
    const { ctx, stdout } = makeContext("en");
    await run({ from: "2027-03-12 14:00", procedure: "2.000635", format: "json" }, ctx);
    const json = JSON.parse(stdout());
    // Fri 12/3/2027 14:00 + 4h: 3h Friday, then Mon 15/3 07:30 + 1h = 08:30.
    expect(json.due).toBe("2027-03-15T08:30:00+07:00");
    expect(json.unit).toBe("gio");
    expect(json.warnings).toEqual([expect.objectContaining({ code: "calendar-year-missing", year: 2027 })]);
    expect(json.warnings[0].message).toContain("no official working-day calendar for 2027");
  });
});

describe("tthc deadline: user mistakes (exit 2, nothing printed)", () => {
  test.each([
    [{ from: "2026-02-30 10:00", days: "3" }, "2026-02-30"],
    [{ from: "2026-02-12 24:00", days: "3" }, "không phải thời điểm hợp lệ"],
    [{ from: "12/02/2026 10h", days: "3" }, "không phải thời điểm hợp lệ"],
    [{ from: "2026-02-12 10:00", days: "0" }, "không phải số dương"],
    [{ from: "2026-02-12 10:00", days: "-2" }, "không phải số dương"],
    [{ from: "2026-02-12 10:00", days: "ba" }, "không phải số dương"],
    [{ from: "2026-02-12 10:00" }, "đúng một trong hai"],
    [{ from: "2026-02-12 10:00", days: "3", procedure: "1.001193" }, "đúng một trong hai"],
    [{ from: "2026-02-12 10:00", days: "3", unit: "tuan" }, "--unit"],
    [{ from: "2026-02-12 10:00", procedure: "1.001193", unit: "gio" }, "--unit"],
    [{ days: "3" }, "Thiếu --from"],
    [{ from: "2026-02-12 10:00", days: "3", format: "xml" }, "--format"],
  ])("%o", async (opts, fragment) => {
    const { ctx, stdout } = makeContext();
    const failure = run(opts, ctx);
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toMatchObject({ exitCode: 2 });
    await expect(failure).rejects.toThrow(fragment);
    expect(stdout()).toBe("");
    // Flag mistakes are reported before the catalogue is read.
    expect(state.loads).toBe(0);
  });

  test("an unknown procedure code, in English", async () => {
    const { ctx } = makeContext("en");
    const failure = run({ from: "2026-02-12 10:00", procedure: "9.999999" }, ctx);
    await expect(failure).rejects.toMatchObject({ exitCode: 2 });
    await expect(failure).rejects.toThrow('No procedure with code "9.999999" in the catalogue');
  });
});
