import { existsSync, realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { checkCatalogue } from "../../lint/check-catalogue.js";
import { checkFiles } from "../../lint/check-files.js";
import { parseFiles } from "../../lint/parse-files.js";
import { sameContent, type ParsedFile } from "../../model/parsed-file.js";
import { pick } from "../../model/lang.js";
import { ALL_RULES } from "../../rules/registry.js";
import { diskSource } from "../../source/disk-source.js";
import { findWorkingCatalogue, openSource } from "../../source/open-source.js";
import { summarize, type ValidateRenderOptions, type ValidateReport } from "../../render/validate/validate-report.js";
import { renderValidateStylish } from "../../render/validate/validate-stylish.js";
import { renderValidateJson } from "../../render/validate/validate-json.js";
import { renderValidateGithub } from "../../render/validate/validate-github.js";
import { renderValidateSarif } from "../../render/validate/validate-sarif.js";
import { renderValidateJunit } from "../../render/validate/validate-junit.js";
import { packageVersion } from "../main.js";
import { UserError, type CommandContext } from "../context.js";

const RENDERERS: Record<string, (report: ValidateReport, options: ValidateRenderOptions) => string> = {
  stylish: renderValidateStylish,
  json: renderValidateJson,
  github: renderValidateGithub,
  sarif: renderValidateSarif,
  junit: renderValidateJunit,
};

export interface ValidateOptions {
  format?: string;
  failOn?: string;
  changedSince?: string;
  maxWarnings?: string;
}

/** PATHS → catalogue-relative paths; a path outside the catalogue is the user's mistake. */
function selectPaths(ctx: CommandContext, dir: string, paths: string[]): Set<string> | undefined {
  if (paths.length === 0) return undefined;
  const root = realpathSync(dir);
  const selected = new Set<string>();
  for (const p of paths) {
    const abs = resolve(ctx.cwd, p);
    if (!existsSync(abs)) {
      throw new UserError(pick(ctx.lang, { vi: `Không có tệp "${p}". Kiểm tra lại đường dẫn.`, en: `There is no file "${p}". Check the path.` }));
    }
    const rel = relative(root, realpathSync(abs)).split(sep).join("/");
    if (rel.startsWith("..")) {
      throw new UserError(
        pick(ctx.lang, {
          vi: `Tệp "${p}" không nằm trong danh mục ${relative(ctx.cwd, dir) || "."}. Chỉ kiểm tra được tệp của danh mục.`,
          en: `"${p}" is not inside the catalogue ${relative(ctx.cwd, dir) || "."}.`,
        }),
      );
    }
    selected.add(rel === "" ? "" : rel);
  }
  return selected;
}

function findingKey(file: string, rule: string, path: (string | number)[]): string {
  return `${file}\u0000${rule}\u0000${JSON.stringify(path)}`;
}

/** A display path back to catalogue-relative ("catalogue/linh-vuc/a.yaml" → "linh-vuc/a.yaml"). */
function relativeOf(prefix: string, display: string): string {
  return prefix !== "" && display.startsWith(prefix) ? display.slice(prefix.length) : display;
}

function inSelection(selected: Set<string>, rel: string): boolean {
  for (const s of selected) if (s === "" || s === rel || rel.startsWith(`${s}/`)) return true;
  return false;
}

/** `tthc validate`: exit 0 clean, 1 findings at or above --fail-on (or too many warnings), 2 could not check. */
export async function run(opts: ValidateOptions, ctx: CommandContext, args: string[] = []): Promise<number> {
  const format = opts.format ?? "stylish";
  const render = RENDERERS[format];
  if (!render) {
    throw new UserError(pick(ctx.lang, { vi: `Định dạng "${format}" không có. Chọn: ${Object.keys(RENDERERS).join(", ")}.`, en: `Unknown format "${format}". Choose: ${Object.keys(RENDERERS).join(", ")}.` }));
  }
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (opts.maxWarnings.trim() === "" || !Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UserError(pick(ctx.lang, { vi: `--max-warnings cần một số nguyên không âm, không phải "${opts.maxWarnings}".`, en: `--max-warnings needs a whole number ≥ 0, not "${opts.maxWarnings}".` }));
    }
  }
  const dir = findWorkingCatalogue(ctx);
  const source = diskSource(dir, ctx.cwd);
  const selected = selectPaths(ctx, dir, args);

  let base: Map<string, ParsedFile> | undefined;
  let known: Set<string> | undefined;
  if (opts.changedSince !== undefined) {
    const opened = await openSource(ctx, opts.changedSince);
    const before = await parseFiles(opened.source);
    base = new Map(before.map((f) => [f.relative, f]));
    // What the base already had: a finding that is new is the change's, wherever it stands.
    known = new Set(checkFiles(before).map((f) => findingKey(source.displayPath(f.file), f.rule, f.path)));
  }
  const result = await checkCatalogue(source, ctx.lang, base);

  let reported = result.files;
  if (base) {
    const before = base;
    reported = reported.filter((f) => !before.has(f.relative) || !sameContent(before.get(f.relative)!.text, f.text));
  }
  if (selected) reported = reported.filter((f) => inSelection(selected, f.relative));
  const shown = new Set(reported.map((f) => source.displayPath(f.relative)));
  const allShown = !base && !selected;
  const diagnostics = allShown
    ? result.diagnostics
    : result.diagnostics.filter(
        (d) =>
          shown.has(d.file) ||
          (known !== undefined && !known.has(findingKey(d.file, d.rule, d.path)) && (!selected || inSelection(selected, relativeOf(source.displayPath(""), d.file)))),
      );
  const listed = new Set([...shown, ...diagnostics.map((d) => d.file)]);

  const report = summarize(
    source.label,
    allShown ? result.files.map((f) => source.displayPath(f.relative)) : [...listed],
    result.procedures,
    diagnostics,
  );
  const output = render(report, { lang: ctx.lang, color: ctx.color, version: packageVersion(), rules: ALL_RULES });
  if (!(ctx.quiet && format === "stylish" && diagnostics.length === 0)) ctx.stdout(output);

  if (report.errors > 0) return 1;
  if (opts.failOn === "warning" && report.warnings > 0) return 1;
  if (maxWarnings !== undefined && report.warnings > maxWarnings) return 1;
  return 0;
}
