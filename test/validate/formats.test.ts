import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type Ajv4Type from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { renderValidateSarif } from "../../src/render/validate/validate-sarif.js";
import { summarize } from "../../src/render/validate/validate-report.js";
import { cleanup, copyBaseCatalogue, replaceOnce, runCli } from "./harness.js";

const require = createRequire(import.meta.url);
// A CommonJS class: required, since a default import of it does not type-check under NodeNext.
const Ajv4 = require("ajv-draft-04") as typeof Ajv4Type.default;
const made: string[] = [];
afterAll(() => made.forEach(cleanup));

const NFD = "Thủ tục đăng ký khai tử".normalize("NFD");
let dir: string;
beforeAll(() => {
  // Two errors (one with a comma and a colon in its message) and one warning, in two files.
  dir = copyBaseCatalogue({
    "linh-vuc/ho-tich.yaml": (t) =>
      replaceOnce("ten: Thủ tục đăng ký khai tử", `ten: ${NFD}`)(replaceOnce("        mau: TK-KS", "        mau: TK-XX")(t)),
    "co-quan.yaml": replaceOnce("- id: cong-an-xa-a", "- id: ubnd-xa-a"),
  });
  made.push(dir);
});

async function run(format: string, extra: string[] = []) {
  return runCli(["validate", "--catalogue", ".", "--format", format, ...extra], dir);
}

describe("--format sarif", () => {
  it("is valid SARIF 2.1.0 with one result a finding", async () => {
    const { code, stdout } = await run("sarif");
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe("2.1.0");
    const results = log.runs[0].results;
    expect(results).toHaveLength(3);
    const form = results.find((r: { ruleId: string }) => r.ruleId === "unknown-form");
    expect(form.level).toBe("error");
    expect(form.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "linh-vuc/ho-tich.yaml" },
      region: { startLine: 29, startColumn: 14, endLine: 29, endColumn: 19 },
    });
    const rules = log.runs[0].tool.driver.rules;
    expect(rules[form.ruleIndex].id).toBe("unknown-form");
  });

  it("names the project's address from package.json as informationUri, and no placeholder when it has none", async () => {
    const log = JSON.parse((await run("sarif")).stdout);
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { homepage?: string };
    expect(log.runs[0].tool.driver.informationUri).toBe(pkg.homepage);
    const report = summarize("catalogue", [], 0, []);
    const options = { lang: "vi" as const, color: false, version: "0.1.0", rules: [] };
    const given = JSON.parse(renderValidateSarif(report, { ...options, homepage: "https://tthc.example.vn/" }));
    expect(given.runs[0].tool.driver.informationUri).toBe("https://tthc.example.vn/");
    const none = JSON.parse(renderValidateSarif(report, options));
    expect(none.runs[0].tool.driver).not.toHaveProperty("informationUri");
  });
});

describe("--format github", () => {
  it("writes one workflow annotation a finding, in the documented syntax", async () => {
    const { code, stdout } = await run("github");
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    // ::error file={name},line={line},col={col},endLine={endLine},endColumn={endColumn},title={title}::{message}
    const syntax = /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]+$/;
    for (const line of lines) expect(line).toMatch(syntax);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=co-quan\.yaml,line=5,col=9,.*title=tthc duplicate-id::/));
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=linh-vuc\/ho-tich\.yaml,line=53,col=10,/));
  });

  it("escapes %, newlines, and , : in properties", async () => {
    const { renderValidateGithub } = await import("../../src/render/validate/validate-github.js");
    const out = renderValidateGithub({
      catalogue: "c",
      files: 1,
      fileList: ["a,b:c.yaml"],
      procedures: 0,
      errors: 1,
      warnings: 0,
      diagnostics: [
        { file: "a,b:c.yaml", line: 1, column: 2, endLine: 1, endColumn: 3, severity: "error", rule: "x", message: "50%\nmore", path: [] },
      ],
    });
    expect(out).toBe("::error file=a%2Cb%3Ac.yaml,line=1,col=2,endLine=1,endColumn=3,title=tthc x::50%25%0Amore\n");
  });
});

describe("--format junit", () => {
  it("is well-formed XML with one testcase per file, failing where a file has errors", async () => {
    const { code, stdout } = await run("junit");
    expect(code).toBe(1);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(stdout);
    const suite = xml.testsuites.testsuite;
    const cases = suite.testcase as { name: string; failure?: unknown; "system-out"?: string }[];
    expect(cases.map((c) => c.name).sort()).toEqual([
      "co-quan.yaml",
      "lich/2026.yaml",
      "linh-vuc/ho-tich.yaml",
      "tthc.yaml",
      "van-ban.yaml",
    ]);
    expect(Number(suite.tests)).toBe(5);
    expect(Number(suite.failures)).toBe(2);
    expect(cases.find((c) => c.name === "tthc.yaml")!.failure).toBeUndefined();
    expect(cases.find((c) => c.name === "co-quan.yaml")!.failure).toBeDefined();
    expect(cases.find((c) => c.name === "linh-vuc/ho-tich.yaml")!["system-out"]).toContain("nfc");
  });
});

describe("--format json and stylish", () => {
  it("json has the keys of docs/cli.md", async () => {
    const { code, stdout } = await run("json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["catalogue", "files", "procedures", "errors", "warnings", "diagnostics"]);
    expect(report).toMatchObject({ catalogue: ".", files: 5, procedures: 2, errors: 2, warnings: 1 });
    expect(Object.keys(report.diagnostics[0]).sort()).toEqual(
      ["column", "endColumn", "endLine", "file", "line", "message", "path", "rule", "severity"].sort(),
    );
  });

  it("stylish lists problems by file with a Vietnamese summary, no colour when piped", async () => {
    const { code, stdout } = await run("stylish");
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toContain("co-quan.yaml\n  5:9");
    expect(stdout).toContain("✖ Danh mục .: 5 tệp, 2 thủ tục; 3 vấn đề (2 lỗi, 1 cảnh báo).");
  });

  it("--lang en gives English messages and summary", async () => {
    const { stdout } = await run("stylish", ["--lang", "en"]);
    expect(stdout).toContain('Form "TK-XX" is not in this procedure\'s mau_don');
    expect(stdout).toContain("✖ Catalogue .: 5 files, 2 procedures; 3 problem(s) (2 error(s), 1 warning(s)).");
  });

  it("FORCE_COLOR colours the stylish output", async () => {
    const { stdout } = await runCli(["validate", "--catalogue", "."], dir, { FORCE_COLOR: "1" });
    expect(stdout).toMatch(/\u001b\[31m/);
  });

  it("the exit code does not depend on the format", async () => {
    const codes = await Promise.all(["stylish", "json", "github", "sarif", "junit"].map(async (f) => (await run(f)).code));
    expect(new Set(codes)).toEqual(new Set([1]));
  });
});
