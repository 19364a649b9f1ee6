// npm run bench: medians of several runs of the commands people wait for, each a fresh process
// as people run it, with its peak memory (RSS), at three sizes: a commune (the bundled
// catalogue), a province (2,000 procedures) and the nation (6,500), the last two generated from
// the bundled procedures with real-length texts. Beside tthc: `node -e 0`, a plain js-yaml read
// of the same files (the floor any YAML tool pays) and ajv-cli 5 validating the same data with
// the same schemas. Writes the table into docs/performance.md between its bench markers and
// prints it. Not a test: nothing fails here. BENCH_RUNS=3 for a quicker, rougher run.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { parse, stringify } from "yaml";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "tthc.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DVCQG = join(root, "..", "shared", "data", "dvcqg");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `argv` RUNS times (after `before`, untimed, each time); wall-time median and the largest peak RSS. */
function measure(argv, { cwd = root, before } = {}) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    before?.();
    const full = TIME ? [TIME, ["-f", "\nmaxrss %M", ...argv]] : [argv[0], argv.slice(1)];
    const started = process.hrtime.bigint();
    const r = spawnSync(full[0], full[1], { cwd, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    const stderr = r.stderr.toString();
    const kb = /maxrss (\d+)\s*$/.exec(stderr);
    if (kb) rss = Math.max(rss, Number(kb[1]) / 1024);
    const status = /Command exited with non-zero status (\d+)/.exec(stderr)?.[1] ?? String(r.status);
    if (status !== "0" && status !== "1") throw new Error(`${argv.slice(1).join(" ")} exited ${status}: ${stderr.slice(0, 300)}`);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), rss };
}

const tthc = (...args) => [process.execPath, bin, ...args];

/** A catalogue of `target` procedures: the bundled ones, copied with new codes and real-length texts. */
function makeCatalogue(dir, target) {
  cpSync(join(root, "catalogue"), dir, { recursive: true });
  const fieldsDir = join(dir, "linh-vuc");
  const fields = readdirSync(fieldsDir).map((f) => parse(readFileSync(join(fieldsDir, f), "utf8")));
  for (const f of readdirSync(fieldsDir)) rmSync(join(fieldsDir, f));
  const procedures = fields.flatMap((f) => f.thu_tuc);
  const perFile = 50;
  let n = 0;
  for (let file = 0; n < target; file++) {
    const thu_tuc = [];
    for (let i = 0; i < perFile && n < target; i++, n++) {
      const p = structuredClone(procedures[n % procedures.length]);
      p.ma = `DP.${String(100000 + n).padStart(6, "0")}`;
      delete p.thay_the;
      if (p.loai === "lien_thong") p.loai = "thong_thuong";
      delete p.thanh_phan_lien_thong;
      // Real records carry long step descriptions: pad to about 7.5 KB a procedure.
      p.trinh_tu = p.trinh_tu.map((s) => ({
        ...s,
        mo_ta: `${s.mo_ta} ${"Cán bộ tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ và hướng dẫn người nộp bổ sung. ".repeat(12)}`,
      }));
      thu_tuc.push(p);
    }
    const ma = `linh-vuc-${String(file).padStart(3, "0")}`;
    const text = `# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json\n${stringify({ ma, ten: `Lĩnh vực ${file}`, phien_ban: "1", thu_tuc }, { lineWidth: 0 })}`;
    writeFileSync(join(fieldsDir, `${ma}.yaml`), text);
  }
  const bytes = readdirSync(fieldsDir).reduce((s, f) => s + statSync(join(fieldsDir, f)).size, 0);
  return { procedures: n, megabytes: bytes / 1024 / 1024 };
}

/** Shortens the statutory deadline of every twentieth procedure (5 %) and bumps each touched file's version. */
function changeFivePercent(dir) {
  const fieldsDir = join(dir, "linh-vuc");
  let n = 0;
  for (const f of readdirSync(fieldsDir).sort()) {
    const path = join(fieldsDir, f);
    const doc = parse(readFileSync(path, "utf8"));
    let touched = false;
    for (const p of doc.thu_tuc) {
      if (n++ % 20 !== 0 || typeof p.thoi_han?.gia_tri !== "number" || p.thoi_han.gia_tri < 2) continue;
      p.thoi_han.gia_tri -= 1;
      touched = true;
    }
    if (!touched) continue;
    doc.phien_ban = "2";
    writeFileSync(path, `# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json\n${stringify(doc, { lineWidth: 0 })}`);
  }
}

function git(cwd, ...args) {
  execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", ...args], { cwd, stdio: "ignore" });
}

/** The same data as JSON, for ajv-cli (its YAML reader makes dates Date objects, which the schemas reject). */
function asJson(dir, out) {
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(join(dir, "linh-vuc"))) {
    writeFileSync(join(out, f.replace(/\.yaml$/, ".json")), JSON.stringify(load(readFileSync(join(dir, "linh-vuc", f), "utf8"))));
  }
}

