import { afterAll, describe, expect, it } from "vitest";
import { cleanup, copyBaseCatalogue, validateJson } from "./harness.js";
import { argsFor, RULE_CASES } from "./cases.js";

const made: string[] = [];
afterAll(() => made.forEach(cleanup));

describe("the base catalogue", () => {
  it("validates clean", async () => {
    const dir = copyBaseCatalogue();
    made.push(dir);
    const { code, report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ files: 5, procedures: 2, errors: 0, warnings: 0 });
  });
});

describe.each(RULE_CASES)("$expect.rule: $name", (c) => {
  it("is found at its file, line:column and path", async () => {
    const dir = copyBaseCatalogue(c.edits);
    made.push(dir);
    const { code, report } = await validateJson(dir, argsFor(c));
    const found = report.diagnostics.filter((d) => d.rule === c.expect.rule);
    expect(found.length, JSON.stringify(report.diagnostics, null, 1)).toBeGreaterThan(0);
    expect(found).toContainEqual(
      expect.objectContaining({
        file: c.expect.file,
        line: c.expect.line,
        column: c.expect.column,
        severity: c.expect.severity ?? "error",
        ...(c.expect.path ? { path: c.expect.path } : {}),
      }),
    );
    expect(code).toBe((c.expect.severity ?? "error") === "error" ? 1 : 0);
  });
});
