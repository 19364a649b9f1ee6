import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";
import { run } from "../../src/cli/commands/fmt.js";
import type { CommandContext } from "../../src/cli/context.js";
import { NODE_FS, writeFileAtomic, type AtomicFs } from "../../src/source/write-file-atomic.js";
import { canDropPrivileges, runUnprivileged } from "../support/unprivileged.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCHEMA = "# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json\n";
let work: string;
let cat: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "tthc-fmt-"));
  cat = join(work, "catalogue");
  cpSync(join(ROOT, "test/fixtures/base"), cat, { recursive: true });
  cpSync(join(ROOT, "schemas"), join(work, "schemas"), { recursive: true });
  // The fixture's schema lines point at this repository's schemas/; in the copy, at work/schemas/.
  for (const file of ["tthc.yaml", "co-quan.yaml", "van-ban.yaml", "lich/2026.yaml", "linh-vuc/ho-tich.yaml"]) {
    const path = join(cat, file);
    const up = "../".repeat(file.split("/").length);
    writeFileSync(path, readFileSync(path, "utf8").replace(/\$schema=(\.\.\/)+schemas\//, `$schema=${up}schemas/`));
  }
});
afterEach(() => {
  chmodSync(work, 0o755);
  rmSync(work, { recursive: true, force: true });
});

async function runCli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { cwd: work, env: {}, isTTY: false, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

function context(): { ctx: CommandContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    ctx: {
      lang: "vi",
      color: false,
      quiet: false,
      debug: false,
      cwd: work,
      isTTY: false,
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      stdoutBytes: () => undefined,
      env: {},
    },
  };
}

const SCRAMBLED = `ten: Hộ tịch\nma: ho-tich\nphien_ban: 2026.10\nthu_tuc: []\n`.normalize("NFD");
const CANONICAL = `${SCHEMA}ma: ho-tich\nten: Hộ tịch\nphien_ban: "2026.10"\nthu_tuc: []\n`;

