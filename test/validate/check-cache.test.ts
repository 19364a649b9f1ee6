// The check cache (src/source/check-cache.ts, docs/cli.md) changes how soon validate answers,
// never what it says: on every rule case and bad-input fixture, a first run (the cache empty),
// a second (every file from the cache) and a run without the cache give the same findings,
// positions included; so do --changed-since runs.
// An entry is used only for the same path, bytes and code; a broken or unwritable cache is none.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { afterEach, describe, expect, it } from "vitest";
import { validateCatalogue, type ValidateRequest } from "../../src/lint/validate-catalogue.js";
import { openCheckCache } from "../../src/source/check-cache.js";
import { BAD_INPUT_CASES, RULE_CASES } from "./cases.js";
import { FIXTURES, cleanup, copyBaseCatalogue, type Edit } from "./harness.js";

const made: string[] = [];
afterEach(() => made.splice(0).forEach(cleanup));
const temporary = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

const CASES: { name: string; edits: Record<string, Edit> }[] = [
  ...RULE_CASES.filter((c) => c.args === undefined).map((c) => ({ name: `${c.expect.rule}: ${c.name}`, edits: c.edits })),
  ...BAD_INPUT_CASES.map((c) => ({
    name: `bad input: ${c.fixture}`,
    edits: { [`linh-vuc/${c.fixture}.yaml`]: readFileSync(join(FIXTURES, "bad-input", `${c.fixture}.yaml`)) },
  })),
];

const CODE = "code-id-of-this-test";

function validate(dir: string, cacheDir: string | undefined, extra: Partial<ValidateRequest> = {}) {
  return validateCatalogue({ cwd: dir, catalogueOption: ".", lang: "vi", cacheDir, cacheCodeId: CODE, ...extra });
}

/** The one cache file a run leaves under `root`. */
function cacheFileIn(root: string): string {
  const [folder] = readdirSync(root);
  const [file] = readdirSync(join(root, folder!));
  return join(root, folder!, file!);
}

function git(dir: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "-c", "core.autocrlf=false", ...args], { cwd: dir, stdio: "pipe" });
}

describe.each(CASES)("check cache, $name", (c) => {
  it("gives the same findings empty, full and left out; and with --changed-since", async () => {
    const dir = copyBaseCatalogue(c.edits);
    made.push(dir);
    const cache = temporary("tthc-cache-");
    const without = await validate(dir, undefined);
    const cold = await validate(dir, cache);
    const warm = await validate(dir, cache);
    expect(cold).toEqual(without);
    expect(warm).toEqual(without);

    // The same change as a commit on the base: cold and warm --changed-since agree with no cache.
    const repo = copyBaseCatalogue();
    made.push(repo);
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "base");
    for (const entry of readdirSync(dir)) execFileSync("cp", ["-R", join(dir, entry), repo]);
    const since = { changedSince: "HEAD" };
    const sinceCache = temporary("tthc-cache-");
    const plain = await validate(repo, undefined, since);
    expect(await validate(repo, sinceCache, since)).toEqual(plain);
    expect(await validate(repo, sinceCache, since)).toEqual(plain);
    // And a full run after them, from the entries they left.
    expect(await validate(repo, sinceCache)).toEqual(await validate(repo, undefined));
  });
});

