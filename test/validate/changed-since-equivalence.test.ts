// --changed-since reads only the files that changed from the base and never checks the base
// again; its findings must be exactly those of the full way: check the whole base, check the
// head against it, and report what is in a changed file or what the base did not have. Every
// rule case and every bad-input fixture, as a committed change (HEAD~1, as CI runs it) and as
// an uncommitted one (HEAD), and against the base as a folder (every file read).
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BAD_INPUT_CASES, RULE_CASES } from "./cases.js";
import { checkCatalogue } from "../../src/lint/check-catalogue.js";
import { checkFiles } from "../../src/lint/check-files.js";
import { parseFiles } from "../../src/lint/parse-files.js";
import { sameContent } from "../../src/model/parsed-file.js";
import type { Diagnostic } from "../../src/model/problem.js";
import { diskSource } from "../../src/source/disk-source.js";
import { BASE, FIXTURES, cleanup, copyBaseCatalogue, validateJson, type Edit } from "./harness.js";

const made: string[] = [];
afterEach(() => made.splice(0).forEach(cleanup));

const CASES: { name: string; edits: Record<string, Edit> }[] = [
  ...RULE_CASES.filter((c) => c.args === undefined).map((c) => ({ name: `${c.expect.rule}: ${c.name}`, edits: c.edits })),
  ...BAD_INPUT_CASES.map((c) => ({
    name: `bad input: ${c.fixture}`,
    edits: { [`linh-vuc/${c.fixture}.yaml`]: readFileSync(join(FIXTURES, "bad-input", `${c.fixture}.yaml`)) },
  })),
];

function git(dir: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "-c", "core.autocrlf=false", ...args], { cwd: dir, stdio: "pipe" });
}

/** A repository whose first commit is the base catalogue with `before` and whose work tree has `after`. */
function repositoryWith(before: Record<string, Edit>, after: Record<string, Edit>, commit: boolean): string {
  const repo = copyBaseCatalogue(before);
  made.push(repo);
  git(repo, "init", "-q");
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "base");
  const edited = copyBaseCatalogue(after);
  made.push(edited);
  for (const entry of readdirSync(repo)) if (entry !== ".git") rmSync(join(repo, entry), { recursive: true, force: true });
  cpSync(edited, repo, { recursive: true });
  if (commit) {
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "change");
  }
  return repo;
}

const key = (file: string, rule: string, path: unknown) => `${file}\u0000${rule}\u0000${JSON.stringify(path)}`;

/**
 * The reference, as --changed-since worked before it learnt to skip unchanged files: parse and
 * check the whole base, check the head against it, and keep the findings of changed files and
 * those the base did not have.
 */
async function reference(repo: string, baseDir: string): Promise<Diagnostic[]> {
  const before = await parseFiles(diskSource(baseDir, repo));
  const base = new Map(before.map((f) => [f.relative, f]));
  const known = new Set(checkFiles(before).map((p) => key(p.file, p.rule, p.path)));
  const head = await checkCatalogue(diskSource(repo, repo), "vi", base);
  const changed = new Set(
    head.files.filter((f) => !base.has(f.relative) || !sameContent(base.get(f.relative)!.text, f.text)).map((f) => f.relative),
  );
  return head.diagnostics.filter((d) => changed.has(d.file) || !known.has(key(d.file, d.rule, d.path)));
}

describe.each(CASES.map((c, i) => ({ ...c, commit: i % 2 === 0 })))("--changed-since, $name", (c) => {
  it(`gives the findings of two full checks (${c.commit ? "committed, HEAD~1" : "uncommitted, HEAD"}; and the base as a folder)`, async () => {
    const repo = repositoryWith({}, c.edits, c.commit);
    const want = await reference(repo, BASE);
    expect(want.length, "each case changes something that is reported").toBeGreaterThan(0);
    const fromGit = await validateJson(repo, ["--changed-since", c.commit ? "HEAD~1" : "HEAD"]);
    const fromFolder = await validateJson(repo, ["--changed-since", BASE]);
    expect(fromGit.stderr).toBe("");
    expect(fromGit.report.diagnostics).toEqual(want);
    expect(fromFolder.report.diagnostics).toEqual(want);
    expect(fromGit.code).toBe(fromFolder.code);
  });
});

// The other way round: the base already has the finding and the change touches another file.
// What the base had is not the change's, so only what the touched file brings is reported.
const TOUCH: Edit = (text) => `${text}# sửa đổi\n`;
const untouched = (edits: Record<string, Edit>) => ["tthc.yaml", "co-quan.yaml", "van-ban.yaml"].find((f) => !(f in edits))!;
describe.each(CASES)("--changed-since when the base already had it, $name", (c) => {
  it("reports only what the change brings", async () => {
    const baseDir = copyBaseCatalogue(c.edits);
    made.push(baseDir);
    const touched = untouched(c.edits);
    const repo = repositoryWith(c.edits, { ...c.edits, [touched]: TOUCH }, true);
    const want = await reference(repo, baseDir);
    const all = (await validateJson(repo)).report.diagnostics;
    const fromGit = await validateJson(repo, ["--changed-since", "HEAD~1"]);
    const fromFolder = await validateJson(repo, ["--changed-since", baseDir]);
    expect(fromGit.report.diagnostics).toEqual(want);
    expect(fromFolder.report.diagnostics).toEqual(want);
    // Not vacuous: the full check finds what the base had, and --changed-since leaves it out.
    expect(all.filter((d) => d.file !== touched).length).toBeGreaterThan(0);
    expect(want.filter((d) => d.file !== touched)).toEqual([]);
  });
});

it("covers every rule case without arguments and every bad-input fixture", () => {
  expect(CASES.length).toBe(RULE_CASES.filter((c) => c.args === undefined).length + BAD_INPUT_CASES.length);
  expect(CASES.length).toBeGreaterThan(40);
});

// A schema finding that a cross-file finding stood in for in the base (a code that breaks the
// pattern and is also a duplicate: unique-code says more) comes back in an unchanged file when
// the change removes the duplicate elsewhere. It is new, so it is reported, cache or no cache.
describe("--changed-since, a finding that comes back in an unchanged file", () => {
  it("reports the schema finding the base's cross-file finding had stood in for", async () => {
    const broken = (text: string) => text.replace('- ma: "1.001193"', '- ma: "1.0011930"');
    const second = (text: string) => broken(text).replace("ma: ho-tich", "ma: hai").replace('- ma: "1.000656"', '- ma: "2.000656"');
    const hoTich = readFileSync(join(BASE, "linh-vuc", "ho-tich.yaml"), "utf8");
    const committed = { "linh-vuc/ho-tich.yaml": broken, "linh-vuc/hai.yaml": second(hoTich) };
    const repo = repositoryWith({}, committed, true);
    const baseDir = copyBaseCatalogue(committed);
    made.push(baseDir);
    const hai = join(repo, "linh-vuc", "hai.yaml");
    const text = readFileSync(hai, "utf8");
    writeFileSync(hai, text.replace('- ma: "1.0011930"', '- ma: "2.001193"').replace('phien_ban: "2026.1"', 'phien_ban: "2026.2"'));
    const want = await reference(repo, baseDir);
    expect(want.map((d) => `${d.file} ${d.rule} ${d.path.join("/")}`)).toContain("linh-vuc/ho-tich.yaml invalid-pattern thu_tuc/0/ma");
    for (const extra of [["--no-cache"], []]) {
      const run = await validateJson(repo, ["--changed-since", "HEAD", ...extra]);
      expect(run.report.diagnostics).toEqual(want);
    }
  });
});
