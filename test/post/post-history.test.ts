// `tthc post --date D` on a real git history: the catalogue's first version, then a branch that
// amends 1.000894 with a later hieu_luc_tu, abolishes 1.000656 and adds 1.000689. For each date
// the list and the detail sheets show the version in force that day, in the PDF's text and the
// HTML, and the list's heading gives the posting date, never as an "applies from" date.

import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Field, Procedure } from "../../src/model/catalogue.js";
import { showFilesAt } from "../../src/git/git.js";
import { copy } from "../support/copy.js";
import { baseFields, khaiSinh, procedureIn } from "../amend/base-fields.js";
import { makeRepo, type TestRepo } from "../amend/git-repo.js";
import { extractPages, flat } from "./pdf-text.js";

const AMENDED = "1.000894"; // kết hôn: 05 → 03 ngày làm việc from 01/07/2026
const ABOLISHED = "1.000656"; // khai tử: abolished from 01/05/2026
const ADDED = "1.000689"; // đăng ký lại khai sinh: new, from 01/06/2026

function branchFields(): Field[] {
  const fields = copy(baseFields());
  const ketHon = procedureIn(fields, AMENDED);
  ketHon.thoi_han = { gia_tri: 3, don_vi: "ngay_lam_viec" };
  ketHon.hieu_luc_tu = "2026-07-01";
  ketHon.cong_bo = { quyet_dinh: "250/QĐ-UBND", ngay: "2026-06-20" };
  const khaiTu = procedureIn(fields, ABOLISHED);
  khaiTu.trang_thai = "bai_bo";
  khaiTu.bai_bo = { quyet_dinh: "567/QĐ-UBND", ngay: "2026-05-01", can_cu: "123/2015/ND-CP" };
  const added: Procedure = {
    ...khaiSinh(),
    ma: ADDED,
    ten: "Thủ tục đăng ký lại khai sinh",
    hieu_luc_tu: "2026-06-01",
    cong_bo: { quyet_dinh: "250/QĐ-UBND", ngay: "2026-05-20" },
  };
  fields[0]!.thu_tuc.push(added);
  fields[0]!.phien_ban = "2026.2";
  return fields;
}

let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo(baseFields());
  repo.git("checkout", "-q", "-b", "sua-doi-2026");
  repo.writeFields(branchFields());
  repo.commit("Sửa đổi kết hôn, bãi bỏ khai tử, thêm đăng ký lại khai sinh");
});
afterAll(() => repo.cleanup());

/** The text of the list page and of each procedure's sheet, from the PDF and from the HTML. */
async function post(date: string, extra: string[] = [], cwd = repo.dir) {
  const out = join("out", `${date}${extra.join("")}`);
  const pdf = await repo.run(["post", "--field", "ho-tich", "--date", date, "--out", out, ...extra], { cwd });
  const html = await repo.run(["post", "--field", "ho-tich", "--date", date, "--out", out, "--format", "html", ...extra], { cwd });
  expect([pdf.code, html.code]).toEqual([0, 0]);
  expect(html.stderr).toBe(pdf.stderr);
  const pages = await extractPages(new Uint8Array(readFileSync(join(cwd, out, "ho-tich.pdf"))));
  const pdfText = flat(pages.join("\n"));
  const htmlText = flat(
    readFileSync(join(cwd, out, "ho-tich.html"), "utf8")
      .replace(/<(style|title|svg)[\s\S]*?<\/\1>/g, " ")
      .replace(/<[^>]+>/g, " "),
  );
  return { stderr: pdf.stderr, list: flat(pages[0] ?? ""), texts: [pdfText, htmlText] };
}

/** The codes of the list's rows, in order ("Mã: X"), and of the detail sheets ("Mã thủ tục: X"). */
function codes(text: string, lead: string): string[] {
  return [...text.matchAll(new RegExp(`${lead} (\\d\\.\\d{6})`, "g"))].map((m) => m[1]!);
}

