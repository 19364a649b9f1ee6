import { createElement } from "react";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { BrowseApp } from "../../src/views/BrowseApp.js";
import { ResultList, windowStart } from "../../src/views/ResultList.js";
import { ProcedureDetail } from "../../src/views/ProcedureDetail.js";
import { SearchBox } from "../../src/views/SearchBox.js";
import { makeCatalogue, makeProcedure } from "../support/builders.js";

const KEYS = { up: "\u001B[A", down: "\u001B[B", enter: "\r", escape: "\u001B", backspace: "\u007F", pageDown: "\u001B[6~" };

function catalogue() {
  return makeCatalogue({
    fields: [
      {
        ma: "ho-tich",
        ten: "Hộ tịch",
        thu_tuc: [
          makeProcedure({
            ma: "1.001193",
            ten: "Thủ tục đăng ký khai sinh",
            trinh_tu: [{ mo_ta: "Nộp hồ sơ.", chu_the: "nguoi_dan" }],
            dich_vu_cong: { muc_do: "toan_trinh", url: "https://dichvucong.gov.vn/x" },
            co_quan: { tham_quyen: "ubnd-xa-a", thuc_hien: "cong-an-xa-a" },
            thoi_han: { gia_tri: 1, don_vi: "ngay_lam_viec", ghi_chu: "Trường hợp cần xác minh thì không quá 05 ngày làm việc." },
            phi_le_phi: [{ ten: "Lệ phí đăng ký khai sinh", so_tien: 0, ghi_chu: "Miễn lệ phí khi đăng ký đúng hạn." }],
            can_cu_phap_ly: ["60/2014/QH13"],
            hieu_luc_tu: "2025-07-01",
          }),
          makeProcedure({
            ma: "1.000656",
            ten: "Thủ tục đăng ký khai tử",
            trinh_tu: [{ mo_ta: "Người đi khai tử nộp tờ khai và giấy báo tử.", chu_the: "nguoi_dan", gio_nguoi_dan: 1.5 }],
          }),
          makeProcedure({ ma: "1.001022", ten: "Thủ tục đăng ký kết hôn", phi_le_phi: [{ ten: "Lệ phí", so_tien: 30000 }] }),
        ],
      },
      {
        ma: "chung-thuc",
        ten: "Chứng thực",
        thu_tuc: [
          makeProcedure({
            ma: "2.000815",
            ten: "Chứng thực bản sao từ bản chính",
            trang_thai: "bai_bo",
            bai_bo: { quyet_dinh: "567/QĐ-UBND", ngay: "2026-03-01", can_cu: "60/2014/QH13" },
          }),
        ],
      },
    ],
    documents: [{ id: "60/2014/QH13", so_hieu: "60/2014/QH13", ten: "Luật Hộ tịch" }],
  });
}

afterEach(() => cleanup());

type App = { stdin: { write: (s: string) => void; listenerCount: (event: string) => number }; lastFrame: () => string | undefined };
type Until = string | RegExp | ((app: App) => boolean);

/**
 * Waits for ink to draw the frame a test expects (what it must show), never for a fixed time:
 * a fixed pause failed now and then on a busy machine, when the frame was still the one before
 * the key. Gives up, with the frame it last saw, after four seconds.
 */
async function drawn(app: App, until: Until): Promise<void> {
  const ok = () => {
    const frame = app.lastFrame() ?? "";
    if (typeof until === "string") return frame.includes(until);
    if (until instanceof RegExp) return until.test(frame);
    return until(app);
  };
  await vi.waitFor(
    () => {
      if (!ok()) throw new Error(`the frame awaited (${String(until)}) was not drawn; the last one:\n${app.lastFrame() ?? ""}`);
    },
    { timeout: 4_000, interval: 5 },
  );
}

/** Writes keys, then waits for the frame they lead to. */
async function type(app: App, text: string, until: Until): Promise<void> {
  app.stdin.write(text);
  await drawn(app, until);
}

/** The app has exited: ink no longer reads the keyboard. */
const exited = (app: App) => app.stdin.listenerCount("readable") === 0;

