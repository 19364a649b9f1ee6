// The structure of src/ (docs/architecture.md): every folder stands on a floor, and a module
// imports only from its own folder or from a lower floor, so data flows one way and no circle
// can form. A new folder must be given a floor here, which is where its place is decided.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

/** Lowest first. A folder may import from its own floor's other folders only when listed in SIDEWAYS. */
const FLOORS: string[][] = [
  ["model"], // types and pure predicates
  ["words"], // how values read, in both languages
  ["git", "parse", "schema"], // git's commands; YAML with positions; compiled schemas
  ["source", "rules"], // [io] files from disk or git; cross-file rules
  ["lint"], // the engine: parse, schema, rules, positions, loading a catalogue
  ["calendar", "amend", "fmt"], // pure computations
  ["effects", "stats", "post", "portal"], // pure computations built on the ones below
  ["render", "views", "site", "init"], // renderers: data in, text or bytes out; a new repository's files
  ["cli"], // flags in, exit code out
];

/** Imports between folders of one floor that are part of the design. */
const SIDEWAYS = new Set(["site -> render"]);

const floorOf = new Map(FLOORS.flatMap((folders, floor) => folders.map((folder) => [folder, floor] as const)));

function listModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listModules(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Relative specifiers of every static import, re-export and dynamic import(), resolved to .ts files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm)].map((m) => m[1]!);
  return specifiers.map((spec) => {
    const target = resolve(dirname(file), spec);
    const ts = target.replace(/\.js$/, ".ts");
    return modules.has(ts) ? ts : target.replace(/\.js$/, ".tsx");
  });
}

const folderOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;
const modules = new Set(listModules(SRC));
const graph = new Map([...modules].map((file) => [file, importsOf(file)]));

function findWrongImports(imports: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of imports) {
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (from === to) continue;
      const [a, b] = [floorOf.get(from)!, floorOf.get(to)!];
      if (b > a || (b === a && !SIDEWAYS.has(`${from} -> ${to}`))) wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    }
  }
  return wrong;
}

function findCycles(imports: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const target of imports.get(file) ?? []) {
      if (state.get(target) === "open")
        cycles.push([...stack.slice(stack.indexOf(target)), target].map((f) => relative(SRC, f)).join(" → "));
      else if (!state.has(target) && imports.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of imports.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe("the import graph of src/", () => {
  test("every import resolves to a module of src/", () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !modules.has(t)).map((t) => `${relative(SRC, file)} → ${relative(SRC, t)}`),
    );
    expect(missing).toEqual([]);
  });

  test("every folder stands on a floor", () => {
    const folders = [...new Set([...modules].map(folderOf))].filter((f) => !/\.tsx?$/.test(f));
    expect(folders.filter((f) => !floorOf.has(f))).toEqual([]);
  });

  test("no import points up a floor, nor sideways unless the design says so", () => {
    expect(findWrongImports(graph)).toEqual([]);
  });

  test("no module imports itself through a circle", () => {
    expect(findCycles(graph)).toEqual([]);
  });

  test("the checks see an upward import, a sideways one and a circle", () => {
    const m = (path: string) => join(SRC, path);
    const bad = new Map([
      [m("model/a.ts"), [m("cli/main.ts")]],
      [m("effects/b.ts"), [m("stats/c.ts")]],
      [m("cli/main.ts"), [m("model/a.ts")]],
    ]);
    expect(findWrongImports(bad)).toEqual(["model/a.ts → cli/main.ts", "effects/b.ts → stats/c.ts"]);
    expect(findCycles(bad)).toEqual(["model/a.ts → cli/main.ts → model/a.ts"]);
  });
});