describe("the board for a date shows the version in force that day", { timeout: 60_000 }, () => {
  test.each([
    {
      date: "2026-04-01",
      rows: ["1.001193", ABOLISHED, AMENDED],
      ketHon: "05 ngày làm việc",
      notes: [
        `Sắp áp dụng, chưa niêm yết: phiên bản mới của thủ tục ${AMENDED} – Thủ tục đăng ký kết hôn, áp dụng từ ngày 01/07/2026.`,
        `Sắp áp dụng, chưa niêm yết: thủ tục mới ${ADDED} – Thủ tục đăng ký lại khai sinh, áp dụng từ ngày 01/06/2026.`,
      ],
    },
    {
      date: "2026-05-15",
      rows: ["1.001193", AMENDED],
      ketHon: "05 ngày làm việc",
      notes: [
        `Sắp áp dụng, chưa niêm yết: phiên bản mới của thủ tục ${AMENDED} – Thủ tục đăng ký kết hôn, áp dụng từ ngày 01/07/2026.`,
        `Sắp áp dụng, chưa niêm yết: thủ tục mới ${ADDED} – Thủ tục đăng ký lại khai sinh, áp dụng từ ngày 01/06/2026.`,
      ],
    },
    {
      date: "2026-06-15",
      rows: ["1.001193", AMENDED, ADDED],
      ketHon: "05 ngày làm việc",
      notes: [`Sắp áp dụng, chưa niêm yết: phiên bản mới của thủ tục ${AMENDED} – Thủ tục đăng ký kết hôn, áp dụng từ ngày 01/07/2026.`],
    },
    { date: "2026-07-01", rows: ["1.001193", AMENDED, ADDED], ketHon: "03 ngày làm việc", notes: [] },
  ])("$date: $rows", async ({ date, rows, ketHon, notes }) => {
    const { list, texts, stderr } = await post(date);
    const [day, month, year] = date.split("-").reverse();
    const printed = `${day}/${month}/${year}`;
    expect(codes(list, "Mã:")).toEqual(rows);
    // The heading gives the posting date as such; each row its own hieu_luc_tu.
    expect(list).toContain(`Ngày niêm yết ${printed} · Phiên bản 2026.2 · Gồm ${rows.length} thủ tục`);
    expect(list).not.toContain(`Áp dụng từ ngày ${printed}`);
    const ketHonFrom = ketHon === "05 ngày làm việc" ? "01/07/2025" : "01/07/2026";
    for (const text of texts) {
      expect(codes(text, "Mã:")).toEqual(rows);
      expect(codes(text, "Mã thủ tục:")).toEqual(rows);
      expect(text).toContain(`Thủ tục đăng ký kết hôn Mã: ${AMENDED} Áp dụng từ ngày: ${ketHonFrom} ${ketHon}`);
      const detail = text.slice(text.indexOf(`Mã thủ tục: ${AMENDED}`));
      expect(detail).toContain(`Áp dụng từ ngày: ${ketHonFrom}`);
      expect(detail).toContain(`4. Thời hạn giải quyết ${ketHon}`);
      for (const note of notes) expect(text).toContain(note);
      if (notes.length === 0) expect(text).not.toContain("Sắp áp dụng");
    }
    if (rows.includes(ABOLISHED)) {
      expect(texts[0]).toContain("Bãi bỏ từ ngày: 01/05/2026 (Quyết định số 567/QĐ-UBND)");
    }
    // Every later version is said on stderr too, never silently left out.
    expect(stderr.match(/^Ghi chú: thủ tục/gm) ?? []).toHaveLength(notes.length);
  });

  test("--upcoming posts the later versions too, each with its own date", async () => {
    const { list, texts } = await post("2026-04-01", ["--upcoming"]);
    expect(codes(texts[0]!, "Mã:")).toEqual(["1.001193", ABOLISHED, AMENDED, AMENDED, ADDED]);
    expect(codes(texts[1]!, "Mã:")).toEqual(["1.001193", ABOLISHED, AMENDED, AMENDED, ADDED]);
    expect(list).toContain("Ngày niêm yết 01/04/2026 · Phiên bản 2026.2 · Gồm 4 thủ tục");
    for (const text of texts) {
      expect(text).toContain(`Mã: ${AMENDED} Áp dụng từ ngày: 01/07/2025 05 ngày làm việc`);
      expect(text).toContain(`Mã: ${AMENDED} Áp dụng từ ngày: 01/07/2026 03 ngày làm việc`);
      expect(text).toContain(`Mã: ${ADDED} Áp dụng từ ngày: 01/06/2026`);
      expect(text).toContain(
        `Thủ tục ${AMENDED} có hai dòng: phiên bản đang áp dụng ngày 01/04/2026 và phiên bản áp dụng từ ngày 01/07/2026.`,
      );
      expect(text).not.toContain("Sắp áp dụng");
    }
  });

  test("--procedure CODE: that procedure's own sheet, in the version of the date, in a file named by its code", async () => {
    const out = join(repo.dir, "out", "mot-thu-tuc");
    const result = await repo.run(["post", "--procedure", AMENDED, "--date", "2026-04-01", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("out/mot-thu-tuc/1.000894.pdf\n");
    const text = flat((await extractPages(new Uint8Array(readFileSync(join(out, "1.000894.pdf"))))).join("\n"));
    expect(text).not.toContain("DANH MỤC THỦ TỤC HÀNH CHÍNH");
    expect(codes(text, "Mã thủ tục:")).toEqual([AMENDED]);
    expect(text).toContain("4. Thời hạn giải quyết 05 ngày làm việc");

    const unknown = await repo.run(["post", "--procedure", "9.999999", "--out", out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Không có thủ tục mã 9.999999 trong danh mục.");
  });
});

test("git cat-file --batch reads many files at once; one that is not there is undefined", async () => {
  const specs = ["HEAD:catalogue/tthc.yaml", "HEAD:khong-co.yaml", "HEAD~1:catalogue/linh-vuc/ho-tich.yaml", "HEAD:catalogue"];
  const files = await showFilesAt(repo.dir, specs);
  expect(files.map((bytes) => (bytes === undefined ? undefined : Buffer.from(bytes).toString("utf8")))).toEqual([
    repo.git("show", "HEAD:catalogue/tthc.yaml"),
    undefined,
    repo.git("show", "HEAD~1:catalogue/linh-vuc/ho-tich.yaml"),
    undefined,
  ]);
});

test("tthc site --date shows the same versions as the board", async () => {
  const out = join(repo.dir, "out", "tra-cuu");
  const result = await repo.run(["site", "--date", "2026-04-01", "--out", out]);
  expect(result.code).toBe(0);
  const page = (code: string) => flat(readFileSync(join(out, "thu-tuc", code, "index.html"), "utf8").replace(/<[^>]+>/g, " "));
  expect(page(AMENDED)).toContain("Áp dụng từ ngày: 01/07/2025");
  expect(page(AMENDED)).toContain("05 ngày làm việc");
  expect(page(ABOLISHED)).toContain("Bãi bỏ từ ngày: 01/05/2026");
  expect(() => page(ADDED)).toThrow();
}, 60_000);

describe("when the version in force cannot be had from history", { timeout: 60_000 }, () => {
  test.each([
    ["a catalogue folder outside git", "copy"],
    ["a shallow clone (git clone --depth 1)", "shallow"],
    ["a repository without a commit yet", "uncommitted"],
  ])("%s: the later version is posted with its own date, said on stderr and in the note", async (_name, kind) => {
    const dir = mkdtempSync(join(tmpdir(), "tthc-post-history-"));
    try {
      if (kind !== "shallow") cpSync(join(repo.dir, "catalogue"), join(dir, "catalogue"), { recursive: true });
      if (kind === "uncommitted") execFileSync("git", ["init", "-q"], { cwd: dir });
      if (kind === "shallow")
        execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "sua-doi-2026", `file://${repo.dir}`, dir], { stdio: "ignore" });
      const { list, texts, stderr } = await post("2026-04-01", [], dir);
      expect(codes(list, "Mã:")).toContain(AMENDED);
      expect(stderr).toContain(
        `Cảnh báo: thủ tục ${AMENDED} chỉ có phiên bản áp dụng từ ngày 01/07/2026 trong danh mục; không tìm được phiên bản áp dụng ngày 01/04/2026 trong lịch sử git`,
      );
      for (const text of texts) {
        expect(text).toContain(
          `Thủ tục ${AMENDED} được niêm yết theo phiên bản áp dụng từ ngày 01/07/2026: danh mục không còn giữ phiên bản áp dụng ngày 01/04/2026.`,
        );
        expect(text).toContain(`Mã: ${AMENDED} Áp dụng từ ngày: 01/07/2026 03 ngày làm việc`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
