// node test/measure-portal-import.mjs [DIR]: imports every record of the national portal's JSON
// Lines files (data/dvcqg of the shared data folder, which a clone of tthc does not have; it is
// skipped without it) with the importer's core, writes the catalogue to a temporary folder and
// runs the project's own checks on it: validate, fmt --check, a second run for identical bytes,
// and reconcile against the same records. Needs `npm run build` first. Not a test: it measures.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dist = (p) => import(join(root, "dist", p));
const candidates = process.argv[2] ? [process.argv[2]] : ["../shared/data/dvcqg", "../../shared/data/dvcqg"].map((p) => join(root, p));
const data = candidates.find((d) => existsSync(d));
if (!data) {
  console.log(`skipped: no portal data (looked in ${candidates.join(", ")})`);
  process.exit(0);
}

const { readPortalRecords } = await dist("portal/read-portal-records.js");
const { importRecords } = await dist("portal/import-records.js");
const { renderNewCatalogue } = await dist("portal/render-new-catalogue.js");
const { reconcileCatalogue } = await dist("portal/reconcile-catalogue.js");
const { parseFiles } = await dist("lint/parse-files.js");
const { assembleCatalogue } = await dist("lint/assemble-catalogue.js");
const { diskSource } = await dist("source/disk-source.js");

const office = { ten: "Ủy ban nhân dân xã Thử Nghiệm", dia_ban: "Xã Thử Nghiệm, tỉnh Mẫu" };
const calendarTexts = new Map([2026, 2027].map((y) => [y, readFileSync(join(root, "catalogue", "lich", `${y}.yaml`), "utf8")]));

function run() {
  const started = performance.now();
  const records = [];
  for (const file of readdirSync(data)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    for (const r of readPortalRecords(readFileSync(join(data, file), "utf8")).records) records.push({ ...r, source: file });
  }
  const result = importRecords(records);
  const files = renderNewCatalogue(result.catalogue, { office, year: 2026, calendarTexts });
  return { records, result, files, ms: performance.now() - started };
}

function write(files) {
  const dir = mkdtempSync(join(tmpdir(), "tthc-portal-"));
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(dir, "catalogue", rel)), { recursive: true });
    writeFileSync(join(dir, "catalogue", rel), text);
  }
  return join(dir, "catalogue");
}

function tthc(...args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(root, "bin", "tthc.js"), ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  return { code: r.status, stdout: r.stdout, ms: performance.now() - started };
}

const first = run();
const second = run();
const third = run();
const identical = first.files.size === second.files.size && [...first.files].every(([k, v]) => second.files.get(k) === v);
const dir = write(first.files);
const validate = tthc("validate", "--catalogue", dir, "--format", "json");
const report = JSON.parse(validate.stdout);
const fmt = tthc("fmt", "--check", "--catalogue", dir);
const catalogue = assembleCatalogue("import", await parseFiles(diskSource(dir, process.cwd())));
const started = performance.now();
const reconcile = reconcileCatalogue(catalogue, first.records);
const reconcileMs = performance.now() - started;
rmSync(dirname(dir), { recursive: true, force: true });

// eslint-disable-next-line no-unused-vars -- taken out so that the counts print without it
const { converted: _converted, catalogue: data_, ...counts } = first.result;
const ms = [first.ms, second.ms, third.ms].sort((a, b) => a - b);
console.log(
  JSON.stringify(
    {
      ...counts,
      skipped: counts.skipped.length,
      fields: data_.fields.length,
      agencies: data_.agencies.length,
      documents: data_.documents.length,
      files: first.files.size,
      megabytes: Math.round([...first.files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e5) / 10,
      import_ms_median_of_3: Math.round(ms[1]),
      identical_bytes_on_two_runs: identical,
      validate: { exit: validate.code, errors: report.errors, warnings: report.warnings, ms: Math.round(validate.ms) },
      fmt_check: { exit: fmt.code, ms: Math.round(fmt.ms) },
      reconcile: {
        compared: reconcile.compared,
        differ: reconcile.differ.length,
        missing: reconcile.missing.length,
        not_national: reconcile.not_national.length,
        ms: Math.round(reconcileMs),
      },
    },
    null,
    1,
  ),
);
