import type { Catalogue } from "../model/catalogue.js";
import { pick } from "../model/lang.js";
import { assembleCatalogue } from "./assemble-catalogue.js";
import { checkSchemas } from "./check-files.js";
import { parseFiles } from "./parse-files.js";
import { positionFindings } from "./position-findings.js";
import { formatVersion, requiredFiles } from "../rules/file-rules.js";
import { ruleInfo } from "../rules/registry.js";
import { openSource } from "../source/open-source.js";
import { UserError, type CommandContext } from "../cli/context.js";

/** How many problems the refusal message lists before pointing at `tthc validate`. */
const SHOWN = 5;

/**
 * The catalogue for commands other than validate: the working tree (rev undefined), a folder
 * or a git revision. A catalogue that does not parse or does not match the schemas is refused
 * with exit 2, naming file, line and column; cross-file rule findings do not stop it.
 */
export async function loadCatalogue(ctx: CommandContext, rev?: string): Promise<Catalogue> {
  const { source, kind } = await openSource(ctx, rev);
  const files = await parseFiles(source);
  checkSchemas(files);
  const findings = [
    ...files.flatMap((f) => f.findings),
    ...requiredFiles.check({ files }),
    ...formatVersion.check({ files }),
  ].filter((f) => (f.severity ?? ruleInfo(f.rule)?.severity) === "error");
  if (findings.length > 0) {
    const diagnostics = positionFindings(findings, files, (rel) => source.displayPath(rel), ctx.lang);
    const lines = diagnostics.slice(0, SHOWN).map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message}`);
    if (diagnostics.length > SHOWN) {
      lines.push(pick(ctx.lang, { vi: `  … và ${diagnostics.length - SHOWN} lỗi khác`, en: `  … and ${diagnostics.length - SHOWN} more` }));
    }
    const where = kind === "git" ? pick(ctx.lang, { vi: ` ở phiên bản ${source.label}`, en: ` at revision ${source.label}` }) : "";
    throw new UserError(
      [
        pick(ctx.lang, {
          vi: `Danh mục${where} có ${diagnostics.length} lỗi nên không đọc được:`,
          en: `The catalogue${where} has ${diagnostics.length} error(s) and cannot be read:`,
        }),
        ...lines,
        pick(ctx.lang, {
          vi: "Hãy sửa các lỗi trên (chạy tthc validate để xem đầy đủ) rồi chạy lại.",
          en: "Fix them (run tthc validate for the full list) and run again.",
        }),
      ].join("\n"),
    );
  }
  return assembleCatalogue(kind === "worktree" ? "working tree" : source.label, files);
}
