// Runs the test suite and ends with the line our CI reads: "N passed, N failed".
// vitest's own summary stays on screen; the counts come from its JSON reporter.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "tthc-test-"));
const results = join(dir, "results.json");
const vitest = join("node_modules", "vitest", "vitest.mjs");
const run = spawnSync(
  process.execPath,
  [vitest, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(results, "utf8"));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  if (!json.success && failed === 0) failed = 1; // a suite that failed to load counts as a failure
} catch {
  failed = Math.max(1, failed);
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = run.status === 0 && failed === 0 ? 0 : 1;
