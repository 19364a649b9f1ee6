// End to end through the real loader: two catalogue folders on disk, as `tthc effects --base
// DIR --head DIR` reads them. The pure rules are tested with catalogues in memory; this only
// checks that the command, the loader and the computation fit together.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test } from "vitest";
import { run } from "../../src/cli/commands/effects.js";
import type { CommandContext } from "../../src/cli/context.js";

const root = mkdtempSync(join(tmpdir(), "tthc-effects-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test("base and head folders: khai sinh loses its other cost, khai tử gains the online channel", async () => {
  const fixture = fileURLToPath(new URL("../fixtures/base/", import.meta.url));
  cpSync(fixture, join(root, "base"), { recursive: true });
  cpSync(fixture, join(root, "head"), { recursive: true });
  const file = join(root, "head", "linh-vuc", "ho-tich.yaml");
  const text = readFileSync(file, "utf8");
  const edited = text
    .replace("    chi_phi_khac: 20000\n", "")
    .replace(
      "      - kenh: truc_tiep\n    thanh_phan_ho_so:\n      - ten: Giấy báo tử",
      "      - kenh: truc_tiep\n      - kenh: truc_tuyen\n    thanh_phan_ho_so:\n      - ten: Giấy báo tử",
    );
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);

  const out: string[] = [];
  const ctx: CommandContext = {
    lang: "vi",
    color: false,
    quiet: false,
    debug: false,
    cwd: root,
    isTTY: false,
    stdout: (t) => out.push(t),
    stderr: () => {},
    stdoutBytes: () => {},
    env: {},
  };
  expect(await run({ base: "base", head: "head", format: "json" }, ctx)).toBe(0);
  const report = JSON.parse(out.join(""));
  // khai sinh: (1,5 h × 30.681,8181… + 0 fee + 20.000) × 1.200 = 79.227.273 → 55.227.273 without
  // the 20.000; khai tử has no so_ho_so_nam.
  expect(report.totals).toMatchObject({
    procedures_base: 2,
    procedures_head: 2,
    procedures_simplified: 2,
    compliance_cost_before_vnd: 79_227_273,
    compliance_cost_after_vnd: 55_227_273,
    compliance_cost_saved_vnd: 24_000_000,
    compliance_cost_cut_percent: 30.29,
  });
  expect(report.procedures.map((p: { code: string; actions: string[] }) => [p.code, p.actions])).toEqual([
    ["1.001193", ["lower_cost"]],
    ["1.000656", ["add_channel"]],
  ]);
  expect(report.missing_volume).toEqual({ base: ["1.000656"], head: ["1.000656"] });
});
