// Runs the whole check of npm test and ends with the line our CI reads: "N passed, N failed".
// First the static checks (one type-check of src and tests, ESLint, Prettier), each counted as
// one test, then the test suite; vitest's own summary stays on screen, and its counts come from
// its JSON reporter. Arguments go to vitest (npm test -- test/post runs one folder, and skips
// the static checks, which look at the whole tree).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = (pkg, file) => join("node_modules", pkg, file);
const run = (args) => spawnSync(process.execPath, args, { stdio: "inherit" });

let passed = 0;
let failed = 0;
const only = process.argv.slice(2);
if (only.length === 0) {
  const checks = [
    ["type-check (tsc)", [bin("typescript", "bin/tsc"), "-p", "test/tsconfig.json"]],
    ["lint (eslint)", [bin("eslint", "bin/eslint.js"), "--max-warnings", "0", "."]],
    ["format (prettier --check)", [bin("prettier", "bin/prettier.cjs"), "--check", "--log-level", "warn", "."]],
  ];
  for (const [name, args] of checks) {
    const status = run(args).status;
    if (status === 0) passed += 1;
    else {
      failed += 1;
      console.log(`✗ ${name} failed`);
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), "tthc-test-"));
const results = join(dir, "results.json");
// The commands the tests run keep their check cache here, not in the user's own cache folder.
process.env.TTHC_CACHE_DIR = join(dir, "cache");
const vitest = run([bin("vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}`, ...only]);
try {
  const json = JSON.parse(readFileSync(results, "utf8"));
  passed += json.numPassedTests;
  const suiteFailures = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  failed += suiteFailures;
  if (!json.success && suiteFailures === 0) failed += 1; // a suite that failed to load counts as a failure
} catch {
  failed += 1;
}
// An error outside any test (vitest exits 1 with every test passed) is a failure too.
if (vitest.status !== 0 && failed === 0) failed += 1;
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = vitest.status === 0 && failed === 0 ? 0 : 1;
