// `tthc validate --changed-since REV` (the lead's rule version-not-bumped) on a real git
// repository: a field file whose content changed but whose phien_ban did not is reported at
// the phien_ban line; bumping it makes the check clean.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { shallowFetchCommand } from "../../src/git/git.js";
import { copy } from "../support/copy.js";
import { baseFields, procedureIn } from "./base-fields.js";
import { makeRepo, type TestRepo } from "./git-repo.js";

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

test("a changed field file without a phien_ban bump, then bumped", async () => {
  const repo = makeRepo(baseFields());
  repos.push(repo);
  const dir = join(repo.dir, "catalogue");
  const head = copy(baseFields());
  procedureIn(head, "1.001193").phi_le_phi[1]!.so_tien = 5000;
  repo.writeFields(head);
  expect(repo.readFile("catalogue/linh-vuc/ho-tich.yaml").split("\n")[3]).toBe('phien_ban: "2026.1"');

  const stale = await repo.run(["validate", "--changed-since", "HEAD", "--catalogue", dir, "--format", "json"]);
  expect(stale.code).toBe(1);
  const report = JSON.parse(stale.stdout);
  expect(report.diagnostics.map((d: Record<string, unknown>) => [d.rule, d.file, d.line, d.column, d.path])).toEqual([
    ["version-not-bumped", "catalogue/linh-vuc/ho-tich.yaml", 4, 12, ["phien_ban"]],
  ]);
  // chung-thuc.yaml did not change, so it is neither reported nor counted.
  expect(report.files).toBe(1);

  head[0]!.phien_ban = "2026.2";
  repo.writeFields(head);
  const bumped = await repo.run(["validate", "--changed-since", "HEAD", "--catalogue", dir, "--format", "json"]);
  expect(bumped.code).toBe(0);
  expect(JSON.parse(bumped.stdout)).toMatchObject({ errors: 0, warnings: 0, diagnostics: [] });
});

describe("a shallow CI checkout (git clone --depth 1) of a branch", () => {
  test("says the fetch that brings origin/main, and that fetch makes --changed-since work", async () => {
    const repo = makeRepo(baseFields());
    repos.push(repo);
    repo.git("checkout", "-q", "-b", "sua-khai-sinh");
    const head = copy(baseFields());
    procedureIn(head, "1.001193").phi_le_phi[1]!.so_tien = 5000;
    head[0]!.phien_ban = "2026.2";
    repo.writeFields(head);
    repo.commit("Sửa lệ phí khai sinh");
    const clone = mkdtempSync(join(tmpdir(), "tthc-shallow-"));
    try {
      execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "sua-khai-sinh", `file://${repo.dir}`, clone], { stdio: "ignore" });
      const argv = ["validate", "--changed-since", "origin/main", "--format", "json"];
      const shallow = await repo.run(argv, { cwd: clone });
      expect(shallow.code).toBe(2);
      const fetch = "git fetch --depth=1 origin main:refs/remotes/origin/main";
      expect(shallow.stderr).toContain(`bản sao nông (shallow clone) nên chưa có phiên bản đó. Hãy lấy nó về: ${fetch}, rồi chạy lại.`);

      execFileSync("git", fetch.split(" ").slice(1), { cwd: clone, stdio: "ignore" });
      const fetched = await repo.run(argv, { cwd: clone });
      expect(fetched.stderr).toBe("");
      expect(fetched.code).toBe(0);
      expect(JSON.parse(fetched.stdout)).toMatchObject({ errors: 0, files: 1 });
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  test.each([
    ["origin/main", ["origin"], "git fetch --depth=1 origin main:refs/remotes/origin/main"],
    ["upstream/release/2026", ["origin", "upstream"], "git fetch --depth=1 upstream release/2026:refs/remotes/upstream/release/2026"],
    ["HEAD~1", ["origin"], "git fetch --unshallow origin"],
    ["3f2a9c1d", ["origin"], "git fetch --depth=1 origin 3f2a9c1d"],
    ["main", ["origin"], "git fetch --depth=1 origin main:main"],
  ])("%s → %s", (rev, remotes, expected) => {
    expect(shallowFetchCommand(rev, remotes)).toBe(expected);
  });
});
