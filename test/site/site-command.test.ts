import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { CommandContext } from "../../src/cli/context.js";
import { UserError } from "../../src/cli/context.js";
import type { Catalogue } from "../../src/model/catalogue.js";
import { fullProcedure } from "../post/full-procedure.js";
import { sampleCatalogue } from "../post/sample-catalogue.js";
import { ROOT } from "./support.js";

// The command reads the catalogue through the loader; here it hands over a catalogue built in
// memory. The folder still needs catalogue/tthc.yaml so the command can find it.
let current: Catalogue = sampleCatalogue();
vi.mock("../../src/lint/load-catalogue.js", () => ({ loadCatalogue: vi.fn(async () => current) }));

const { run, parseBaseUrl } = await import("../../src/cli/commands/site.js");

let dir: string;
let out: string[];

function context(lang: "vi" | "en" = "vi", quiet = false): CommandContext {
  return {
    lang,
    color: false,
    quiet,
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

/** Every file under a folder, relative, sorted. */
async function tree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tthc-site-"));
  await mkdir(join(dir, "catalogue", "linh-vuc"), { recursive: true });
  await writeFile(join(dir, "catalogue", "tthc.yaml"), "phien_ban_dinh_dang: 1\n");
  out = [];
  current = sampleCatalogue();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writing", () => {
  test("the site into ./tra-cuu, the index's path then what was written, no temporary file left", async () => {
    expect(await run({ date: "2026-03-02" }, context())).toBe(0);
    const files = await tree(join(dir, "tra-cuu"));
    expect(files).toEqual([
      "assets/search-index.js",
      "assets/search.js",
      "assets/site.css",
      "index.html",
      "linh-vuc/chung-thuc/index.html",
      "linh-vuc/ho-tich/index.html",
      "thu-tuc/1.000894/index.html",
      "thu-tuc/1.001193/index.html",
      "thu-tuc/2.000635/index.html",
      "thu-tuc/2.000815/index.html",
      "tthc-site.json",
    ]);
    expect(out.join("")).toBe(
      "tra-cuu/index.html\n" +
        "Đã ghi 11 tệp vào tra-cuu: trang tìm kiếm, 2 trang lĩnh vực, 4 trang thủ tục.\n" +
        "Chưa có địa chỉ đăng trang (--base-url), nên trang không có mã QR của chính nó. Mở index.html để xem, hoặc chép cả thư mục lên máy chủ web hay USB.\n",
    );
    const page = await readFile(join(dir, "tra-cuu", "thu-tuc", "1.000894", "index.html"), "utf8");
    expect(page).toContain("<h1>Thủ tục đăng ký kết hôn</h1>");
    expect(await readFile(join(dir, "tra-cuu", "assets", "search.js"), "utf8")).toBe(
      await readFile(join(ROOT, "src", "site", "assets", "search.js"), "utf8"),
    );
  });

  test("--quiet prints only the index's path; English with lang en", async () => {
    await run({ date: "2026-03-02", out: "a" }, context("vi", true));
    expect(out.join("")).toBe("a/index.html\n");
    out = [];
    await run({ date: "2026-03-02", out: "b" }, context("en"));
    expect(out[1]).toBe("Wrote 11 files to b: the search page, 2 field pages, 4 procedure pages.\n");
  });

  test("a second run over its own site: the same bytes, and pages no longer in force removed", async () => {
    await run({ date: "2026-03-02" }, context());
    const site = join(dir, "tra-cuu");
    const first = await Promise.all((await tree(site)).map((file) => readFile(join(site, file))));
    out = [];
    await run({ date: "2026-03-02" }, context());
    const second = await Promise.all((await tree(site)).map((file) => readFile(join(site, file))));
    expect(second).toEqual(first);
    // 1.000894 is abolished: its page and its folder go, the rest stays.
    const ketHon = current.fields[0]!.field.thu_tuc[1]!;
    ketHon.trang_thai = "bai_bo";
    out = [];
    await run({ date: "2026-03-02" }, context());
    expect(await tree(site)).not.toContain("thu-tuc/1.000894/index.html");
    expect(await readdir(join(site, "thu-tuc"))).toEqual(["1.001193", "2.000635", "2.000815"]);
    expect(out[1]).toMatch(/Đã xóa 1 tệp của lần ghi trước không còn dùng\.\n$/);
  });

  test("a marker that lists paths outside the site never makes the command delete them", async () => {
    const site = join(dir, "tra-cuu");
    await mkdir(site);
    await writeFile(join(dir, "giu-lai.txt"), "x");
    await writeFile(
      join(site, "tthc-site.json"),
      JSON.stringify({ generator: "tthc site", files: ["../giu-lai.txt", "/etc/hosts", "a/../../giu-lai.txt"] }),
    );
    expect(await run({ date: "2026-03-02" }, context())).toBe(0);
    expect(await readFile(join(dir, "giu-lai.txt"), "utf8")).toBe("x");
  });

  test("--base-url: pages with their address and QR code, sitemap.xml, and the qr_goc to set", async () => {
    expect(await run({ date: "2026-03-02", baseUrl: "https://tthc.xaa.gov.vn/tra-cuu" }, context())).toBe(0);
    const page = await readFile(join(dir, "tra-cuu", "thu-tuc", "1.001193", "index.html"), "utf8");
    expect(page).toContain('<link rel="canonical" href="https://tthc.xaa.gov.vn/tra-cuu/thu-tuc/1.001193/">');
    expect(page).toMatch(/<svg [^>]*role="img" aria-label="https:\/\/tthc\.xaa\.gov\.vn\/tra-cuu\/thu-tuc\/1\.001193\/"/);
    expect(await tree(join(dir, "tra-cuu"))).toContain("sitemap.xml");
    expect(out[2]).toBe(
      "Để mã QR trên bản niêm yết (tthc post) mở trang của thủ tục ở đây, ghi trong tthc.yaml: qr_goc: https://tthc.xaa.gov.vn/tra-cuu/\n",
    );
  });

  test("no --base-url and qr_goc is the site's address: qr_goc is the base, nothing to advise", async () => {
    current.manifest.qr_goc = "https://tthc.xaa.gov.vn/";
    await run({ date: "2026-03-02" }, context());
    const page = await readFile(join(dir, "tra-cuu", "thu-tuc", "2.000635", "index.html"), "utf8");
    expect(page).toContain('<link rel="canonical" href="https://tthc.xaa.gov.vn/thu-tuc/2.000635/">');
    expect(JSON.parse(await readFile(join(dir, "tra-cuu", "tthc-site.json"), "utf8")).base_url).toBe("https://tthc.xaa.gov.vn/");
    expect(out).toHaveLength(2);
  });
});

