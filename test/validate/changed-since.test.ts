// --changed-since reports what the change did: findings in changed files, and any finding the
// base did not have, wherever it stands; line endings alone are no change.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseFiles } from "../../src/lint/parse-files.js";
import type { CatalogueSource } from "../../src/source/source.js";
import { cleanup, copyBaseCatalogue, replaceOnce, runCli, validateJson } from "./harness.js";

const made: string[] = [];
afterAll(() => made.forEach(cleanup));
const keep = (dir: string) => (made.push(dir), dir);

describe("--changed-since", () => {
  it("a base that differs only in line endings (CRLF) is no change", async () => {
    const base = keep(copyBaseCatalogue());
    const path = join(base, "linh-vuc", "ho-tich.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace(/\n/g, "\r\n"));
    const head = keep(copyBaseCatalogue());
    const { code, report } = await validateJson(head, ["--changed-since", base]);
    expect(report.diagnostics).toEqual([]);
    expect(report.files).toBe(0);
    expect(code).toBe(0);
  });

  it("a deleted required file is reported", async () => {
    const base = keep(copyBaseCatalogue());
    const head = keep(copyBaseCatalogue({ "van-ban.yaml": null }));
    const { code, report } = await validateJson(head, ["--changed-since", base]);
    expect(report.diagnostics.map((d) => `${d.file}:${d.rule}`)).toContain("van-ban.yaml:missing-file");
    expect(code).toBe(1);
  });

  it("a finding the change causes in an untouched file is reported; one the base had is not", async () => {
    const base = keep(copyBaseCatalogue({ "co-quan.yaml": replaceOnce("- id: cong-an-xa-a", "- id: ubnd-xa-a") }));
    // The head removes a legal document that ho-tich.yaml (unchanged) cites.
    const head = keep(
      copyBaseCatalogue({
        "co-quan.yaml": replaceOnce("- id: cong-an-xa-a", "- id: ubnd-xa-a"),
        "van-ban.yaml": replaceOnce(
          "  - id: 04/2020/TT-BTP\n    so_hieu: 04/2020/TT-BTP\n",
          "  - id: 04/2020/TT-BTX\n    so_hieu: 04/2020/TT-BTX\n",
        ),
      }),
    );
    const { code, report } = await validateJson(head, ["--changed-since", base]);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.rule}`)).toEqual(["linh-vuc/ho-tich.yaml:41:unknown-document"]);
    expect(code).toBe(1);
  });

  it("an empty revision (an unset CI variable) is exit 2, not a silent pass", async () => {
    const dir = keep(copyBaseCatalogue());
    const run = await runCli(["validate", "--catalogue", ".", "--changed-since", ""], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("để trống");
  });

  it("finds the catalogue's git repository when run from elsewhere", async () => {
    const repo = keep(copyBaseCatalogue());
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
    git("init", "-q");
    git("-c", "user.name=t", "-c", "user.email=t@t", "add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base");
    const run = await runCli(["validate", "--catalogue", repo, "--changed-since", "HEAD", "--format", "json"], "/");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});

describe("reading many files", () => {
  it("never has more than 16 reads open at once", async () => {
    let open = 0;
    let most = 0;
    const source: CatalogueSource = {
      label: "many",
      displayPath: (r) => r,
      list: async () => Array.from({ length: 200 }, (_, i) => `lich/x${i}.yaml`),
      read: async () => {
        open++;
        most = Math.max(most, open);
        await new Promise((r) => setTimeout(r, 1));
        open--;
        return new TextEncoder().encode("nam: 2026\nngay_nghi: []\nngay_lam_bu: []\n");
      },
    };
    const files = await parseFiles(source);
    expect(files).toHaveLength(200);
    expect(most).toBeLessThanOrEqual(16);
  });
});

describe("rules do not repeat what the schema says about bad data", () => {
  it.each([
    [
      "a mistyped repeal date",
      { "van-ban.yaml": replaceOnce("het_hieu_luc_tu: 2020-07-16", "het_hieu_luc_tu: 2020-02-30") },
      ["invalid-date"],
    ],
    [
      "a negative deadline",
      {
        "linh-vuc/ho-tich.yaml": replaceOnce(
          "thoi_han:\n      gia_tri: 1\n      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
          "thoi_han:\n      gia_tri: -1\n      don_vi: ngay_lam_viec\n    cach_thuc:\n      - kenh: truc_tiep\n      - kenh: truc_tuyen",
        ),
      },
      ["out-of-range"],
    ],
    [
      "a calendar range without its end, among other entries",
      {
        "lich/2026.yaml": replaceOnce(
          "{ tu: 2026-02-16, den: 2026-02-20, ly_do: Tết Nguyên đán }",
          "{ tu: 2026-02-16, ly_do: Tết Nguyên đán }\n  - { ngay: 2026-02-30 }\n  - { ngay: 2026-02-31 }",
        ),
      },
      ["invalid-date", "invalid-date", "required"],
    ],
  ])("%s", async (_name, edits, rules) => {
    const dir = keep(copyBaseCatalogue(edits));
    const { report } = await validateJson(dir);
    expect(report.diagnostics.map((d) => d.rule).sort()).toEqual([...rules].sort());
    if (rules.includes("required")) expect(report.diagnostics.find((d) => d.rule === "required")!.message).toContain("(den)");
  });
});
