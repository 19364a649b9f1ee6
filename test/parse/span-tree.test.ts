// The fast locator must put every path where the yaml library puts it: compared over every
// path of every file of the bundled catalogue and the test fixtures, and over edge cases.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { JsonPath } from "../../src/model/problem.js";
import { locatePath } from "../../src/parse/locate.js";
import { parseWithPositions } from "../../src/parse/parse-yaml.js";
import { buildSpanTree, locateInSpanTree } from "../../src/parse/span-tree.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith(".yaml") ? [path] : [];
  });
}

/** Every path of the data, and each with `at: "key"` where it ends in a key. */
function allPaths(data: unknown, path: JsonPath = [], out: [JsonPath, "key" | "value"][] = []): [JsonPath, "key" | "value"][] {
  out.push([path, "value"]);
  if (typeof path[path.length - 1] === "string") out.push([path, "key"]);
  if (Array.isArray(data)) data.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (data !== null && typeof data === "object") for (const [k, v] of Object.entries(data)) allPaths(v, [...path, k], out);
  // Missing keys and items: the nearest parent.
  if (data !== null && typeof data === "object") out.push([[...path, Array.isArray(data) ? 999 : "khong_co"], "value"]);
  return out;
}

function compare(text: string): { checked: number; unsure: number; mismatches: string[] } {
  const { doc } = parseWithPositions(text);
  const tree = buildSpanTree(text)!;
  let checked = 0;
  let unsure = 0;
  const mismatches: string[] = [];
  for (const [path, at] of allPaths(doc.toJS())) {
    const fast = locateInSpanTree(text, tree, path, at);
    if (fast === "unsure") {
      unsure++;
      continue;
    }
    checked++;
    const slow = locatePath(doc, path, at);
    if (!slow || fast[0] !== slow[0] || fast[1] !== slow[1]) {
      mismatches.push(
        `${JSON.stringify(path)} ${at}: fast ${JSON.stringify(fast)} ${JSON.stringify(text.slice(fast[0], fast[1]).slice(0, 30))} vs yaml ${JSON.stringify(slow)} ${JSON.stringify(slow ? text.slice(slow[0], slow[1]).slice(0, 30) : "")}`,
      );
    }
  }
  return { checked, unsure, mismatches };
}

const FILES = [...yamlFiles(join(ROOT, "catalogue")), ...yamlFiles(join(ROOT, "test", "fixtures", "base"))];

describe("the span tree locates like the yaml library", () => {
  it.each(FILES.map((f) => [f.slice(ROOT.length + 1)]))("%s", (file) => {
    const result = compare(readFileSync(join(ROOT, file), "utf8"));
    expect(result.mismatches.slice(0, 5)).toEqual([]);
    expect(result.checked).toBeGreaterThan(result.unsure);
  });

  it.each([
    ["flow and block mixed", 'a: 1\nb:\n  - x\n  - { k: v, m: [1, 2] }\nc: "q" # c\nd:\n  e: f\n'],
    ["empty values", "a:\nb: ~\nc:\n  - x\nd: {x: 1, y: 2}\n"],
    ["folded and literal text", "a: >-\n  dòng một\n  dòng hai\nb: |\n  x\n  y\nc: 'một ''hai'''\n"],
    ["comments between key and value", "a: # ghi chú\n  b: 1\nc:\n  # ghi chú\n  - 2\n"],
    ["a document marker and CRLF", "---\r\na: 1\r\nb:\r\n  - c\r\n"],
  ])("%s", (_name, text) => {
    const result = compare(text);
    expect(result.mismatches).toEqual([]);
  });
});