describe("refusals (exit 2, saying what to do)", () => {
  test("a folder that holds other files is never written over", async () => {
    await mkdir(join(dir, "tai-lieu"));
    await writeFile(join(dir, "tai-lieu", "bao-cao.docx"), "x");
    const error = await failure(run({ out: "tai-lieu", date: "2026-03-02" }, context()));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      "Thư mục tai-lieu đã có tệp nhưng không phải trang tra cứu do tthc site tạo (không có tthc-site.json), nên không ghi đè. Hãy chọn một thư mục trống hoặc chưa có với --out.",
    );
    expect(await readdir(join(dir, "tai-lieu"))).toEqual(["bao-cao.docx"]);
    expect(out).toEqual([]);
  });

  test.each([
    ["--out is the catalogue", { out: "catalogue" }, /^Thư mục ghi catalogue nằm trong thư mục danh mục catalogue/],
    ["--out inside the catalogue", { out: "catalogue/linh-vuc/web" }, /^Thư mục ghi catalogue\/linh-vuc\/web nằm trong/],
    ["--out is the current folder", { out: "." }, /^Thư mục \. đã có tệp nhưng không phải trang tra cứu/],
    ["a marker of something else", { out: "khac" }, /^Thư mục khac đã có tệp/],
    ["--out under a file of the catalogue", { out: "catalogue/tthc.yaml/x" }, /nằm trong thư mục danh mục/],
    ["nothing in force", { date: "2020-01-01" }, /^Không có thủ tục nào còn hiệu lực ngày 2020-01-01/],
    ["bad date", { date: "2026-02-30" }, /^--date "2026-02-30" không phải ngày hợp lệ/],
    ["bad base address", { baseUrl: "tthc.xaa.gov.vn" }, /^--base-url "tthc.xaa.gov.vn" không phải địa chỉ web hợp lệ/],
  ])("%s", async (_name, opts, message) => {
    await mkdir(join(dir, "khac"));
    await writeFile(join(dir, "khac", "tthc-site.json"), JSON.stringify({ generator: "something else", files: [] }));
    const error = await failure(run({ date: "2026-03-02", ...opts }, context()));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(message);
    expect(out).toEqual([]);
  });

  test("an --out that is a file", async () => {
    await writeFile(join(dir, "trang"), "x");
    const error = await failure(run({ out: "trang", date: "2026-03-02" }, context()));
    expect(error.message).toBe("trang là một tệp, không phải thư mục. Hãy chọn thư mục khác với --out.");
  });

  test("an --out that reaches the catalogue through a symbolic link", async () => {
    await symlink(join(dir, "catalogue"), join(dir, "link"));
    const error = await failure(run({ out: "link/tra-cuu", date: "2026-03-02" }, context()));
    expect(error.exitCode).toBe(2);
    expect(await readdir(join(dir, "catalogue"))).toEqual(["linh-vuc", "tthc.yaml"]);
  });

  test("two procedures with one code would share a page", async () => {
    current.fields[1]!.field.thu_tuc.push(fullProcedure({ ma: "1.000894", ten: "Khác" }));
    const error = await failure(run({ date: "2026-03-02" }, context()));
    expect(error.message).toBe(
      "Có mã trùng nên hai thủ tục (hoặc lĩnh vực) sẽ chung một trang:\n  thu-tuc/1.000894/index.html: 1.000894, 1.000894\nHãy sửa mã cho khác nhau (chạy tthc validate để xem vị trí) rồi chạy lại.",
    );
  });

  test("messages in English with lang en", async () => {
    const error = await failure(run({ out: "catalogue", date: "2026-03-02" }, context("en")));
    expect(error.message).toBe(
      "The output folder catalogue is inside the catalogue folder catalogue: the site would mix with the catalogue. Choose another folder with --out.",
    );
  });
});