describe("BrowseApp", () => {
  test("lists every procedure, then narrows as one types without diacritics", async () => {
    const app = render(createElement(BrowseApp, { catalogue: catalogue(), lang: "vi", color: false, rows: 20, columns: 100 }));
    await drawn(app, "4/4 thủ tục");
    expect(app.lastFrame()).toContain("› 1.001193 Thủ tục đăng ký khai sinh · Hộ tịch");
    expect(app.lastFrame()).toContain("2.000815 Chứng thực bản sao từ bản chính (đã bãi bỏ) · Chứng thực");

    await type(app, "dang ky khai sinh", "1/4 thủ tục");
    const frame = app.lastFrame()!;
    expect(frame).toContain("Tìm thủ tục: dang ky khai sinh█");
    expect(frame).toContain("1/4 thủ tục");
    expect(frame).toContain("Thủ tục đăng ký khai sinh");
    expect(frame).not.toContain("khai tử");
  });

  test("a code finds its procedure; backspace widens the search again", async () => {
    const app = render(createElement(BrowseApp, { catalogue: catalogue(), lang: "vi", color: false, rows: 20, columns: 100 }));
    await drawn(app, "4/4 thủ tục");
    await type(app, "1.000656", "1/4 thủ tục");
    expect(app.lastFrame()).toContain("› 1.000656 Thủ tục đăng ký khai tử");
    expect(app.lastFrame()).toContain("1/4 thủ tục");
    for (let i = 0; i < 6; i++) await type(app, KEYS.backspace, `Tìm thủ tục: ${"1.000656".slice(0, 7 - i)}█`);
    expect(app.lastFrame()).toContain("Tìm thủ tục: 1.█");
    expect(app.lastFrame()).toContain("3/4 thủ tục");
  });

  test("arrows choose, Enter opens the detail with every element, Esc goes back, q quits", async () => {
    const app = render(createElement(BrowseApp, { catalogue: catalogue(), lang: "vi", color: false, rows: 60, columns: 100 }));
    await drawn(app, "4/4 thủ tục");
    await type(app, KEYS.down, "› 1.000656");
    await type(app, KEYS.down, "› 1.001022 Thủ tục đăng ký kết hôn");
    await type(app, KEYS.up, "› 1.000656");
    await type(app, KEYS.up, "› 1.001193");
    await type(app, KEYS.enter, "Esc/Backspace quay lại");
    const detail = app.lastFrame()!;
    for (const expected of [
      "1.001193 Thủ tục đăng ký khai sinh",
      "Lĩnh vực\n  Hộ tịch (ho-tich)",
      "Cấp thực hiện\n  Cấp xã",
      "Có thẩm quyền: Ủy ban nhân dân xã A",
      "Trực tiếp thực hiện: Công an xã A",
      "Bước 1 (người dân): Nộp hồ sơ.",
      "Thời hạn giải quyết\n  1 ngày làm việc\n  Trường hợp cần xác minh thì không quá 05 ngày làm việc.",
      "- Lệ phí đăng ký khai sinh: không thu. Miễn lệ phí khi đăng ký đúng hạn.",
      "Mẫu đơn, tờ khai\n  Không",
      "Yêu cầu, điều kiện\n  Không",
      "- 60/2014/QH13 Luật Hộ tịch",
      "Dịch vụ công trực tuyến\n  Toàn trình\n  https://dichvucong.gov.vn/x",
      "Hiệu lực từ 01/07/2025",
      "Esc/Backspace quay lại",
    ]) {
      expect(detail).toContain(expected);
    }

    await type(app, KEYS.escape, "4/4 thủ tục");
    expect(app.lastFrame()).toContain("› 1.001193 Thủ tục đăng ký khai sinh");
    expect(app.lastFrame()).toContain("4/4 thủ tục");

    await type(app, KEYS.enter, "Căn cứ pháp lý");
    await type(app, KEYS.backspace, "Tìm thủ tục:");

    await type(app, KEYS.enter, "Căn cứ pháp lý");
    expect(exited(app)).toBe(false);
    await type(app, "q", exited);
  });

  test("keys that arrive before ink draws act in order on the state the keys before them left", async () => {
    const app = render(createElement(BrowseApp, { catalogue: catalogue(), lang: "vi", color: false, rows: 40, columns: 100 }));
    await drawn(app, "4/4 thủ tục");
    // As a paste or a fast typist gives them: no frame in between.
    for (const key of ["khai", KEYS.down, KEYS.up, KEYS.down, KEYS.enter]) app.stdin.write(key);
    await drawn(app, "Esc/Backspace quay lại");
    expect(app.lastFrame()).toContain("1.000656 Thủ tục đăng ký khai tử");
  });

  test("a long detail scrolls with the arrows; an abolished procedure says so", async () => {
    const app = render(createElement(BrowseApp, { catalogue: catalogue(), lang: "en", color: false, rows: 8, columns: 100 }));
    await drawn(app, "4 of 4 procedures");
    await type(app, "chung thuc", "› 2.000815 Chứng thực bản sao từ bản chính (abolished)");
    await type(app, KEYS.enter, /\(lines 1–5 of \d+\)/);
    expect(app.lastFrame()).toContain("Status\n  Abolished by 567/QĐ-UBND of 01/03/2026");
    await type(app, KEYS.down, /\(lines 2–6 of \d+\)/);
    expect(app.lastFrame()).not.toContain("Status");
    expect(app.lastFrame()).toMatch(/\(lines 2–6 of \d+\)/);
  });

  test("steps say who acts and the applicant's hours, with a decimal comma in Vietnamese", async () => {
    const app = render(createElement(BrowseApp, { catalogue: catalogue(), lang: "vi", color: false, rows: 40, columns: 100 }));
    await drawn(app, "4/4 thủ tục");
    await type(app, "khai tu", "Tìm thủ tục: khai tu█");
    await type(app, KEYS.enter, "Trình tự thực hiện");
    expect(app.lastFrame()).toContain(
      "Trình tự thực hiện\n  Bước 1 (người dân, khoảng 1,5 giờ): Người đi khai tử nộp tờ khai và giấy báo tử.",
    );
  });

  test("in the search box q is a letter; Esc clears the query, a second Esc quits", async () => {
    const app = render(createElement(BrowseApp, { catalogue: catalogue(), lang: "vi", color: false, rows: 20, columns: 100 }));
    await drawn(app, "4/4 thủ tục");
    await type(app, "q", "Tìm thủ tục: q█");
    expect(app.lastFrame()).toContain("Không có thủ tục nào khớp.");
    await type(app, KEYS.escape, "4/4 thủ tục");
    expect(exited(app)).toBe(false);
    await type(app, KEYS.escape, exited);
  });
});

