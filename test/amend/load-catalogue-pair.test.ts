// diff and effects load BASE and HEAD together (loadCataloguePair): a file with the same bytes on
// both sides is parsed once and stands in both. The reference is what they did before: two
// loadCatalogue calls. Both give the same catalogues, the same diff and effects JSON, and the
// same refusals (which one first, and every finding with its position), whatever the sources.

import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { diffCatalogues } from "../../src/amend/diff-catalogues.js";
import { computeEffects } from "../../src/effects/compute-effects.js";
import { loadCatalogue, loadCataloguePair, type CataloguePair } from "../../src/lint/load-catalogue.js";
import type { Field } from "../../src/model/catalogue.js";
import { UnreadableCatalogue } from "../../src/model/refusal.js";
import { renderDiffJson } from "../../src/render/diff/diff-json.js";
import { renderEffectsJson } from "../../src/render/effects/effects-json.js";
import { makeProcedure } from "../support/builders.js";
import { copy } from "../support/copy.js";
import { baseFields, procedureIn } from "./base-fields.js";
import { makeRepo, type TestRepo } from "./git-repo.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** BASE: ho-tich and chung-thuc of the base fixture, dat-dai (two procedures) and tu-phap (one). */
function baseCatalogueFields(): Field[] {
  return [
    ...baseFields(),
    {
      ma: "dat-dai",
      ten: "Đất đai",
      phien_ban: "2026.1",
      thu_tuc: [makeProcedure({ ma: "2.000001" }), makeProcedure({ ma: "2.000002", ten: "Thủ tục chuyển đi" })],
    },
    { ma: "tu-phap", ten: "Tư pháp", phien_ban: "2026.1", thu_tuc: [makeProcedure({ ma: "3.000001" })] },
  ];
}

/**
 * HEAD: ho-tich changed (a shorter deadline), chung-thuc and tu-phap untouched, dat-dai removed,
 * moi added with a new procedure and 2.000002 moved into it from dat-dai.
 */
function headCatalogueFields(): Field[] {
  const fields = copy(baseCatalogueFields());
  procedureIn(fields, "1.001193").thoi_han.gia_tri = 2;
  const moved = procedureIn(fields, "2.000002");
  return [
    ...fields.filter((field) => field.ma !== "dat-dai"),
    { ma: "moi", ten: "Lĩnh vực mới", phien_ban: "2026.1", thu_tuc: [makeProcedure({ ma: "4.000001" }), moved] },
  ];
}

function newRepo(fields: Field[]): TestRepo {
  const repo = makeRepo(fields);
  cleanups.push(() => repo.cleanup());
  return repo;
}

