// The look-up site in a real browser: Debian's Chromium driven by playwright-core (Playwright's
// own browser download is not available here; .ci/run installs chromium with apt). The site
// built from the bundled catalogue is served on 127.0.0.1; every request the browser makes is
// recorded and must stay there. axe-core checks WCAG 2.1 A/AA on the index and a procedure page.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";
import axe from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Procedure } from "../../src/model/catalogue.js";
import { buildPostingFiles } from "../../src/post/build-posting-files.js";
import type { DetailSheet, Paragraph } from "../../src/post/posting-sheet.js";
import { selectPostedProcedures } from "../../src/post/select-posted-procedures.js";
import { bundledCatalogue, DATE, ROOT } from "./support.js";

// What the callbacks given to page.evaluate() see, in the browser (the tests compile without DOM types).
declare const document: any;
declare const window: any;

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const BASE_URL = "https://tthc.hoaan.binhan.gov.vn/";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// Only an explicit TTHC_SKIP_BROWSER=1 skips these tests, and it says so loudly; without it a
// missing Chromium is a failure, so CI can never pass without having run them.
const skip = process.env.TTHC_SKIP_BROWSER === "1";
if (skip) {
  console.warn(
    "\n!!! TTHC_SKIP_BROWSER=1: the browser tests of the look-up site (test/site/browser.test.ts) are SKIPPED.\n" +
      "!!! Nothing has checked the site in a browser. Install chromium (apt-get install chromium) and run again.\n",
  );
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
};

/** A static server of one folder, as any web host serves it: "…/" is "…/index.html". */
function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(folder, path));
    if (!file.startsWith(folder + sep) && file !== folder) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const words = (p: Paragraph) => (p.lead ? `${p.lead} ${p.text}` : p.text);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

let work: string;
let site: string;
let server: Server;
let origin: string;
let browser: Browser;
let total: number;
let ketHon: { sheet: DetailSheet; procedure: Procedure };
let noFee: { sheet: DetailSheet; procedure: Procedure };
let hoTichCount: number;
let communeCount: number;
const requests: string[] = [];
const contexts: BrowserContext[] = [];

async function newPage(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  contexts.push(context);
  // Every request is recorded; one that would leave this machine is also stopped, so that a
  // mistake fails here instead of waiting on the network.
  context.on("request", (request) => void requests.push(request.url()));
  await context.route(/.*/, (route) =>
    route.request().url().startsWith(`${origin}/`) || route.request().url().startsWith("file:") ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  page.on("request", (request) => void requests.push(request.url()));
  return page;
}

/** The index's rows that are shown, by code. */
function shownCodes(page: Page): Promise<string[]> {
  return page
    .locator("#danh-sach li[data-ma]:visible")
    .evaluateAll((rows) => rows.map((row) => (row as any).getAttribute("data-ma") as string));
}

async function search(page: Page, query: string): Promise<void> {
  const box = page.getByLabel("Tìm theo tên, mã thủ tục hoặc lĩnh vực");
  await box.fill("");
  await box.pressSequentially(query);
}

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axe.source });
  const violations: { id: string; impact: string; help: string; nodes: string[] }[] = await page.evaluate(async (tags: string[]) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  }, WCAG);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Interactive elements on screen lower than 44 px (a finger's width on a kiosk). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("header a, nav a, main a, main button, main input, main select")]
      .filter((element: any) => element.getClientRects().length > 0 && !element.closest("[hidden]"))
      .map((element: any) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }: any) => box.height < 44)
      .map(
        ({ element, box }: any) => `${element.tagName} "${(element.textContent ?? "").trim().slice(0, 40)}" ${Math.round(box.height)}px`,
      ),
  );
}

