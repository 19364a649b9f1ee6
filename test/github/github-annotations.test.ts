import { describe, expect, test } from "vitest";
import { renderGithubAnnotations, renderGithubSummary, type Annotation } from "../../src/render/github/github-annotations.js";

const at = (severity: Annotation["severity"], line: number, message = `m${line}`): Annotation => ({
  severity,
  file: "catalogue/linh-vuc/ho-tich.yaml",
  line,
  column: 3,
  endLine: line,
  endColumn: 9,
  title: "tthc unique-code",
  message,
});

/** Every workflow command line: ::kind props::message, nothing else on the line. */
const COMMAND = /^::(error|warning|notice) [^:]*::[^\r\n]*$/;

describe("annotations within GitHub's limits", () => {
  test("errors first, at most 10 of each kind, then one notice counting the rest", () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => at("warning", i + 1)),
      ...Array.from({ length: 12 }, (_, i) => at("error", 100 + i)),
    ];
    const lines = renderGithubAnnotations(findings, "vi").trimEnd().split("\n");
    expect(lines).toHaveLength(21);
    expect(lines.slice(0, 10).every((l) => l.startsWith("::error "))).toBe(true);
    expect(lines.slice(10, 20).every((l) => l.startsWith("::warning "))).toBe(true);
    expect(lines[20]).toMatch(/^::notice title=tthc::Còn 6 phát hiện khác không hiện được/);
    expect(lines[0]).toContain("line=100,");
    for (const line of lines) expect(line).toMatch(COMMAND);
  });

  test("no notice when everything is annotated; English with lang en", () => {
    expect(renderGithubAnnotations([at("error", 1)], "vi")).not.toContain("::notice");
    const many = Array.from({ length: 11 }, (_, i) => at("error", i + 1));
    expect(renderGithubAnnotations(many, "en")).toContain("::notice title=tthc::1 more finding(s) are not annotated");
  });

  test.each([
    ["a workflow command in a message", "50%0A::error::x"],
    ["a line break in a message", "first\n::error::x"],
    ["a carriage return", "first\r::error::x"],
  ])("%s injects nothing", (_name, message) => {
    const out = renderGithubAnnotations([at("warning", 1, message)], "vi");
    expect(out.split("\n").filter(Boolean)).toHaveLength(1);
    expect(out).not.toMatch(/\n::error/);
    expect(out).toMatch(/%25|%0A|%0D/);
  });

  test("properties escape , and : so a file name cannot add a property", () => {
    const out = renderGithubAnnotations([{ ...at("error", 1), file: "a,line=999:b.yaml", title: "t,x:y" }], "vi");
    expect(out).toContain("file=a%2Cline=999%3Ab.yaml,");
    expect(out).toContain("title=t%2Cx%3Ay::");
  });
});

describe("the job summary", () => {
  test("lists every finding, beyond the annotation limit, most serious first", () => {
    const findings = [...Array.from({ length: 15 }, (_, i) => at("warning", i + 1)), at("error", 50, "Mã | trùng")];
    const md = renderGithubSummary("tthc validate", findings, "vi");
    const rows = md.split("\n").filter((l) => l.startsWith("| catalogue/"));
    expect(rows).toHaveLength(16);
    expect(rows[0]).toContain("| lỗi |");
    expect(rows[0]).toContain("Mã \\| trùng");
    expect(md).toContain("| Tệp:dòng:cột | Mức | Quy tắc | Nội dung |");
  });
});
