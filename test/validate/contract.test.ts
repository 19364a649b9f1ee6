// The contract over all rules: every rule has a stable id, a Vietnamese and an English title,
// and at least one failing fixture somewhere in the validate tests.
import { describe, expect, it } from "vitest";
import type { ErrorObject } from "ajv";
import { ALL_RULES } from "../../src/rules/registry.js";
import { schemaProblems } from "../../src/schema/schema-problems.js";
import { argsFor, BAD_INPUT_CASES, RULE_CASES } from "./cases.js";
import { cleanup, copyBaseCatalogue, validateJson } from "./harness.js";

/** Rules whose failing fixture is not in the two tables, and where it is instead. */
const ELSEWHERE: Record<string, string> = {
  "file-too-large": "bad-input.test.ts, the generated 50 MB file; test/hostile, a 3 GB sparse file",
  "unreadable-file": "test/hostile/hostile.test.ts: a FIFO, a symlink, a file and a folder without read permission",
  schema: "this file: an error of a schema keyword without its own message",
};

describe("the rule contract", () => {
  it.each(ALL_RULES.map((r) => [r.id, r] as const))("%s has an id, a severity and titles in both languages", (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(["error", "warning"]).toContain(rule.severity);
    expect(rule.title.vi.length).toBeGreaterThan(5);
    expect(rule.title.en.length).toBeGreaterThan(5);
    expect(rule.title.vi).not.toBe(rule.title.en);
  });

  it("rule ids are unique", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every rule has at least one failing fixture", () => {
    const covered = new Set([...RULE_CASES.map((c) => c.expect.rule), ...BAD_INPUT_CASES.map((c) => c.rule), ...Object.keys(ELSEWHERE)]);
    const missing = ALL_RULES.map((r) => r.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it("every rule case gives a message in Vietnamese and a different one in English", async () => {
    for (const c of RULE_CASES) {
      const dir = copyBaseCatalogue(c.edits);
      try {
        const vi = await validateJson(dir, argsFor(c));
        const en = await validateJson(dir, [...argsFor(c), "--lang", "en"]);
        const pickOne = (r: typeof vi) => r.report.diagnostics.find((d) => d.rule === c.expect.rule)!;
        expect(pickOne(vi).message, c.name).toMatch(/[ăâđêôơưĂÂĐÊÔƠƯàáảãạ]/u);
        expect(pickOne(en).message, c.name).not.toBe(pickOne(vi).message);
        expect(pickOne(en).message, c.name).toMatch(/^[\x20-\x7e\u00a0-\u024f\u1e00-\u1eff…“”’→–≥≤]+$/u);
      } finally {
        cleanup(dir);
      }
    }
  });

  it("a schema keyword without its own message still becomes a positioned finding (rule schema)", () => {
    const error = {
      instancePath: "/thu_tuc/0/so_ho_so_nam",
      schemaPath: "#/properties/so_ho_so_nam/multipleOf",
      keyword: "multipleOf",
      params: { multipleOf: 10 },
      message: "must be multiple of 10",
      parentSchema: { title: "số hồ sơ mỗi năm", "x-title-en": "dossiers a year" },
      data: 1205,
    } as unknown as ErrorObject;
    expect(schemaProblems([error])).toEqual([expect.objectContaining({ rule: "schema", path: ["thu_tuc", 0, "so_ho_so_nam"] })]);
  });
});