describe("tthc fmt", () => {
  test("a canonical catalogue: --check exits 0 and nothing changes", async () => {
    const before = readFileSync(join(cat, "linh-vuc/ho-tich.yaml"));
    const { code, stdout, stderr } = await runCli(["fmt", "--check"]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe("Tất cả 5 tệp đã ở dạng chuẩn.\n");
    expect(readFileSync(join(cat, "linh-vuc/ho-tich.yaml"))).toEqual(before);
  });

  test("--check lists the files that would change, exits 1, writes nothing; fmt then fixes them", async () => {
    const file = join(cat, "linh-vuc/ho-tich.yaml");
    writeFileSync(file, SCRAMBLED);
    const check = await runCli(["fmt", "--check"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toBe("catalogue/linh-vuc/ho-tich.yaml\n");
    expect(check.stderr).toBe("1/5 tệp chưa ở dạng chuẩn; chạy tthc fmt để định dạng.\n");
    expect(readFileSync(file, "utf8")).toBe(SCRAMBLED);

    const fix = await runCli(["fmt"]);
    expect(fix.code).toBe(0);
    expect(fix.stdout).toBe("catalogue/linh-vuc/ho-tich.yaml\n");
    expect(readFileSync(file, "utf8")).toBe(CANONICAL);
    expect(readdirSync(join(cat, "linh-vuc"))).toEqual(["ho-tich.yaml"]);

    expect((await runCli(["fmt", "--check"])).code).toBe(0);
  });

  test("the missing schema line points at the repository's schemas folder", async () => {
    writeFileSync(join(cat, "lich/2027.yaml"), "nam: 2027\nngay_nghi: []\nngay_lam_bu: []\n");
    expect((await runCli(["fmt", "catalogue/lich/2027.yaml"])).code).toBe(0);
    expect(readFileSync(join(cat, "lich/2027.yaml"), "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../schemas/lich.schema.json",
    );
  });

  test("paths: only the files named are formatted", async () => {
    writeFileSync(join(cat, "linh-vuc/ho-tich.yaml"), SCRAMBLED);
    writeFileSync(join(cat, "linh-vuc/chung-thuc.yaml"), SCRAMBLED.replace("ho-tich", "chung-thuc"));
    const { code, stdout } = await runCli(["fmt", "catalogue/linh-vuc/chung-thuc.yaml"]);
    expect(code).toBe(0);
    expect(stdout).toBe("catalogue/linh-vuc/chung-thuc.yaml\n");
    expect(readFileSync(join(cat, "linh-vuc/ho-tich.yaml"), "utf8")).toBe(SCRAMBLED);
  });

  test("a file that does not parse is reported with file:line:col, left untouched, exit 2; the others are formatted", async () => {
    const bad = "ma: ho-tich\nten: [Hộ tịch\nphien_ban: '1'\n";
    writeFileSync(join(cat, "linh-vuc/ho-tich.yaml"), bad);
    writeFileSync(join(cat, "linh-vuc/chung-thuc.yaml"), SCRAMBLED.replace("ho-tich", "chung-thuc"));
    const { code, stdout, stderr } = await runCli(["fmt"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^catalogue\/linh-vuc\/ho-tich\.yaml:\d+:\d+ {2}Lỗi cú pháp YAML/m);
    expect(stderr).toContain("catalogue/linh-vuc/ho-tich.yaml: chưa định dạng vì tệp có lỗi");
    expect(readFileSync(join(cat, "linh-vuc/ho-tich.yaml"), "utf8")).toBe(bad);
    expect(stdout).toBe("catalogue/linh-vuc/chung-thuc.yaml\n");
    // --check also says it could not do the job.
    expect((await runCli(["fmt", "--check"])).code).toBe(2);
  });

  test.each([
    [
      "--check",
      ["fmt", "--check"],
      "5/6 tệp đã ở dạng chuẩn. 1 tệp có lỗi nên chưa định dạng được, để nguyên; hãy sửa lỗi rồi chạy lại.\n",
    ],
    [
      "fmt",
      ["fmt"],
      "5/6 tệp đã ở dạng chuẩn, không cần định dạng lại. 1 tệp có lỗi nên chưa định dạng được, để nguyên; hãy sửa lỗi rồi chạy lại.\n",
    ],
    [
      "--check --lang en",
      ["fmt", "--check", "--lang", "en"],
      "5 of 6 file(s) are in canonical form. 1 file(s) with errors could not be formatted and were left unchanged; fix them and run again.\n",
    ],
  ])("with a broken file the summary (%s) never says all are canonical", async (_name, argv, last) => {
    writeFileSync(join(cat, "linh-vuc/chung-thuc.yaml"), "ma: chung-thuc\nten: [Chứng thực\n");
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr.split("\n").slice(-2).join("\n")).toBe(last);
    expect(stderr).not.toContain("Tất cả");
  });

  test("a file that is not UTF-8 is reported and left untouched, exit 2", async () => {
    const utf16 = Buffer.from("\ufeffma: ho-tich\n", "utf16le");
    writeFileSync(join(cat, "linh-vuc/ho-tich.yaml"), utf16);
    const { code, stderr } = await runCli(["fmt"]);
    expect(code).toBe(2);
    expect(stderr).toContain("catalogue/linh-vuc/ho-tich.yaml:1:1  Tệp được lưu bằng mã UTF-16");
    expect(readFileSync(join(cat, "linh-vuc/ho-tich.yaml"))).toEqual(utf16);
  });

  test("a .yaml file that is not a catalogue file is skipped with a note", async () => {
    writeFileSync(join(cat, "ghi-chu.yaml"), "b: 1\na: 2\n");
    const { code, stderr } = await runCli(["fmt", "--check"]);
    expect(code).toBe(0);
    expect(stderr).toContain("Bỏ qua catalogue/ghi-chu.yaml: không phải tệp của danh mục");
    expect(stderr).toContain("Tất cả 5 tệp đã ở dạng chuẩn.");
    expect(readFileSync(join(cat, "ghi-chu.yaml"), "utf8")).toBe("b: 1\na: 2\n");
  });

  test("a path that does not exist is exit 2", async () => {
    const { code, stderr } = await runCli(["fmt", "catalogue/linh-vuc/khong-co.yaml", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toBe("No such file or folder: catalogue/linh-vuc/khong-co.yaml. Check the path.\n");
  });

  test("a failing write leaves the original intact and no temporary file, exit 2", async () => {
    const file = join(cat, "linh-vuc/ho-tich.yaml");
    writeFileSync(file, SCRAMBLED);
    const failing: AtomicFs = {
      ...NODE_FS,
      open: async (path, flags, mode) => {
        const handle = await NODE_FS.open(path, flags, mode);
        return {
          writeFile: async (data) => {
            await handle.writeFile(typeof data === "string" ? data.slice(0, 10) : data.subarray(0, 10));
            throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const { ctx, out, err } = context();
    const code = await run({}, ctx, ["catalogue/linh-vuc/ho-tich.yaml"], failing);
    expect(code).toBe(2);
    expect(out.join("")).toBe("");
    expect(err.join("")).toContain("catalogue/linh-vuc/ho-tich.yaml: không ghi được (ENOSPC); tệp gốc vẫn giữ nguyên.");
    expect(readFileSync(file, "utf8")).toBe(SCRAMBLED);
    expect(readdirSync(join(cat, "linh-vuc"))).toEqual(["ho-tich.yaml"]);
  });

  test("a read-only folder leaves the original intact, exit 2", async () => {
    const file = join(cat, "linh-vuc/ho-tich.yaml");
    writeFileSync(file, SCRAMBLED);
    chmodSync(join(cat, "linh-vuc"), 0o555);
    try {
      let result: { code: number; stderr: string };
      if (canDropPrivileges) {
        // Root writes into a read-only folder anyway: run as a user the permissions apply to.
        chmodSync(work, 0o755);
        result = runUnprivileged(["fmt"], work);
      } else {
        const denied: AtomicFs = { ...NODE_FS, open: () => Promise.reject(Object.assign(new Error("denied"), { code: "EACCES" })) };
        const { ctx, err } = context();
        result = { code: await run({}, ctx, [], denied), stderr: err.join("") };
      }
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("không ghi được (EACCES)");
      expect(readFileSync(file, "utf8")).toBe(SCRAMBLED);
    } finally {
      chmodSync(join(cat, "linh-vuc"), 0o755);
    }
  });
});

describe("writeFileAtomic", () => {
  test.each(["sync", "rename"] as const)("a failing %s removes the temporary file and keeps the original", async (step) => {
    const file = join(work, "a.yaml");
    writeFileSync(file, "old\n");
    const failing: AtomicFs = {
      ...NODE_FS,
      open: async (path, flags, mode) => {
        const handle = await NODE_FS.open(path, flags, mode);
        return {
          writeFile: (data) => handle.writeFile(data),
          sync: step === "sync" ? async () => Promise.reject(new Error("EIO")) : () => handle.sync(),
          close: () => handle.close(),
        };
      },
      rename: step === "rename" ? async () => Promise.reject(new Error("EXDEV")) : (from, to) => NODE_FS.rename(from, to),
    };
    await expect(writeFileAtomic(file, "new\n", failing)).rejects.toThrow(step === "sync" ? "EIO" : "EXDEV");
    expect(readFileSync(file, "utf8")).toBe("old\n");
    expect(readdirSync(work).sort()).toEqual(["a.yaml", "catalogue", "schemas"]);
  });

  test("replaces the content and keeps the permission bits", async () => {
    const file = join(work, "a.yaml");
    writeFileSync(file, "old\n");
    chmodSync(file, 0o600);
    await writeFileAtomic(file, "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
