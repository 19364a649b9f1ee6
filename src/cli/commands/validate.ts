import { pick } from "../../model/lang.js";
import { ALL_RULES } from "../../rules/registry.js";
import { validateCatalogue, validateExitCode } from "../../lint/validate-catalogue.js";
import { summarize, type ValidateRenderOptions, type ValidateReport } from "../../render/validate/validate-report.js";
import { renderValidateStylish } from "../../render/validate/validate-stylish.js";
import { renderValidateJson } from "../../render/validate/validate-json.js";
import { renderValidateGithub, renderValidateGithubSummary } from "../../render/validate/validate-github.js";
import { cacheRoot } from "../../source/check-cache.js";
import { appendStepSummary, findAnnotationRoot, relativeToRoot } from "../../source/github-environment.js";
import { renderValidateSarif } from "../../render/validate/validate-sarif.js";
import { renderValidateJunit } from "../../render/validate/validate-junit.js";
import { packageHomepage, packageVersion } from "../version.js";
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
  /** False with --no-cache. */
  cache?: boolean;
}

/** `tthc validate`: exit 0 clean, 1 problems at or above --fail-on (or too many warnings), 2 could not check. */
export async function run(opts: ValidateOptions, ctx: CommandContext, args: string[] = []): Promise<number> {
  const format = opts.format ?? "stylish";
  const render = RENDERERS[format];
  if (!render) {
    throw new UserError(
      pick(ctx.lang, {
        vi: `Định dạng "${format}" không có. Chọn: ${Object.keys(RENDERERS).join(", ")}.`,
        en: `Unknown format "${format}". Choose: ${Object.keys(RENDERERS).join(", ")}.`,
      }),
    );
  }
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (opts.maxWarnings.trim() === "" || !Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UserError(
        pick(ctx.lang, {
          vi: `--max-warnings cần một số nguyên không âm, không phải "${opts.maxWarnings}".`,
          en: `--max-warnings needs a whole number ≥ 0, not "${opts.maxWarnings}".`,
        }),
      );
    }
  }
  const cacheDir = opts.cache === false ? undefined : cacheRoot(ctx.env);
  const result = await validateCatalogue({ ...ctx, paths: args, changedSince: opts.changedSince, cacheDir });
  let report = summarize(result.catalogue, result.files, result.procedures, result.diagnostics);
  if (format === "github") {
    // Annotations attach to a pull request's files only with paths from the repository root.
    const root = await findAnnotationRoot(ctx.cwd, ctx.env);
    const rooted = (file: string) => relativeToRoot(ctx.cwd, root, file);
    report = {
      ...report,
      diagnostics: report.diagnostics.map((d) => ({ ...d, file: rooted(d.file) })),
      fileList: report.fileList.map(rooted),
    };
    await appendStepSummary(ctx.env, renderValidateGithubSummary(report, ctx.lang));
  }
  const output = render(report, {
    lang: ctx.lang,
    color: ctx.color,
    version: packageVersion(),
    homepage: packageHomepage(),
    rules: ALL_RULES,
  });
  if (!(ctx.quiet && format === "stylish" && report.diagnostics.length === 0)) ctx.stdout(output);

  return validateExitCode(report, { failOn: opts.failOn === "warning" ? "warning" : "error", maxWarnings });
}