describe("dumb views", () => {
  test("SearchBox shows the hint until something is typed", () => {
    expect(render(createElement(SearchBox, { label: "Tìm:", query: "", placeholder: "gõ tên", color: false })).lastFrame()).toBe(
      "Tìm: gõ tên█",
    );
    expect(render(createElement(SearchBox, { label: "Tìm:", query: "ho tich", placeholder: "gõ tên", color: false })).lastFrame()).toBe(
      "Tìm: ho tich█",
    );
  });

  test("ResultList keeps the selected row in view", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      code: `1.${String(i).padStart(6, "0")}`,
      name: `Thủ tục ${i}`,
      field: "Hộ tịch",
    }));
    const frame = render(createElement(ResultList, { rows, selected: 20, height: 5, color: false, emptyText: "" })).lastFrame()!;
    expect(frame.split("\n")).toEqual([
      "  1.000018 Thủ tục 18 · Hộ tịch",
      "  1.000019 Thủ tục 19 · Hộ tịch",
      "› 1.000020 Thủ tục 20 · Hộ tịch",
      "  1.000021 Thủ tục 21 · Hộ tịch",
      "  1.000022 Thủ tục 22 · Hộ tịch",
    ]);
  });

  test.each([
    [0, 30, 5, 0],
    [2, 30, 5, 0],
    [20, 30, 5, 18],
    [29, 30, 5, 25],
    [3, 4, 10, 0],
  ])("windowStart(selected %i, count %i, height %i) = %i", (selected, count, height, expected) => {
    expect(windowStart(selected, count, height)).toBe(expected);
  });

  test("ProcedureDetail shows its window of rows", () => {
    const rows = ["A", "  a1", "B", "  b1", "  b2"].map((text) => ({ text, heading: !text.startsWith(" ") }));
    const frame = render(createElement(ProcedureDetail, { title: "1.000001 X", rows, scroll: 2, height: 2, color: false })).lastFrame();
    expect(frame).toBe("1.000001 X\nB\n  b1");
  });
});
