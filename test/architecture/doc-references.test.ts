// The contracts the code follows live in this repository (docs/format.md, docs/cli.md,
// docs/domain.md): a comment that names one must name a file a clone has, and no comment may
// send the reader to a specification outside the repository.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SELF = relative(ROOT, import.meta.filename);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => path !== SELF && !path.startsWith("test/fixtures"));
}

const FILES = [...sources("src"), ...sources("test")].map((path) => ({ path, text: readFileSync(join(ROOT, path), "utf8") }));

/** Each `docs/<name>.md` named in a file, and lines that name a spec outside the repository. */
function findReferences(text: string): { docs: string[]; outside: string[] } {
  const docs = [...text.matchAll(/\bdocs\/([\w-]+\.md)/g)].map((m) => m[1]!);
  const outside = text.split("\n").filter((line) => /(^|[\s(`"'/])(spec\/[\w-]+\.md|catalogue-format\.md|shared\/spec)/.test(line));
  return { docs, outside };
}

describe("references from the code to the documents", () => {
  test("every docs/*.md named in src/ or test/ exists", () => {
    const missing = FILES.flatMap(({ path, text }) =>
      findReferences(text)
        .docs.filter((doc) => !existsSync(join(ROOT, "docs", doc)))
        .map((doc) => `${path}: docs/${doc}`),
    );
    expect(missing).toEqual([]);
  });

  test("no comment points to a specification outside the repository", () => {
    const outside = FILES.flatMap(({ path, text }) => findReferences(text).outside.map((line) => `${path}: ${line.trim()}`));
    expect(outside).toEqual([]);
  });

  test("the checks see both kinds of reference", () => {
    expect(findReferences("// see docs/format.md and docs/nope.md").docs).toEqual(["format.md", "nope.md"]);
    expect(findReferences("/** every option of spec/cli.md */\n// (catalogue-format.md, Layout)\nok").outside).toHaveLength(2);
  });
});
