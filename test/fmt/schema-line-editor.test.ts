// The schema line as an editor uses it, in an office's repository outside this one: the real
// yaml-language-server opens a field file and shows the schema's Vietnamese description when the
// person hovers over thoi_han; after `tthc fmt` it still does. fmt keeps a line that works in
// whatever style the repository chose, mends one that points nowhere, and adds a missing one
// only where schemas exist.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";
import { YamlLanguageServer } from "./yaml-language-server.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BASE = join(ROOT, "test/fixtures/base");
const FILES = ["tthc.yaml", "co-quan.yaml", "van-ban.yaml", "lich/2026.yaml", "linh-vuc/ho-tich.yaml"];
const FIELD = "catalogue/linh-vuc/ho-tich.yaml";
const HOVER = "Thời hạn giải quyết thủ tục theo quy định: một con số và đơn vị";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * An office repository in a temporary folder: the base catalogue under catalogue/, the schemas
 * at `schemas` (relative to the repository; none when undefined), and each file's schema line
 * made by `line(file)` (the file's path inside catalogue/), or removed when it gives undefined.
 */
function officeRepo(schemas: string | undefined, line: (file: string) => string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), "tthc-office-"));
  made.push(dir);
  if (schemas !== undefined) cpSync(join(ROOT, "schemas"), join(dir, schemas), { recursive: true });
  for (const file of FILES) {
    const path = join(dir, "catalogue", file);
    mkdirSync(dirname(path), { recursive: true });
    const body = readFileSync(join(BASE, file), "utf8").replace(/^# yaml-language-server: .*\n/, "");
    const ref = line(file);
    writeFileSync(path, ref === undefined ? body : `# yaml-language-server: $schema=${ref}\n${body}`);
  }
  return dir;
}

const up = (file: string) => "../".repeat(file.split("/").length);
/** tthc.yaml → tthc.schema.json, lich/2026.yaml → lich.schema.json, linh-vuc/x.yaml → linh-vuc.schema.json. */
const schemaName = (file: string) => `${file.split("/")[0]!.replace(/\.yaml$/, "")}.schema.json`;

async function fmt(dir: string, files: string[] = []) {
  const err: string[] = [];
  const code = await main(["fmt", ...files], { cwd: dir, env: {}, isTTY: false, stdout: () => undefined, stderr: (t) => void err.push(t) });
  return { code, stderr: err.join("") };
}

const firstLine = (dir: string, file = FIELD) => readFileSync(join(dir, file), "utf8").split("\n")[0];

let server: YamlLanguageServer;
beforeAll(async () => {
  server = new YamlLanguageServer(tmpdir());
  await server.initialize(tmpdir());
});
afterAll(() => server.close());

describe("yaml-language-server over an office repository, before and after tthc fmt", { timeout: 60_000 }, () => {
  test.each([
    {
      name: "schemas copied into the repository (as tthc init does): ../../schemas/",
      schemas: "schemas",
      line: (file: string) => `${up(file)}schemas/${schemaName(file)}`,
      after: "# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json",
    },
    {
      name: "the installed package's schemas: node_modules/tthc/schemas/",
      schemas: "node_modules/tthc/schemas",
      line: (file: string) => `${up(file)}node_modules/tthc/schemas/${schemaName(file)}`,
      after: "# yaml-language-server: $schema=../../node_modules/tthc/schemas/linh-vuc.schema.json",
    },
  ])("$name: the line is kept and the hover still works", async ({ schemas, line, after }) => {
    const dir = officeRepo(schemas, line);
    expect(await server.hover(join(dir, FIELD), "thoi_han")).toContain(HOVER);
    expect(await fmt(dir)).toMatchObject({ code: 0 });
    expect(firstLine(dir)).toBe(after);
    expect(await server.hover(join(dir, FIELD), "thoi_han")).toContain(HOVER);
  });

  test("a line copied from tthc's own repository points nowhere: fmt points it at the repository's schemas", async () => {
    const dir = officeRepo("schemas", (file) => `${up(file)}../../schemas/${schemaName(file)}`);
    expect(await server.hover(join(dir, FIELD), "thoi_han")).not.toContain(HOVER);
    expect(await fmt(dir)).toMatchObject({ code: 0 });
    expect(firstLine(dir)).toBe("# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json");
    expect(firstLine(dir, "catalogue/tthc.yaml")).toBe("# yaml-language-server: $schema=../schemas/tthc.schema.json");
    expect(await server.hover(join(dir, FIELD), "thoi_han")).toContain(HOVER);
  });

  test("a missing line is added in the style the other files use (node_modules), and works", async () => {
    const dir = officeRepo("node_modules/tthc/schemas", (file) =>
      file === "linh-vuc/ho-tich.yaml" ? undefined : `${up(file)}node_modules/tthc/schemas/${schemaName(file)}`,
    );
    expect(await fmt(dir, [FIELD])).toMatchObject({ code: 0 });
    expect(firstLine(dir)).toBe("# yaml-language-server: $schema=../../node_modules/tthc/schemas/linh-vuc.schema.json");
    expect(await server.hover(join(dir, FIELD), "thoi_han")).toContain(HOVER);
  });
});

describe("tthc fmt and schema lines it cannot check with an editor", () => {
  test("a web address is kept as written, and a missing line follows it", async () => {
    const address = "https://tthc.example.vn/schemas/";
    const dir = officeRepo(undefined, (file) => (file === "linh-vuc/ho-tich.yaml" ? undefined : `${address}${schemaName(file)}`));
    expect(await fmt(dir)).toMatchObject({ code: 0 });
    expect(firstLine(dir, "catalogue/tthc.yaml")).toBe(`# yaml-language-server: $schema=${address}tthc.schema.json`);
    expect(firstLine(dir)).toBe(`# yaml-language-server: $schema=${address}linh-vuc.schema.json`);
  });

  test("no schemas anywhere: no line to nowhere is added", async () => {
    const dir = officeRepo(undefined, () => undefined);
    expect(await fmt(dir)).toMatchObject({ code: 0 });
    for (const file of FILES) expect(firstLine(dir, `catalogue/${file}`)).not.toContain("yaml-language-server");
  });
});
