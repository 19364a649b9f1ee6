// tthc site [--out DIR] [--base-url URL] [--date D]
//
// The public look-up site: a static folder (index with search, one page per field and per
// procedure) built from the same data as the posting sheets. This file only parses the flags,
// loads the catalogue, checks the output folder and writes what src/site/build-site.ts returns.

import { mkdir, readFile, readdir, rm, rmdir, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isInsideFolder } from "../../source/is-inside-folder.js";
import { selectPostedProcedures } from "../../post/select-posted-procedures.js";
import { buildSite, findSiteClashes, SITE_MARKER } from "../../site/build-site.js";
import { loadSiteAssets } from "../../source/load-site-assets.js";
import { isSiteBase, withTrailingSlash } from "../../post/site-address.js";
import type { SiteFile } from "../../site/site-page.js";
import { findWorkingCatalogue } from "../../source/open-source.js";
import { type CommandContext, UserError, say } from "../context.js";
import { loadCatalogue } from "../../lint/load-catalogue.js";
import { Refusal } from "../../model/refusal.js";
import { checkWriteFolder, writeFileAtomic } from "../../source/write-file-atomic.js";
import { parsePostDate, readHistoryFor } from "./post.js";

export interface SiteOptions {
  out?: string;
  baseUrl?: string;
  date?: string;
}

/** Files written at once: overlapping the flushes of many small files is most of the speed. */
const PARALLEL_WRITES = 16;

/** Today on the machine's clock, as YYYY-MM-DD in local time (the office's day). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How a path is shown: relative to the current folder when under it. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  const shown = !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join("/");
}

/** --base-url: an absolute http(s) address of a folder, without query or fragment. */
export function parseBaseUrl(ctx: Pick<CommandContext, "lang">, value: string): string {
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search !== "" || url.hash !== "" || /[?#]/.test(text)) {
    throw new UserError(
      say(
        ctx,
        `--base-url "${value}" không phải địa chỉ web hợp lệ. Hãy ghi địa chỉ đầy đủ của thư mục đăng trang tra cứu, bắt đầu bằng https:// và không có dấu ? hay #, ví dụ https://tthc.xahoaan.gov.vn/.`,
        `--base-url "${value}" is not a valid web address. Give the full address of the folder where the site is published, starting with https:// and without ? or #, for example https://tthc.xahoaan.gov.vn/.`,
      ),
    );
  }
  return withTrailingSlash(text);
}

/** A path listed in an earlier site's marker, if it is a plain relative path inside the site. */
function safeListedPath(path: unknown): string | undefined {
  if (typeof path !== "string" || path === "" || path.includes("\\") || path.startsWith("/")) return undefined;
  const parts = path.split("/");
  return parts.every((part) => part !== "" && part !== "." && part !== "..") ? path : undefined;
}

/**
 * What the output folder holds: nothing (absent or empty), an earlier tthc site (its marker's
 * file list), or something else, which the command must not write over.
 */
async function readOutFolder(
  dir: string,
): Promise<{ kind: "new" } | { kind: "site"; files: string[] } | { kind: "other"; reason: "file" | "content" }> {
  let entries: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return { kind: "other", reason: "file" };
    entries = await readdir(dir);
  } catch {
    return { kind: "new" };
  }
  if (entries.length === 0) return { kind: "new" };
  try {
    const marker = JSON.parse(await readFile(join(dir, SITE_MARKER), "utf8")) as { generator?: unknown; files?: unknown };
    if (marker.generator === "tthc site" && Array.isArray(marker.files)) {
      return { kind: "site", files: marker.files.map(safeListedPath).filter((path): path is string => path !== undefined) };
    }
  } catch {
    // No marker, or not ours: not a tthc site.
  }
  return { kind: "other", reason: "content" };
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