/** The catalogue folder as it is now, copied out of the repository: a BASE given as a folder. */
function folderCopy(repo: TestRepo): string {
  const dir = mkdtempSync(join(tmpdir(), "tthc-pair-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(repo.dir, "catalogue"), join(dir, "catalogue"), { recursive: true });
  return join(dir, "catalogue");
}

interface Scene {
  repo: TestRepo;
  base: string;
  head?: string;
  /** Field files expected to be parsed once and shared by both sides. */
  shared: string[];
}

const SCENES: [string, () => Scene][] = [
  [
    "two commits",
    () => {
      const repo = newRepo(baseCatalogueFields());
      repo.writeFields(headCatalogueFields());
      repo.commit("Sửa đổi");
      return { repo, base: "HEAD~1", head: "HEAD", shared: ["chung-thuc", "tu-phap"] };
    },
  ],
  [
    "a commit and the working tree",
    () => {
      const repo = newRepo(baseCatalogueFields());
      repo.writeFields(headCatalogueFields());
      return { repo, base: "HEAD", shared: ["chung-thuc", "tu-phap"] };
    },
  ],
  [
    "a commit and the same working tree",
    () => ({ repo: newRepo(baseCatalogueFields()), base: "main", shared: ["ho-tich", "chung-thuc", "dat-dai", "tu-phap"] }),
  ],
  [
    "the same commit twice",
    () => ({ repo: newRepo(baseCatalogueFields()), base: "HEAD", head: "main", shared: ["ho-tich", "chung-thuc", "dat-dai", "tu-phap"] }),
  ],
  [
    "a folder and the working tree",
    () => {
      const repo = newRepo(baseCatalogueFields());
      const folder = folderCopy(repo);
      repo.writeFields(headCatalogueFields());
      return { repo, base: folder, shared: ["chung-thuc", "tu-phap"] };
    },
  ],
  [
    "a commit and a folder",
    () => {
      const repo = newRepo(baseCatalogueFields());
      repo.writeFields(headCatalogueFields());
      const folder = folderCopy(repo);
      return { repo, base: "HEAD", head: folder, shared: ["chung-thuc", "tu-phap"] };
    },
  ],
];

/** What diff and effects did before: each revision loaded on its own, BASE first. */
async function reference(repo: TestRepo, base: string, head?: string): Promise<CataloguePair> {
  return { base: await loadCatalogue({ cwd: repo.dir }, base), head: await loadCatalogue({ cwd: repo.dir }, head) };
}

const fieldOf = (catalogue: CataloguePair["base"], ma: string) => catalogue.fields.find((f) => f.field.ma === ma)?.field;

describe("loadCataloguePair gives what two loadCatalogue calls give", () => {
  test.each(SCENES)("%s", async (_name, scene) => {
    const { repo, base, head, shared } = scene();
    const expected = await reference(repo, base, head);
    const pair = await loadCataloguePair({ cwd: repo.dir }, base, head);
    expect(pair).toEqual(expected);

    // The unchanged files are parsed once: the very same data on both sides; the others are not.
    for (const field of ["ho-tich", "chung-thuc", "dat-dai", "tu-phap", "moi"]) {
      const [before, after] = [fieldOf(pair.base, field), fieldOf(pair.head, field)];
      if (shared.includes(field)) expect(after, field).toBe(before);
      else if (before !== undefined && after !== undefined) expect(after, field).not.toBe(before);
    }

    // The commands print what the reference catalogues give.
    const headLabel = head ?? "working tree";
    const diff = await repo.run(["diff", base, ...(head === undefined ? [] : [head]), "--format", "json"]);
    expect(diff.stderr).toBe("");
    expect(diff.stdout).toBe(renderDiffJson(diffCatalogues(expected.base, expected.head, { base, head: headLabel })));
    const effects = await repo.run(["effects", "--base", base, ...(head === undefined ? [] : ["--head", head]), "--format", "json"]);
    expect(effects.stderr).toBe("");
    expect(effects.stdout).toBe(
      renderEffectsJson(computeEffects(expected.base, expected.head, { by: "field", baseLabel: base, headLabel }), {
        lang: "vi",
        color: false,
      }),
    );
  });
});

/** A refusal as people see it: its kind, its message, and each finding with its position in both languages. */
async function outcome(load: () => Promise<unknown>): Promise<unknown> {
  try {
    await load();
    return "loaded";
  } catch (error) {
    if (error instanceof UnreadableCatalogue) {
      return { revision: error.revision, vi: error.diagnostics("vi"), en: error.diagnostics("en") };
    }
    return { name: (error as Error).name, message: (error as Error).message };
  }
}

const BROKEN_YAML = "  - ma: [khong dong ngoac\n";

const REFUSALS: [string, (repo: TestRepo) => { base: string; head?: string }][] = [
  [
    "BASE does not parse, HEAD is mended",
    (repo) => {
      repo.writeFile("catalogue/linh-vuc/tu-phap.yaml", repo.readFile("catalogue/linh-vuc/tu-phap.yaml") + BROKEN_YAML);
      repo.commit("Hỏng");
      repo.writeFields(baseCatalogueFields());
      return { base: "HEAD" };
    },
  ],
  [
    "HEAD does not parse in a changed file (working tree)",
    (repo) => {
      repo.writeFile("catalogue/linh-vuc/ho-tich.yaml", repo.readFile("catalogue/linh-vuc/ho-tich.yaml") + BROKEN_YAML);
      return { base: "HEAD" };
    },
  ],
  [
    "HEAD breaks the schema in a changed file (a commit): the finding is positioned",
    (repo) => {
      const fields = headCatalogueFields();
      (procedureIn(fields, "1.001193").thoi_han as unknown as Record<string, unknown>).gia_tri = "ba";
      repo.writeFields(fields);
      repo.commit("Sai kiểu");
      return { base: "HEAD~1", head: "HEAD" };
    },
  ],
  ["HEAD is a revision that does not exist", () => ({ base: "HEAD", head: "khong-co" })],
  [
    "HEAD does not exist and BASE does not parse: BASE is said first",
    (repo) => {
      repo.writeFile("catalogue/linh-vuc/tu-phap.yaml", repo.readFile("catalogue/linh-vuc/tu-phap.yaml") + BROKEN_YAML);
      repo.commit("Hỏng");
      return { base: "HEAD", head: "khong-co" };
    },
  ],
  ["BASE does not exist", () => ({ base: "khong-co" })],
];

describe("loadCataloguePair refuses as two loadCatalogue calls do", () => {
  test.each(REFUSALS)("%s", async (_name, arrange) => {
    const repo = newRepo(baseCatalogueFields());
    const { base, head } = arrange(repo);
    const expected = await outcome(() => reference(repo, base, head));
    expect(expected).not.toBe("loaded");
    expect(await outcome(() => loadCataloguePair({ cwd: repo.dir }, base, head))).toEqual(expected);
  });
});
