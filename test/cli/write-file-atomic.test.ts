import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { isInsideFolder } from "../../src/source/is-inside-folder.js";
import { writeFileAtomic } from "../../src/source/write-file-atomic.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tthc-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("writes new content over old and leaves no temporary file", async () => {
  const path = join(dir, "ho-tich.html");
  await writeFile(path, "cũ");
  await writeFileAtomic(path, "mới");
  expect(await readFile(path, "utf8")).toBe("mới");
  await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
  expect([...(await readFile(path))]).toEqual([1, 2, 3]);
  expect(await readdir(dir)).toEqual(["ho-tich.html"]);
});

test("a failed write throws and leaves the folder as it was", async () => {
  await writeFile(join(dir, "keep.pdf"), "x");
  await expect(writeFileAtomic(join(dir, "missing", "a.pdf"), "y")).rejects.toThrow(/ENOENT/);
  // The target is a folder: the rename fails after the temporary file was written.
  await rm(join(dir, "keep.pdf"));
  const { mkdir } = await import("node:fs/promises");
  await mkdir(join(dir, "busy.pdf"));
  await writeFile(join(dir, "busy.pdf", "inside"), "z");
  await expect(writeFileAtomic(join(dir, "busy.pdf"), "y")).rejects.toThrow();
  expect(await readdir(dir)).toEqual(["busy.pdf"]);
});

test.each([
  ["catalogue", "catalogue", true],
  ["catalogue/niem-yet", "catalogue", true],
  ["catalogue-x/niem-yet", "catalogue", false],
  ["niem-yet", "catalogue", false],
  ["..catalogue", "catalogue", false],
])("isInsideFolder(%s, %s) → %s", async (child, folder, expected) => {
  expect(await isInsideFolder(join(dir, child), join(dir, folder))).toBe(expected);
});