const work = mkdtempSync(join(tmpdir(), "tthc-bench-"));
// validate's check cache (docs/cli.md) lives here, so that "first run" and "next run" mean what they say.
const cache = join(work, "check-cache");
process.env.TTHC_CACHE_DIR = cache;
const emptyCache = () => rmSync(cache, { recursive: true, force: true });
const rows = [];
const row = (size, name, argv, options) => {
  try {
    rows.push({ size, name, ...measure(argv, options) });
  } catch (error) {
    rows.push({ size, name, error: String(error.message).split("\n")[0] });
  }
  process.stderr.write(".");
};
const startLoad = loadavg()[0];
try {
  const floor = join(root, "test", "bench-yaml-floor.mjs");
  const ajv = join(root, "node_modules", "ajv-cli", "dist", "index.js");
  const ajvArgs = (jsonDir) => [
    process.execPath,
    ajv,
    "validate",
    "--spec=draft2020",
    "--strict=false",
    "--all-errors",
    "-c",
    "ajv-formats",
    "-s",
    join(root, "schemas", "linh-vuc.schema.json"),
    "-d",
    `${jsonDir}/*.json`,
  ];
  row("-", "`node -e 0` (Node's own start)", [process.execPath, "-e", "0"]);
  row("-", "`tthc --version`", tthc("--version"));

  const commune = join(root, "catalogue");
  const sizes = [["commune (bundled, 64 procedures)", commune]];
  for (const [label, target] of [
    ["province", 2000],
    ["national", 6500],
  ]) {
    const dir = join(work, label, "catalogue");
    mkdirSync(dir, { recursive: true });
    const size = makeCatalogue(dir, target);
    sizes.push([`${label} (${size.procedures} procedures, ${size.megabytes.toFixed(1)} MB)`, dir]);
  }

  for (const [label, dir] of sizes) {
    row(label, "js-yaml read of every file (the floor)", [process.execPath, floor, dir]);
    row(label, "`tthc validate --no-cache` (every file parsed and checked)", tthc("validate", "--no-cache", "--catalogue", dir));
    row(label, "`tthc validate`, first run (the check cache empty, then written)", tthc("validate", "--catalogue", dir), {
      before: emptyCache,
    });
    spawnSync(process.execPath, [bin, "validate", "--catalogue", dir]);
    row(label, "`tthc validate`, next runs (every file from the check cache)", tthc("validate", "--catalogue", dir));
    const json = join(work, "json", label.split(" ")[0]);
    asJson(dir, json);
    row(label, "ajv-cli 5, the field files as JSON, the same schema", ajvArgs(json));
    if (dir === commune) continue;

    // Two revisions: the catalogue, then 5 % of its procedures with a shorter deadline.
    const repo = join(dir, "..");
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "base");
    changeFivePercent(dir);
    git(repo, "commit", "-qam", "five per cent");
    row(label, "`tthc diff HEAD~1 HEAD --format json` (5 % changed)", tthc("diff", "HEAD~1", "HEAD", "--format", "json"), { cwd: repo });
    row(label, "`tthc effects --base HEAD~1 --format json` (5 % changed)", tthc("effects", "--base", "HEAD~1", "--format", "json"), {
      cwd: repo,
    });
    // One field file changed in the work tree, as in a pull request.
    const one = join(dir, "linh-vuc", readdirSync(join(dir, "linh-vuc")).sort()[0]);
    const original = readFileSync(one, "utf8");
    writeFileSync(one, original.replace('phien_ban: "1"', 'phien_ban: "1.1"').replace('phien_ban: "2"', 'phien_ban: "2.1"'));
    row(
      label,
      "`tthc validate --changed-since HEAD --no-cache` (one file changed)",
      tthc("validate", "--changed-since", "HEAD", "--no-cache"),
      {
        cwd: repo,
      },
    );
    row(
      label,
      "`tthc validate --changed-since HEAD`, first run (one file changed, the cache empty)",
      tthc("validate", "--changed-since", "HEAD"),
      {
        cwd: repo,
        before: emptyCache,
      },
    );
    spawnSync(process.execPath, [bin, "validate", "--changed-since", "HEAD"], { cwd: repo });
    row(
      label,
      "`tthc validate --changed-since HEAD`, next runs (one file changed, the cache filled)",
      tthc("validate", "--changed-since", "HEAD"),
      {
        cwd: repo,
      },
    );
    writeFileSync(one, original);
    if (label.startsWith("province")) {
      row(label, "`tthc site`", tthc("site", "--catalogue", dir, "--out", join(work, "tra-cuu"), "--date", "2026-11-22"));
    }
  }

  const three = join(work, "post300", "catalogue");
  mkdirSync(three, { recursive: true });
  makeCatalogue(three, 300);
  for (const format of ["pdf", "html"]) {
    row(
      "300 procedures",
      `\`tthc post --format ${format}\` (every field)`,
      tthc("post", "--catalogue", three, "--format", format, "--out", join(work, `niem-yet-${format}`), "--date", "2026-11-22"),
    );
  }

  if (existsSync(DVCQG)) {
    const records = readdirSync(DVCQG)
      .filter((f) => f.endsWith(".jsonl"))
      .map((f) => join(DVCQG, f));
    const out = join(work, "imported");
    row("2,642 real records", "`tthc import … --out DIR`", tthc("import", ...records, "--out", out, "--format", "json"), {
      before: () => rmSync(out, { recursive: true, force: true }),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).toString().trim();
  } catch {
    return "?";
  }
})();
const lines = [
  `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}; commit ${commit}; ` +
    `${RUNS} runs each; load average ${startLoad.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end.`,
  "",
  "| size | command | median (ms) | min | max | peak RSS (MiB) |",
  "|---|---|---:|---:|---:|---:|",
  ...rows.map((r) =>
    r.error
      ? `| ${r.size} | ${r.name} | not run: ${r.error.replaceAll("|", "\\|")} | | | |`
      : `| ${r.size} | ${r.name} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${r.rss ? r.rss.toFixed(0) : "?"} |`,
  ),
];
const table = lines.join("\n");
process.stderr.write("\n");
console.log(table);

const doc = join(root, "docs", "performance.md");
const text = readFileSync(doc, "utf8");
const START = "<!-- bench:start (npm run bench writes this part) -->";
const END = "<!-- bench:end -->";
if (text.includes(START) && text.includes(END)) {
  writeFileSync(doc, `${text.slice(0, text.indexOf(START) + START.length)}\n${table}\n${text.slice(text.indexOf(END))}`);
  console.log(`\nWritten to ${doc}.`);
}
