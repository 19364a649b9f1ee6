// Case 10 of issue 15: tests skipped themselves when catalogue/ was missing or when run as
// root, and CI runs as root, so what they prove was never proved there. No test may skip on
// its own; the one exception is asked for by name (TTHC_SKIP_BROWSER=1) and says so loudly.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";

const TEST = join(import.meta.dirname, "..");
const ALLOWED = new Set(["site/browser.test.ts"]);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : testFiles(path);
    return /\.(test|property)\.tsx?$|\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

test("no test skips itself (skipIf, runIf, .skip, .todo), whoever runs it and wherever", () => {
  const skipping = testFiles(TEST)
    .map((file) => relative(TEST, file).split("\\").join("/"))
    .filter((file) => !ALLOWED.has(file) && file !== "hostile/no-silent-skips.test.ts")
    .filter((file) => /\.(skipIf|runIf|skip|todo)\s*\(/.test(readFileSync(join(TEST, file), "utf8")));
  expect(skipping).toEqual([]);
});
