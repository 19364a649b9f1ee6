// tthc init on a real terminal (a pseudo-terminal from util-linux's `script`, running the built
// CLI): the missing name and locality are asked, answers typed ahead or pasted together are all
// kept, and closing the input (Ctrl-D) stops with exit 2 and nothing written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const CLI = resolve(import.meta.dirname, "../../bin/tthc.js");
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs `tthc init repo` on a pseudo-terminal fed with `input`; the exit code is printed last. */
function onTerminal(input: string): { dir: string; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "tthc-tty-"));
  made.push(dir);
  const command = `"${process.execPath}" "${CLI}" init repo; echo "exit=$?"`;
  const result = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: dir, input, encoding: "utf8", timeout: 30_000 });
  if (result.error) throw result.error;
  return { dir, output: result.stdout };
}

describe("tthc init on a terminal", () => {
  test("asks for the name and the locality; answers pasted together are both kept", () => {
    const { dir, output } = onTerminal("Ủy ban nhân dân xã Tân Lập\nXã Tân Lập, tỉnh Bình An\n");
    expect(output).toContain("Tên cơ quan quản lý danh mục");
    expect(output).toContain("Địa bàn");
    expect(output).toMatch(/exit=0/);
    const manifest = readFileSync(join(dir, "repo/catalogue/tthc.yaml"), "utf8");
    expect(manifest).toContain("dia_ban: Xã Tân Lập, tỉnh Bình An");
    expect(manifest).toContain("co_quan_quan_ly: uy-ban-nhan-dan-xa-tan-lap");
  }, 30_000);

  test("closing the input before answering is exit 2, nothing written", () => {
    const { dir, output } = onTerminal("\u0004");
    expect(output).toMatch(/Chưa có --name nên chưa ghi tệp nào/);
    expect(output).toMatch(/exit=2/);
    expect(existsSync(join(dir, "repo"))).toBe(false);
  }, 30_000);
});
