// npm run screenshots: builds the look-up site from the bundled catalogue and saves two PNG
// screenshots for the README, docs/site-index.png (the index with a search typed) and
// docs/site-thu-tuc.png (a procedure page), in Debian's Chromium at 1280 px wide. The pages are
// opened from file://, as from a USB stick on a kiosk. Not a test: it only writes the pictures.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = new URL("../..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "tthc-shots-"));
const out = join(work, "tra-cuu");
const built = spawnSync(
  process.execPath,
  [join(root, "bin", "tthc.js"), "site", "--out", out, "--date", "2026-11-22", "--base-url", "https://tthc.hoaan.binhan.gov.vn/"],
  { cwd: root, encoding: "utf8" },
);
if (built.status !== 0) throw new Error(`tthc site exited ${built.status}: ${built.stderr}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(join(out, "index.html")).href);
  await page.getByLabel("Tìm theo tên, mã thủ tục hoặc lĩnh vực").fill("dang ky ket hon");
  await page.getByRole("status").filter({ hasText: "Tìm thấy" }).waitFor();
  await page.screenshot({ path: join(root, "docs", "site-index.png") });
  await page.goto(pathToFileURL(join(out, "thu-tuc", "1.000894", "index.html")).href);
  await page.screenshot({ path: join(root, "docs", "site-thu-tuc.png") });
  console.log("docs/site-index.png\ndocs/site-thu-tuc.png");
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
