import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

async function runCli(argv: string[], isTTY: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { cwd: ROOT, env: {}, isTTY, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("tthc browse", () => {
  test("refuses when standard output is not a terminal, exit 2, pointing at stats and validate", async () => {
    const { code, stdout, stderr } = await runCli(["browse", "--catalogue", "test/fixtures/base"], false);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "tthc browse cần một cửa sổ terminal; khi chuyển hướng đầu ra, hãy dùng tthc stats hoặc tthc validate --format json\n",
    );
  });

  test("the refusal in English", async () => {
    const { code, stderr } = await runCli(["browse", "--lang", "en"], false);
    expect(code).toBe(2);
    expect(stderr).toBe("tthc browse needs a terminal; when output is redirected, use tthc stats or tthc validate --format json\n");
  });

  test("only the views and the browse command name ink or react, and the command imports them lazily", () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (/\.tsx?$/.test(e.name)) files.push(join(d, e.name));
      }
    };
    walk(join(ROOT, "src"));
    const importers = files
      .filter((f) => /from\s+["'](ink|react)["']|import\(\s*["'](ink|react)["']\s*\)/.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f).split("\\").join("/"))
      .filter((f) => !f.startsWith("src/views/"));
    expect(importers).toEqual(["src/cli/commands/browse.ts"]);
    const command = readFileSync(join(ROOT, "src/cli/commands/browse.ts"), "utf8");
    expect(command).not.toMatch(/^import .*["'](ink|react|\.\.\/\.\.\/views\/[^"']*)["']/m);
  });
});
