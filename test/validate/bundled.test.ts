// The bundled catalogue is what a new user runs first: it must validate clean, be big and
// varied enough to give every command real work, and the README's quick start must hold.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runCli } from "./harness.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FIELDS = join(ROOT, "catalogue", "linh-vuc");

describe("the bundled catalogue", () => {
  it("validates clean, with at least 60 procedures in at least 8 fields", async () => {
    const run = await runCli(["validate", "--format", "json"], ROOT);
    const report = JSON.parse(run.stdout);
    expect(report.diagnostics).toEqual([]);
    expect(run.code).toBe(0);
    const files = readdirSync(FIELDS);
    expect(files.length).toBeGreaterThanOrEqual(8);
    const counted = files.reduce((n, f) => n + parse(readFileSync(join(FIELDS, f), "utf8")).thu_tuc.length, 0);
    expect(report.procedures).toBe(counted);
    expect(counted).toBeGreaterThanOrEqual(60);
  });

  it("has calendars for 2025-2027 and procedures effective after the 2025 reform", () => {
    expect(readdirSync(join(ROOT, "catalogue", "lich")).sort()).toEqual(["2025.yaml", "2026.yaml", "2027.yaml"]);
    const procedures = readdirSync(FIELDS).flatMap((f) => parse(readFileSync(join(FIELDS, f), "utf8")).thu_tuc);
    const current = procedures.filter((p) => p.trang_thai !== "bai_bo");
    expect(current.every((p) => !p.cap.includes("huyen"))).toBe(true);
    expect(current.some((p) => p.cap.includes("xa"))).toBe(true);
  });

  it("the README's first command prints the summary and exits 0 (built CLI, as a user runs it)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("npm ci && node bin/tthc.js validate");
    expect(readme).toMatch(/^npm test\b/m);
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "tthc.js"), "validate"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^✔ Danh mục catalogue: \d+ tệp, \d+ thủ tục, không có lỗi\.\n$/);
    expect(run.status).toBe(0);
  });

  it("tthc --version prints the package version", () => {
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    const out = execFileSync(process.execPath, [join(ROOT, "bin", "tthc.js"), "--version"], { encoding: "utf8" });
    expect(out.trim()).toBe(version);
  });

  it.each(["main.js", "commands/validate.js"])(
    "the static imports of dist/cli/%s reach no heavy module (ink, react, pdfkit, docx)",
    (entry) => {
      const reached = staticImports(join(ROOT, "dist", "cli", entry));
      expect(reached.has("commander") || reached.has("yaml")).toBe(true);
      expect([...reached].filter((m) => /^(ink|react|pdfkit|docx|qrcode)(\/|$)/.test(m))).toEqual([]);
    },
  );
});

/** Bare module names reached from a compiled file by static `import … from`, following relative files. */
function staticImports(file: string, seen = new Set<string>(), bare = new Set<string>()): Set<string> {
  if (seen.has(file)) return bare;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gm)) {
    const spec = m[1]!;
    if (spec.startsWith(".")) staticImports(join(dirname(file), spec), seen, bare);
    else bare.add(spec);
  }
  return bare;
}
