// npm run bench: medians of several runs of the commands people wait for, on the bundled
// catalogue and on a generated province-sized one (about 2,000 procedures, 15 MB of YAML).
// Prints a Markdown table to paste into docs/performance.md. Not a test: nothing fails here.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "tthc.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(args, cwd) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`tthc ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

/** A province-sized catalogue: the bundled procedures, copied with new codes and longer texts. */
function makeProvince(dir, target = 2000) {
  const src = join(root, "catalogue");
  cpSync(src, dir, { recursive: true });
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
      p.thanh_phan_lien_thong = p.loai === "lien_thong" ? [] : p.thanh_phan_lien_thong;
      if (p.loai === "lien_thong") p.loai = "thong_thuong";
      if (p.thanh_phan_lien_thong?.length === 0) delete p.thanh_phan_lien_thong;
      // Real records carry long step descriptions: pad to about 7.5 KB a procedure.
      p.trinh_tu = p.trinh_tu.map((s) => ({
        ...s,
        mo_ta: `${s.mo_ta} ${"Cán bộ tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ và hướng dẫn người nộp bổ sung. ".repeat(12)}`,
      }));
      thu_tuc.push(p);
    }
    const ma = `linh-vuc-${String(file).padStart(2, "0")}`;
    const text = `# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json\n${stringify({ ma, ten: `Lĩnh vực ${file}`, phien_ban: "1", thu_tuc }, { lineWidth: 0 })}`;
    writeFileSync(join(fieldsDir, `${ma}.yaml`), text);
  }
  const bytes = readdirSync(fieldsDir).reduce((s, f) => s + statSync(join(fieldsDir, f)).size, 0);
  return { procedures: n, megabytes: bytes / 1024 / 1024 };
}

const work = mkdtempSync(join(tmpdir(), "tthc-bench-"));
try {
  const province = join(work, "province");
  const size = makeProvince(province);
  // The same province with one finding in every field file: line:column then needs each file's
  // positioned parse, the slow path.
  const flawed = join(work, "province-flawed");
  cpSync(province, flawed, { recursive: true });
  for (const f of readdirSync(join(flawed, "linh-vuc"))) {
    const path = join(flawed, "linh-vuc", f);
    const text = readFileSync(path, "utf8");
    const at = text.lastIndexOf("ten: ");
    writeFileSync(path, text.slice(0, at) + "ten: " + "Thủ tục".normalize("NFD") + " " + text.slice(at + 5));
  }
  const out = join(work, "niem-yet");
  const rows = [
    ["tthc --version", ["--version"], root],
    ["tthc validate (bundled catalogue)", ["validate"], root],
    [
      `tthc validate (generated province: ${size.procedures} procedures, ${size.megabytes.toFixed(1)} MB)`,
      ["validate", "--catalogue", province],
      root,
    ],
    ["tthc validate --format sarif (generated province)", ["validate", "--catalogue", province, "--format", "sarif"], root],
    ["tthc validate (generated province, a finding in every field file)", ["validate", "--catalogue", flawed], root],
    ["tthc stats (bundled catalogue)", ["stats"], root],
    ["tthc post --format pdf (bundled catalogue, every field)", ["post", "--format", "pdf", "--out", out, "--date", "2026-11-22"], root],
    ["tthc post --format html (bundled catalogue, every field)", ["post", "--format", "html", "--out", out, "--date", "2026-11-22"], root],
    ["tthc site (generated province)", ["site", "--catalogue", province, "--out", join(work, "tra-cuu"), "--date", "2026-11-22"], root],
  ];
  const lines = ["| command | median (ms) | min | max |", "|---|---:|---:|---:|"];
  for (const [name, args, cwd] of rows) {
    try {
      const t = time(args, cwd);
      lines.push(`| \`${name}\` | ${t.median.toFixed(0)} | ${t.min.toFixed(0)} | ${t.max.toFixed(0)} |`);
    } catch (error) {
      lines.push(`| \`${name}\` | not run: ${String(error.message).split("\n")[0]} | | |`);
    }
  }
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const git = (() => {
    try {
      return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).toString().trim();
    } catch {
      return "?";
    }
  })();
  console.log(
    `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}; commit ${git}; ${RUNS} runs each.\n`,
  );
  console.log(lines.join("\n"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
