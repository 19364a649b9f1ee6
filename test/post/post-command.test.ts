import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { CommandContext } from "../../src/cli/context.js";
import { UserError } from "../../src/cli/context.js";
import type { Catalogue } from "../../src/model/catalogue.js";
import { sampleCatalogue } from "./sample-catalogue.js";
import { extractPages, flat } from "./pdf-text.js";

// The command reads the catalogue through the lead's loader; here it hands over a catalogue
// built in memory. The folder still needs catalogue/tthc.yaml so the command can find it.
let current: Catalogue = sampleCatalogue();
vi.mock("../../src/lint/load-catalogue.js", () => ({ loadCatalogue: vi.fn(async () => current) }));

const { run, parsePostDate } = await import("../../src/cli/commands/post.js");

let dir: string;
let out: string[];

function context(lang: "vi" | "en" = "vi"): CommandContext {
  return {
    lang,
    color: false,
    quiet: false,
    debug: false,
    cwd: dir,
    isTTY: false,
    stdout: (text) => void out.push(text),
    stderr: () => undefined,
    stdoutBytes: () => undefined,
    env: {},
  };
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tthc-post-"));
  await mkdir(join(dir, "catalogue", "linh-vuc"), { recursive: true });
  await writeFile(join(dir, "catalogue", "tthc.yaml"), "phien_ban_dinh_dang: 1\n");
  out = [];
  current = sampleCatalogue();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writing", () => {
  test("one PDF per field in ./niem-yet, paths printed one a line, no temp file left", async () => {
    expect(await run({ date: "2026-03-02" }, context())).toBe(0);
    expect(out.join("")).toBe("niem-yet/ho-tich.pdf\nniem-yet/chung-thuc.pdf\n");
    expect((await readdir(join(dir, "niem-yet"))).sort()).toEqual(["chung-thuc.pdf", "ho-tich.pdf"]);
    const bytes = new Uint8Array(await readFile(join(dir, "niem-yet", "ho-tich.pdf")));
    const text = flat((await extractPages(bytes)).join("\n"));
    expect(text).toContain("Ngày niêm yết 02/03/2026");
    expect(text).not.toContain("Áp dụng từ ngày 02/03/2026");
  });

  test("HTML into a nested --out that does not exist yet, filtered by field", async () => {
    expect(await run({ format: "html", out: "in/niem-yet", field: ["chung-thuc"], date: "2026-03-02" }, context())).toBe(0);
    expect(out.join("")).toBe("in/niem-yet/chung-thuc.html\n");
    const html = await readFile(join(dir, "in", "niem-yet", "chung-thuc.html"), "utf8");
    expect(html).toContain("Ngày niêm yết: 02/03/2026");
  });

  test("same catalogue and date twice: byte-identical files, overwritten in place", async () => {
    await run({ date: "2026-03-02", field: ["ho-tich"] }, context());
    const first = await readFile(join(dir, "niem-yet", "ho-tich.pdf"));
    await run({ date: "2026-03-02", field: ["ho-tich"] }, context());
    const second = await readFile(join(dir, "niem-yet", "ho-tich.pdf"));
    expect(second.equals(first)).toBe(true);
    expect(await readdir(join(dir, "niem-yet"))).toEqual(["ho-tich.pdf"]);
  });

  test("an absolute --out outside the current folder is printed absolute", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), "tthc-post-out-"));
    try {
      await run({ format: "html", out: elsewhere, field: ["ho-tich"], date: "2026-03-02" }, context());
      expect(out.join("")).toBe(`${join(elsewhere, "ho-tich.html")}\n`);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});

describe("refusals (exit 2, naming what is valid)", () => {
  test.each([
    ["unknown field", { field: ["ho-tich", "dat-dai"] }, /Không có lĩnh vực dat-dai.*ho-tich, chung-thuc/],
    ["unknown agency", { agency: "ubnd-tinh" }, /Không có cơ quan "ubnd-tinh".*ubnd-xa-a, cong-an-xa-a/],
    ["nothing left", { level: "bo" }, /Không có thủ tục nào còn hiệu lực ngày 2026-03-02/],
    ["bad level", { level: "phuong" }, /--level "phuong" không hợp lệ.*bo, tinh, huyen, xa/],
    ["bad format", { format: "docx" }, /--format "docx" không hợp lệ/],
    ["--out is the catalogue", { out: "catalogue" }, /nằm trong thư mục danh mục catalogue/],
    ["--out inside the catalogue", { out: "catalogue/linh-vuc/niem-yet" }, /Thư mục ghi catalogue\/linh-vuc\/niem-yet nằm trong/],
  ])("%s", async (_name, opts, message) => {
    const error = await failure(run({ date: "2026-03-02", ...opts }, context()));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(message);
    expect(out).toEqual([]);
  });

  test("an --out that reaches the catalogue through a symbolic link", async () => {
    await symlink(join(dir, "catalogue"), join(dir, "link"));
    const error = await failure(run({ out: "link/niem-yet", date: "2026-03-02" }, context()));
    expect(error.exitCode).toBe(2);
    expect(await readdir(join(dir, "catalogue"))).toEqual(["linh-vuc", "tthc.yaml"]);
  });

  test("messages in English with lang en", async () => {
    const error = await failure(run({ field: ["x"], date: "2026-03-02" }, context("en")));
    expect(error.message).toBe(
      "There is no field x in the catalogue. The field codes are: ho-tich, chung-thuc. Use one of them with --field.",
    );
  });
});

test.each([
  ["2026-03-02", "2026-03-02"],
  ["2024-02-29", "2024-02-29"],
  ["2026-02-29", undefined],
  ["2026-13-01", undefined],
  ["02/03/2026", undefined],
  ["2026-3-2", undefined],
])("--date %s", (input, expected) => {
  if (expected) expect(parsePostDate({ lang: "vi" }, input)).toBe(expected);
  else expect(() => parsePostDate({ lang: "vi" }, input)).toThrow(/không phải ngày hợp lệ/);
});

test("pdfkit and the PDF renderer are never imported statically on the way to the command", async () => {
  // Walk the static (non-type) imports from the command; pdfkit must only come by import().
  const seen = new Set<string>();
  const walk = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(file, "utf8");
    for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)) {
      const target = match[1] ?? "";
      expect(target).not.toBe("pdfkit");
      if (target.startsWith(".")) await walk(join(file, "..", target.replace(/\.js$/, ".ts")));
    }
  };
  await walk(join(import.meta.dirname, "../../src/cli/commands/post.ts"));
  expect([...seen].some((file) => file.endsWith("post-pdf.ts"))).toBe(false);
  expect([...seen].some((file) => file.endsWith("build-posting-files.ts"))).toBe(true);
});
