// Nesting past 64 levels is a finding on both parse paths: the quick one (js-yaml, the depth
// walked in its data) and the careful one (the yaml library), with aliases or without; up to 64
// levels is data like any other. The deep-nesting fixture of the rule table is far deeper
// (thousands of brackets, where the parsers run out of stack); these stay in the parser's reach.
import { describe, expect, test } from "vitest";
import { MAX_DEPTH, parseYaml } from "../../src/parse/parse-yaml.js";

const flow = (levels: number) => `v: ${"[".repeat(levels)}1${"]".repeat(levels)}\n`;
const block = (levels: number) => `v:\n${Array.from({ length: levels }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}1\n`;

describe("nesting depth", () => {
  test.each([
    ["brackets on one line (the quick path)", flow],
    ["block sequences, one per line (the quick path)", block],
    ["brackets with an alias in the text (the careful walk)", (n: number) => `a: &x 1\nb: *x\n${flow(n)}`],
    ["brackets over two lines (the careful path)", (n: number) => flow(n).replace("1", "\n  1")],
  ])("%s", (_name, make) => {
    const deepest = MAX_DEPTH; // arrays inside the root mapping: the innermost at depth 64
    expect(parseYaml(make(deepest)).problems).toEqual([]);
    expect(parseYaml(make(deepest + 1)).problems.map((p) => p.rule)).toEqual(["nesting-too-deep"]);
  });
});