test.each([
  ["https://tthc.xaa.gov.vn", "https://tthc.xaa.gov.vn/"],
  ["https://xaa.gov.vn/tra-cuu/", "https://xaa.gov.vn/tra-cuu/"],
  ["http://127.0.0.1:8080/site", "http://127.0.0.1:8080/site/"],
  ["ftp://xaa.gov.vn/", undefined],
  ["https://xaa.gov.vn/?a=1", undefined],
  ["https://xaa.gov.vn/#top", undefined],
  ["/tra-cuu/", undefined],
])("--base-url %s", (input, expected) => {
  if (expected) expect(parseBaseUrl({ lang: "vi" }, input)).toBe(expected);
  else expect(() => parseBaseUrl({ lang: "vi" }, input)).toThrow(/không phải địa chỉ web hợp lệ/);
});

test("the built command on the bundled catalogue, as people run it", async () => {
  const target = join(dir, "web");
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "tthc.js"), "site", "--out", target, "--date", "2026-11-22", "--quiet"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(`${join(target, "index.html")}\n`);
  const files = await tree(target);
  expect(files.filter((file) => file.startsWith("thu-tuc/")).length).toBeGreaterThanOrEqual(60);
  const help = spawnSync(process.execPath, [join(ROOT, "bin", "tthc.js"), "site", "--help"], { encoding: "utf8" });
  expect(help.stdout).toMatch(/--out <dir>[\s\S]*--base-url <url>[\s\S]*--date <yyyy-mm-dd>/);
  const refused = spawnSync(process.execPath, [join(ROOT, "bin", "tthc.js"), "site", "--out", join(ROOT, "catalogue")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(refused.status).toBe(2);
  expect(refused.stderr).toMatch(/^Thư mục ghi .* nằm trong thư mục danh mục/);
});
