// The README's examples are what tthc prints on the bundled catalogue: every block marked
// `<!-- ví dụ: NAME -->` is run here and compared, at the 80 columns of a pipe, without colour.
// A block that ends in a line "…" shows the output's first lines only.

import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = new Map([...README.matchAll(/<!-- ví dụ: ([\w-]+) -->\n```\n([\s\S]*?)\n```/gu)].map((m) => [m[1]!, m[2]!]));

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The bundled catalogue copied, with the first `thoi_han:` of ho-tich.yaml mistyped, as the README says. */
function mistypedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "tthc-readme-"));
  temporary.push(dir);
  cpSync(join(ROOT, "catalogue"), join(dir, "catalogue"), { recursive: true });
  const file = join(dir, "catalogue", "linh-vuc", "ho-tich.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("    thoi_han:", "    thoi_hn:"));
  return dir;
}

/** The review commit the README's effects example compares, found the way the README finds it. */
function reviewCommit(): string {
  const hash = execFileSync("git", ["log", "--format=%h", "--abbrev=7", "-1", "--grep=Rà soát, đơn giản hóa"], {
    cwd: ROOT,
    encoding: "utf8",
  }).trim();
  if (hash === "") throw new Error("The review commit is not in this clone's history: fetch the full history (git fetch --unshallow).");
  return hash;
}

const EXAMPLES: Record<string, () => { argv: string[]; cwd: string; code: number }> = {
  validate: () => ({ argv: ["validate"], cwd: ROOT, code: 0 }),
  "validate-go-nham": () => ({ argv: ["validate"], cwd: mistypedCopy(), code: 1 }),
  effects: () => {
    const review = reviewCommit();
    return { argv: ["effects", "--base", `${review}~1`, "--head", review], cwd: ROOT, code: 0 };
  },
  stats: () => ({ argv: ["stats"], cwd: ROOT, code: 0 }),
  deadline: () => ({ argv: ["deadline", "--from", "2026-02-12 10:00", "--days", "3"], cwd: ROOT, code: 0 }),
};

describe("README.md's examples are real output", () => {
  test("every marked block has its command here, and every command its block", () => {
    expect([...blocks.keys()].sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  test.each(Object.keys(EXAMPLES))("%s", async (name) => {
    const { argv, cwd, code } = EXAMPLES[name]!();
    const out: string[] = [];
    const err: string[] = [];
    const got = await main(argv, { cwd, env: {}, isTTY: false, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
    expect(err.join("")).toBe("");
    expect(got).toBe(code);
    const printed = out.join("").replace(/\n$/u, "").split("\n");
    const shown = blocks.get(name)!.split("\n");
    if (shown[shown.length - 1] === "…") expect(printed.slice(0, shown.length - 1)).toEqual(shown.slice(0, -1));
    else expect(printed).toEqual(shown);
  });
});

describe("the figures of one command agree with the others' on the bundled catalogue", () => {
  test("stats counts what validate counts, and its breakdowns add up", async () => {
    const run = async (argv: string[]) => {
      const out: string[] = [];
      await main(argv, { cwd: ROOT, env: {}, isTTY: false, stdout: (t) => void out.push(t), stderr: () => undefined });
      return out.join("");
    };
    const validated = JSON.parse(await run(["validate", "--format", "json"])) as { procedures: number };
    const stats = JSON.parse(await run(["stats", "--format", "json"])) as {
      total: number;
      abolished: number;
      multi_level: number;
      by_field: { count: number }[];
      by_agency: { count: number }[];
      by_kind: { count: number }[];
      by_level: { count: number }[];
      online: Record<string, number>;
    };
    const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);
    expect(stats.total + stats.abolished).toBe(validated.procedures);
    expect([sum(stats.by_field), sum(stats.by_agency), sum(stats.by_kind)]).toEqual([stats.total, stats.total, stats.total]);
    expect(Object.values(stats.online).reduce((s, n) => s + n, 0)).toBe(stats.total);
    // Levels: each procedure once, plus once more for each further level it is done at.
    expect(sum(stats.by_level)).toBeGreaterThanOrEqual(stats.total + stats.multi_level);
    const text = await run(["stats"]);
    const flat = text.replace(/\s+/gu, " ");
    expect(flat).toContain(
      `Danh mục lưu ${validated.procedures} TTHC: ${stats.total} TTHC đang có hiệu lực và ${stats.abolished} TTHC đã bãi bỏ`,
    );
    expect(flat).toContain(`(${stats.multi_level} TTHC thực hiện ở nhiều cấp được tính ở mỗi cấp)`);
  });
});
