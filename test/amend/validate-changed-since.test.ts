// `tthc validate --changed-since REV` (the lead's rule version-not-bumped) on a real git
// repository: a field file whose content changed but whose phien_ban did not is reported at
// the phien_ban line; bumping it makes the check clean.

import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
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