describe("what a cache entry is used for", () => {
  it("is what the second run reports: the entry is read, not the file", async () => {
    const dir = copyBaseCatalogue();
    made.push(dir);
    const cache = temporary("tthc-cache-");
    expect((await validate(dir, cache)).diagnostics).toEqual([]);
    const file = cacheFileIn(cache);
    const stored = deserialize(readFileSync(file)) as { entries: Record<string, { problems: unknown[] }> };
    const entry = Object.values(stored.entries).find((e) => (e as { kind?: string }).kind === "field")!;
    entry.problems.push({ file: "linh-vuc/ho-tich.yaml", rule: "nfc", path: ["ten"], message: { vi: "từ bộ nhớ đệm", en: "cached" } });
    writeFileSync(file, serialize(stored));
    const warm = await validate(dir, cache);
    expect(warm.diagnostics.map((d) => d.message)).toEqual(["từ bộ nhớ đệm"]);
  });

  it("is not used for other bytes, another path or another build", async () => {
    const dir = copyBaseCatalogue();
    made.push(dir);
    const cache = temporary("tthc-cache-");
    await validate(dir, cache);
    const field = join(dir, "linh-vuc", "ho-tich.yaml");
    writeFileSync(field, readFileSync(field, "utf8").replace("so_tien: 0\n", "so_tien: 1.5\n"));
    expect((await validate(dir, cache)).diagnostics.map((d) => d.rule)).toEqual(["fee-amount"]);
    writeFileSync(field, readFileSync(field, "utf8").replace("so_tien: 1.5\n", "so_tien: 0\n"));
    renameSync(field, join(dir, "linh-vuc", "ho-tich-2.yaml"));
    expect((await validate(dir, cache)).diagnostics.map((d) => d.rule)).toEqual(["field-code-mismatch"]);

    const root = temporary("tthc-cache-");
    const a = openCheckCache(dir, "build a", root)!;
    a.put({ key: "k", schemaValid: true, problems: [] });
    a.save();
    expect(openCheckCache(dir, "build a", root)!.get("k")).toMatchObject({ key: "k" });
    expect(openCheckCache(dir, "build b", root)!.get("k")).toBeUndefined();
    expect(openCheckCache(join(dir, "linh-vuc"), "build a", root)!.get("k")).toBeUndefined();
  });

  it("is none when the cache file is broken or cannot be written, and validate says the same", async () => {
    const dir = copyBaseCatalogue({ "linh-vuc/ho-tich.yaml": (t) => t.replace("so_tien: 0\n", "so_tien: 1.5\n") });
    made.push(dir);
    const want = await validate(dir, undefined);
    const cache = temporary("tthc-cache-");
    await validate(dir, cache);
    const file = cacheFileIn(cache);
    writeFileSync(file, "not a cache");
    expect(await validate(dir, cache)).toEqual(want);
    expect(readFileSync(file).subarray(0, 11).toString()).not.toBe("not a cache");
    const notAFolder = join(temporary("tthc-cache-"), "file");
    writeFileSync(notAFolder, "");
    expect(await validate(dir, notAFolder)).toEqual(want);
  });
});

describe("the cache folder", () => {
  it("loses tthc's own folders and files unused for 30 days, and nothing else", () => {
    const root = temporary("tthc-cache-");
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    const oldBuild = join(root, "0123456789abcdef");
    const other = join(root, "other-tool");
    mkdirSync(oldBuild);
    mkdirSync(other);
    writeFileSync(join(root, "notes.txt"), "x");
    for (const path of [oldBuild, other, join(root, "notes.txt")]) utimesSync(path, old, old);
    const cache = openCheckCache("/a/catalogue", "build", root)!;
    cache.put({ key: "k", schemaValid: true, problems: [] });
    cache.save();
    expect(readdirSync(root).sort()).toEqual(
      [readdirSync(root).find((n) => /^[0-9a-f]{16}$/.test(n) && n !== "0123456789abcdef"), "notes.txt", "other-tool"].sort(),
    );
  });
});

describe("tthc validate, the built command", () => {
  it("keeps its cache in TTHC_CACHE_DIR, and none with --no-cache", () => {
    const dir = copyBaseCatalogue();
    made.push(dir);
    const bin = join(import.meta.dirname, "..", "..", "bin", "tthc.js");
    const run = (cache: string, ...args: string[]) =>
      spawnSync(process.execPath, [bin, "validate", "--catalogue", dir, ...args], { env: { ...process.env, TTHC_CACHE_DIR: cache } });
    const none = temporary("tthc-cache-");
    expect(run(none, "--no-cache").status).toBe(0);
    expect(readdirSync(none)).toEqual([]);
    const used = temporary("tthc-cache-");
    const first = run(used);
    expect(first.status).toBe(0);
    expect(readFileSync(cacheFileIn(used)).length).toBeGreaterThan(0);
    expect(run(used).stdout.toString()).toBe(first.stdout.toString());
  });
});
