// validate keeps a file's text only while it is needed: a file that parses without a finding
// gives up its text (its data and a fingerprint stay), and a later finding in it reads the text
// again for its line:column. The rule table (rules.test.ts) checks every position through this.
import { describe, expect, it } from "vitest";
import { parseFiles, restoreTexts } from "../../src/lint/parse-files.js";
import { sameFile } from "../../src/model/parsed-file.js";
import { diskSource } from "../../src/source/disk-source.js";
import { cleanup, copyBaseCatalogue, replaceOnce } from "./harness.js";

describe("dropping the text of clean files", () => {
  it("keeps data and fingerprint, drops the text of a clean file, keeps the text of one with a parse finding", async () => {
    const dir = copyBaseCatalogue({ "lich/2026.yaml": (t) => `${t}\tngay_thua: 1\n` });
    try {
      const files = await parseFiles(diskSource(dir, dir), undefined, { dropText: true, fingerprint: true });
      const field = files.find((f) => f.relative === "linh-vuc/ho-tich.yaml")!;
      expect(field.text).toBeUndefined();
      expect(field.fingerprint).toMatch(/^[\w+/]+=*$/);
      expect(field.data).toHaveProperty("thu_tuc");
      const broken = files.find((f) => f.relative === "lich/2026.yaml")!;
      expect(broken.problems.length).toBeGreaterThan(0);
      expect(broken.text).toContain("ngay_thua");

      const plain = await parseFiles(diskSource(dir, dir), undefined, { dropText: true });
      expect(plain.find((f) => f.relative === "linh-vuc/ho-tich.yaml")!.fingerprint).toBeUndefined(); // only --changed-since pays for it

      await restoreTexts(diskSource(dir, dir), files, [{ file: "linh-vuc/ho-tich.yaml" }]);
      expect(field.text).toContain("thu_tuc:");
      expect(files.find((f) => f.relative === "tthc.yaml")!.text).toBeUndefined();
    } finally {
      cleanup(dir);
    }
  });

  it("tells unchanged from changed by fingerprint, line endings aside", async () => {
    const base = copyBaseCatalogue();
    const crlf = copyBaseCatalogue({ "co-quan.yaml": (t) => t.replace(/\n/g, "\r\n") });
    const edited = copyBaseCatalogue({ "co-quan.yaml": replaceOnce("- id: cong-an-xa-a", "- id: cong-an-xa-b") });
    try {
      const read = async (dir: string) =>
        (await parseFiles(diskSource(dir, dir), undefined, { dropText: true, fingerprint: true })).find(
          (f) => f.relative === "co-quan.yaml",
        )!;
      const [a, b, c] = await Promise.all([read(base), read(crlf), read(edited)]);
      expect([a.text, b.text, c.text]).toEqual([undefined, undefined, undefined]);
      expect(sameFile(a, b)).toBe(true);
      expect(sameFile(a, c)).toBe(false);
    } finally {
      [base, crlf, edited].forEach(cleanup);
    }
  });
});