export async function run(opts: SiteOptions, ctx: CommandContext): Promise<number> {
  const date = opts.date === undefined ? today() : parsePostDate(ctx, opts.date);
  const given = opts.baseUrl === undefined ? undefined : parseBaseUrl(ctx, opts.baseUrl);

  const catalogue = await loadCatalogue(ctx);
  const qrGoc = catalogue.manifest.qr_goc;
  // The office publishes the site where its QR codes point: qr_goc, when it is a site's address.
  const baseUrl = given ?? (qrGoc !== undefined && isSiteBase(qrGoc) ? withTrailingSlash(qrGoc) : undefined);

  // Each procedure in the version in force on the date, as tthc post has it (from git's history).
  const posted = selectPostedProcedures(catalogue, { date }, await readHistoryFor(findWorkingCatalogue(ctx), catalogue, date, true));
  if (posted.length === 0) {
    throw new UserError(
      say(
        ctx,
        `Không có thủ tục nào còn hiệu lực ngày ${date} nên không có gì để đăng. Hãy kiểm tra trạng thái, ngày hiệu lực của các thủ tục, hoặc chọn ngày khác với --date.`,
        `No procedure is in force on ${date}, so there is nothing to publish. Check the procedures' status and effective dates, or choose another day with --date.`,
      ),
    );
  }
  const clashes = findSiteClashes(posted);
  if (clashes.length > 0) {
    const list = clashes
      .slice(0, 5)
      .map((clash) => `  ${clash.path}: ${clash.codes.join(", ")}`)
      .join("\n");
    throw new UserError(
      say(
        ctx,
        `Có mã trùng nên hai thủ tục (hoặc lĩnh vực) sẽ chung một trang:\n${list}\nHãy sửa mã cho khác nhau (chạy tthc validate để xem vị trí) rồi chạy lại.`,
        `Some codes are not unique, so two procedures (or fields) would share one page:\n${list}\nMake the codes unique (run tthc validate to see where) and run again.`,
      ),
    );
  }

  const outDir = resolve(ctx.cwd, opts.out ?? "./tra-cuu");
  const shownOut = displayPath(ctx.cwd, outDir);
  const catalogueDir = findWorkingCatalogue(ctx);
  if (await isInsideFolder(outDir, catalogueDir)) {
    throw new UserError(
      say(
        ctx,
        `Thư mục ghi ${shownOut} nằm trong thư mục danh mục ${displayPath(ctx.cwd, catalogueDir)}: trang tra cứu sẽ lẫn vào danh mục. Hãy chọn thư mục khác với --out.`,
        `The output folder ${shownOut} is inside the catalogue folder ${displayPath(ctx.cwd, catalogueDir)}: the site would mix with the catalogue. Choose another folder with --out.`,
      ),
    );
  }
  await checkWriteFolder(outDir);
  const existing = await readOutFolder(outDir);
  if (existing.kind === "other") {
    throw new UserError(
      existing.reason === "file"
        ? say(
            ctx,
            `${shownOut} là một tệp, không phải thư mục. Hãy chọn thư mục khác với --out.`,
            `${shownOut} is a file, not a folder. Choose another folder with --out.`,
          )
        : say(
            ctx,
            `Thư mục ${shownOut} đã có tệp nhưng không phải trang tra cứu do tthc site tạo (không có ${SITE_MARKER}), nên không ghi đè. Hãy chọn một thư mục trống hoặc chưa có với --out.`,
            `The folder ${shownOut} is not empty and is not a site written by tthc site (it has no ${SITE_MARKER}), so nothing is overwritten. Choose an empty or new folder with --out.`,
          ),
    );
  }

  const [assets, makeQr] = await Promise.all([
    loadSiteAssets(),
    baseUrl === undefined ? Promise.resolve(undefined) : import("../../post/qr-matrix.js").then((m) => m.qrMatrix),
  ]);
  const site = buildSite(catalogue, posted, { date, ...(baseUrl ? { baseUrl } : {}), assets, ...(makeQr ? { makeQr } : {}) });

  const cannotWrite = (path: string, error: unknown) =>
    new UserError(
      say(
        ctx,
        `Không ghi được ${displayPath(ctx.cwd, path)} (${(error as Error).message}). Hãy kiểm tra quyền ghi và chỗ trống trên đĩa rồi chạy lại.`,
        `Cannot write ${displayPath(ctx.cwd, path)} (${(error as Error).message}). Check permissions and free disk space, then run again.`,
      ),
    );
  const folders = [...new Set(site.files.map((file) => dirname(join(outDir, file.path))))].sort();
  for (const folder of folders) {
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw cannotWrite(folder, error);
    }
  }
  // The marker last: until it is written, the folder still describes the site it held before.
  const marker = site.files.find((file) => file.path === SITE_MARKER);
  const pages = site.files.filter((file) => file.path !== SITE_MARKER);
  const write = async (file: SiteFile) => {
    const path = join(outDir, file.path);
    try {
      await writeFileAtomic(path, file.content);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      throw cannotWrite(path, error);
    }
  };
  await inBatches(pages, PARALLEL_WRITES, write);

  // Pages of procedures no longer in force: listed by the earlier site, not written now.
  const written = new Set(site.files.map((file) => file.path));
  const stale = existing.kind === "site" ? existing.files.filter((path) => !written.has(path)) : [];
  for (const path of stale) {
    await rm(join(outDir, path), { force: true }).catch(() => undefined);
    // Then its folders, when they are left empty (thu-tuc/<code>/); never the site's own.
    for (let folder = dirname(path); folder !== "." && folder !== ""; folder = dirname(folder)) {
      const removed = await rmdir(join(outDir, folder)).then(
        () => true,
        () => false,
      );
      if (!removed) break;
    }
  }
  if (marker) await write(marker);

  ctx.stdout(`${displayPath(ctx.cwd, join(outDir, "index.html"))}\n`);
  if (!ctx.quiet) {
    ctx.stdout(
      say(
        ctx,
        `Đã ghi ${site.files.length} tệp vào ${shownOut}: trang tìm kiếm, ${site.fields} trang lĩnh vực, ${site.procedures} trang thủ tục.${stale.length > 0 ? ` Đã xóa ${stale.length} tệp của lần ghi trước không còn dùng.` : ""}\n`,
        `Wrote ${site.files.length} files to ${shownOut}: the search page, ${site.fields} field pages, ${site.procedures} procedure pages.${stale.length > 0 ? ` Removed ${stale.length} files of the previous build that are no longer used.` : ""}\n`,
      ),
    );
    if (baseUrl === undefined) {
      ctx.stdout(
        say(
          ctx,
          "Chưa có địa chỉ đăng trang (--base-url), nên trang không có mã QR của chính nó. Mở index.html để xem, hoặc chép cả thư mục lên máy chủ web hay USB.\n",
          "No published address (--base-url), so the pages carry no QR code of their own. Open index.html to look, or copy the whole folder to a web server or a USB stick.\n",
        ),
      );
    } else if (qrGoc === undefined || !isSiteBase(qrGoc) || withTrailingSlash(qrGoc) !== baseUrl) {
      ctx.stdout(
        say(
          ctx,
          `Để mã QR trên bản niêm yết (tthc post) mở trang của thủ tục ở đây, ghi trong tthc.yaml: qr_goc: ${baseUrl}\n`,
          `For the QR codes on the posting sheets (tthc post) to open the procedure's page here, set in tthc.yaml: qr_goc: ${baseUrl}\n`,
        ),
      );
    }
  }
  return 0;
}