describe.skipIf(skip)("the look-up site in Chromium", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}. Install it (apt-get install chromium, as .ci/run does), or set CHROMIUM to its path.`);
    }
    work = mkdtempSync(join(tmpdir(), "tthc-browser-"));
    site = join(work, "tra-cuu");
    const built = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "tthc.js"), "site", "--out", site, "--date", DATE, "--base-url", BASE_URL, "--quiet"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);

    const catalogue = await bundledCatalogue();
    const posted = selectPostedProcedures(catalogue, { date: DATE });
    const details = buildPostingFiles(catalogue, posted, { date: DATE }).flatMap((file, i) =>
      file.details.map((sheet, j) => ({ sheet, procedure: posted[i]!.procedures[j]! })),
    );
    total = details.length;
    ketHon = details.find((d) => d.sheet.code === "1.000894")!;
    expect(ketHon.sheet.name).toBe("Thủ tục đăng ký kết hôn");
    noFee = details.find((d) => d.procedure.phi_le_phi.length === 0)!;
    hoTichCount = posted.find((p) => p.field.ma === "ho-tich")!.procedures.length;
    communeCount = details.filter((d) => d.procedure.cap.includes("xa")).length;

    server = await serve(site);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // launch() starts Chromium with a fresh, temporary profile of its own, removed on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("searches as one types, without diacritics or case, by name, code and field", async () => {
    const page = await newPage();
    await page.goto(`${origin}/`);
    await expect(page.title()).resolves.toBe("Tra cứu thủ tục hành chính – Xã Hòa An, tỉnh Bình An");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    const status = page.getByRole("status");
    await expect(status.textContent()).resolves.toBe(`Danh mục có ${total} thủ tục, xếp theo lĩnh vực.`);
    expect(await shownCodes(page)).toHaveLength(total);

    await search(page, "dang ky ket hon");
    expect(await shownCodes(page)).toEqual(["1.000894", "1.004746"]);
    expect(await status.textContent()).toBe(`Tìm thấy 2 trong ${total} thủ tục.`);
    const row = page.locator('li[data-ma="1.000894"]');
    expect(squash(await row.innerText())).toMatch(
      /^Thủ tục đăng ký kết hôn Mã: 1\.000894 Thời hạn giải quyết: \d\d ngày làm việc Phí, lệ phí: /,
    );
    // Only the field that has results is shown, and the field list steps aside.
    expect(await page.locator("section[data-nhom]:visible").evaluateAll((s) => s.map((e) => (e as any).getAttribute("data-nhom")))).toEqual(
      ["ho-tich"],
    );
    expect(await page.locator("#cac-linh-vuc").isHidden()).toBe(true);

    await search(page, "DANG KY KHAI SINH");
    expect(await shownCodes(page)).toContain("1.001193");
    // đ is d: the field "Đất đai" by its name typed plainly.
    await search(page, "dat dai");
    const datDai = await page.locator('section[data-nhom="dat-dai"] li[data-ma]').count();
    expect((await shownCodes(page)).length).toBeGreaterThanOrEqual(datDai);
    expect(datDai).toBeGreaterThan(3);

    await search(page, "1.000894");
    expect(await shownCodes(page)).toEqual(["1.000894"]);
    await search(page, "001193");
    expect(await shownCodes(page)).toEqual(["1.001193"]);

    await search(page, "khong co thu tuc nao nhu the");
    expect(await shownCodes(page)).toEqual([]);
    expect(await status.textContent()).toMatch(/^Không tìm thấy thủ tục nào\./);
  });

  test("filters by field and level, alone and with words; the reset button shows everything again", async () => {
    const page = await newPage();
    await page.goto(`${origin}/index.html`);
    await page.getByRole("combobox", { name: "Lĩnh vực" }).selectOption({ label: "Hộ tịch" });
    expect(await shownCodes(page)).toHaveLength(hoTichCount);
    await search(page, "ket hon");
    expect(await shownCodes(page)).toEqual(["1.000894", "1.004746"]);
    await page.getByRole("combobox", { name: "Lĩnh vực" }).selectOption({ label: "Chứng thực" });
    expect(await shownCodes(page)).toEqual([]);
    await search(page, "");
    await page.getByRole("combobox", { name: "Lĩnh vực" }).selectOption({ label: "Tất cả lĩnh vực" });
    await page.getByLabel("Cấp thực hiện").selectOption({ label: "Cấp xã" });
    expect(await shownCodes(page)).toHaveLength(communeCount);
    await search(page, "chung thuc");
    await page.getByRole("button", { name: "Xóa tìm kiếm" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#danh-sach li[data-ma]:not([hidden])").length > 50);
    expect(await shownCodes(page)).toHaveLength(total);
    expect(await page.getByLabel("Cấp thực hiện").inputValue()).toBe("");
  });

  test("with the keyboard alone: skip link, search, Enter to the first result, Enter to open it, Back keeps the search", async () => {
    const page = await newPage();
    await page.goto(`${origin}/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement.textContent)).toBe("Bỏ qua, đến nội dung chính");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement.id)).toBe("tu-khoa");
    await page.keyboard.type("dang ky ket hon");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement.textContent)).toBe("Thủ tục đăng ký kết hôn");
    // The focused element is visibly marked (black on yellow).
    expect(await page.evaluate(() => window.getComputedStyle(document.activeElement).backgroundColor)).toBe("rgb(255, 221, 0)");
    await Promise.all([page.waitForURL(`${origin}/thu-tuc/1.000894/index.html`), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toBe("Thủ tục đăng ký kết hôn");
    await page.goBack();
    await expect(page.getByLabel("Tìm theo tên, mã thủ tục hoặc lĩnh vực").inputValue()).resolves.toBe("dang ky ket hon");
    expect(await shownCodes(page)).toEqual(["1.000894", "1.004746"]);
  });

  test("a procedure page shows the posting sheet: name, facts, the elements in order, deadline, fee, links", async () => {
    const page = await newPage();
    await page.goto(`${origin}/thu-tuc/1.000894/`);
    const { sheet, procedure } = ketHon;
    expect(await page.locator("h1").textContent()).toBe(sheet.name);
    const article = squash(await page.locator("article").innerText());
    for (const fact of sheet.facts) expect(article).toContain(squash(words(fact)));
    const headings = await page.locator("article section h2").allTextContents();
    expect(headings).toEqual(sheet.sections.map((s) => `${s.number}. ${s.title}`));
    const deadline = sheet.sections.find((s) => s.title === "Thời hạn giải quyết")!;
    const shown = squash(await page.locator("#muc-4").innerText());
    expect(shown).toBe(
      squash(
        `4. Thời hạn giải quyết ${deadline.blocks.flatMap((b) => (b.kind === "paragraphs" ? b.paragraphs.map(words) : [])).join(" ")}`,
      ),
    );
    expect(shown).toMatch(/^4\. Thời hạn giải quyết \d\d ngày làm việc/);
    expect(await page.getByRole("link", { name: /^Nộp hồ sơ trực tuyến/ }).getAttribute("href")).toBe(procedure.dich_vu_cong!.url);
    expect(squash(await page.locator("footer").innerText())).toContain(
      "Địa chỉ tiếp nhận phản ánh, kiến nghị Trung tâm Phục vụ hành chính công xã Hòa An",
    );
    expect(await page.getByRole("img", { name: `${BASE_URL}thu-tuc/1.000894/` }).count()).toBe(1);
    // The breadcrumb leads back to the field.
    await Promise.all([
      page.waitForURL(`${origin}/linh-vuc/ho-tich/index.html`),
      page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "Hộ tịch" }).click(),
    ]);
    expect(await page.locator("h1").textContent()).toBe("Lĩnh vực Hộ tịch");
  });

  test('a procedure without fees says "Không"', async () => {
    const page = await newPage();
    await page.goto(`${origin}/thu-tuc/${noFee.sheet.code}/`);
    expect(squash(await page.locator("#muc-8").innerText())).toBe("8. Phí, lệ phí Không");
  });

  test("with JavaScript off: a procedure page reads the same, the index lists everything by field", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin}/thu-tuc/1.000894/`);
    expect(await page.locator("h1").textContent()).toBe(ketHon.sheet.name);
    expect(await page.locator("article section h2").allTextContents()).toEqual(ketHon.sheet.sections.map((s) => `${s.number}. ${s.title}`));
    expect(squash(await page.locator("#muc-4").innerText())).toMatch(/^4\. Thời hạn giải quyết \d\d ngày làm việc/);
    await page.goto(`${origin}/`);
    expect(await page.locator("#tim-kiem").isHidden()).toBe(true);
    expect(await shownCodes(page)).toHaveLength(total);
    expect(await page.locator("section[data-nhom] > h2").count()).toBe(10);
    expect(await page.getByRole("status").textContent()).toBe(`Danh mục có ${total} thủ tục, xếp theo lĩnh vực.`);
  });

  test("axe-core: no serious or critical WCAG 2.1 A/AA violation on the index, a procedure page and a field page", async () => {
    const page = await newPage();
    await page.goto(`${origin}/`);
    expect(await seriousViolations(page)).toEqual([]);
    await search(page, "dang ky");
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${origin}/thu-tuc/1.000894/`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${origin}/linh-vuc/ho-tich/`);
    expect(await seriousViolations(page)).toEqual([]);
    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${origin}/thu-tuc/1.000894/`);
    expect(await seriousViolations(phone)).toEqual([]);
  });

  test("large touch targets, and no page scrolls sideways on a small phone", async () => {
    const page = await newPage();
    await page.goto(`${origin}/`);
    expect(await smallTargets(page)).toEqual([]);
    await page.goto(`${origin}/thu-tuc/1.000894/`);
    expect(await smallTargets(page)).toEqual([]);
    // Every page: long names (in the breadcrumb, the tables) must wrap or be cut, never widen the page.
    const phone = await newPage({ viewport: { width: 360, height: 800 } });
    const pages = (JSON.parse(readFileSync(join(site, "tthc-site.json"), "utf8")) as { files: string[] }).files.filter((f) =>
      f.endsWith(".html"),
    );
    expect(pages.length).toBe(total + 11);
    const wide: string[] = [];
    for (const path of pages) {
      await phone.goto(`${origin}/${path}`);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
  }, 120_000);

  test("prints on A4 without the screen's navigation", async () => {
    const page = await newPage();
    await page.goto(`${origin}/thu-tuc/1.000894/`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".toc").isHidden()).toBe(true);
    expect(await page.locator(".crumbs").isHidden()).toBe(true);
    expect(await page.locator("footer").isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // A4 portrait, 210 × 297 mm: 595 × 842 points, on every page.
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(1);
    expect(new Set(boxes.map((box) => box.join("×")))).toEqual(new Set(["595×842"]));
  });

  test("from a USB stick (file://): the search works the same", async () => {
    const page = await newPage();
    await page.goto(pathToFileURL(join(site, "index.html")).href);
    await search(page, "dang ky ket hon");
    expect(await shownCodes(page)).toEqual(["1.000894", "1.004746"]);
    await Promise.all([
      page.waitForURL(/thu-tuc\/1\.000894\/index\.html$/),
      page.getByRole("link", { name: "Thủ tục đăng ký kết hôn", exact: true }).click(),
    ]);
    expect(await page.locator("h1").textContent()).toBe("Thủ tục đăng ký kết hôn");
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
  });

  // Last, after every page above was opened (the tests of a file run in order).
  test("no request of any test left 127.0.0.1 (or the site's folder on file://)", () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((url) => url.startsWith(`${origin}/assets/`)).length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(pathToFileURL(site).href))).toEqual([]);
  });
});
