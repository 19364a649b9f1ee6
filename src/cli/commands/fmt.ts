import { decodeText } from "../../parse/decode-text.js";
import { unreadableProblem } from "../../parse/unreadable-problem.js";
import { Refusal, UnreadableFile } from "../../model/refusal.js";
import { readCatalogueFile } from "../../source/read-catalogue-file.js";
import { findFormatTargets, schemaRefWorks, type FormatTarget } from "../../source/find-format-targets.js";
import { formatCatalogueText } from "../../fmt/format-catalogue-text.js";
import { writeFileAtomic, type AtomicFs, NODE_FS } from "../../source/write-file-atomic.js";
import { pick } from "../../model/lang.js";
import { findWorkingCatalogue } from "../../source/open-source.js";
import { say, UserError, type CommandContext } from "../context.js";

export interface FmtOptions {
  check?: boolean;
}

/** What one file needs: nothing, a rewrite, or a report of why it cannot be formatted. */
type Outcome = { kind: "same" } | { kind: "changed"; bytes: Uint8Array } | { kind: "problem"; lines: string[] };

/**
 * `tthc fmt [--check] [paths...]`: rewrites catalogue files in canonical form (key order, NFC,
 * quoted codes, schema line), keeping comments. Exit 0 when done (or, with --check, when every
 * file is already canonical); 1 with --check when a file would change (listed on stdout); 2 when
 * a file does not parse or cannot be written (that file is left untouched; the others are still
 * formatted). Every file is read and formatted in memory before the first is written, so that
 * nothing found on the way can stop a run halfway through its writes.
 */
export async function run(opts: FmtOptions, ctx: CommandContext, args: string[] = [], fs: AtomicFs = NODE_FS): Promise<number> {
  const { targets, missing, unreadable } = findFormatTargets(ctx.cwd, args, () => findWorkingCatalogue(ctx));
  if (missing.length > 0) {
    throw new UserError(
      say(
        ctx,
        `Không có tệp hoặc thư mục: ${missing.join(", ")}. Kiểm tra lại đường dẫn.`,
        `No such file or folder: ${missing.join(", ")}. Check the path.`,
      ),
    );
  }
  let failed = 0;
  for (const folder of unreadable) {
    failed += 1;
    ctx.stderr(
      say(
        ctx,
        `${folder}: không đọc được thư mục (không có quyền); các tệp trong đó chưa được định dạng. Hãy cấp quyền đọc (chmod a+rx) rồi chạy lại.\n`,
        `${folder}: cannot read this folder (permission denied); the files in it are not formatted. Grant read permission (chmod a+rx) and run again.\n`,
      ),
    );
  }
  const changed: string[] = [];
  const outcomes: [FormatTarget, Outcome][] = [];
  for (const target of targets) {
    if (!target.kind) {
      if (!ctx.quiet) {
        ctx.stderr(
          say(
            ctx,
            `Bỏ qua ${target.display}: không phải tệp của danh mục (tthc.yaml, co-quan.yaml, van-ban.yaml, lich/*.yaml, linh-vuc/*.yaml).\n`,
            `Skipped ${target.display}: not a catalogue file (tthc.yaml, co-quan.yaml, van-ban.yaml, lich/*.yaml, linh-vuc/*.yaml).\n`,
          ),
        );
      }
      continue;
    }
    outcomes.push([target, await formatOne(target, ctx)]);
  }
  for (const [target, outcome] of outcomes) {
    if (outcome.kind === "problem") {
      failed += 1;
      ctx.stderr(outcome.lines.join("\n") + "\n");
      continue;
    }
    if (outcome.kind === "same") continue;
    if (opts.check) {
      changed.push(target.display);
      ctx.stdout(`${target.display}\n`);
      continue;
    }
    try {
      await writeFileAtomic(target.path, outcome.bytes, fs);
      changed.push(target.display);
      if (!ctx.quiet) ctx.stdout(`${target.display}\n`);
    } catch (error) {
      failed += 1;
      if (error instanceof Refusal) {
        ctx.stderr(`${pick(ctx.lang, error.text)}\n`);
        continue;
      }
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      ctx.stderr(
        say(
          ctx,
          `${target.display}: không ghi được (${reason}); tệp gốc vẫn giữ nguyên. Kiểm tra quyền ghi và dung lượng đĩa rồi chạy lại.\n`,
          `${target.display}: could not write it (${reason}); the original is unchanged. Check write permission and disk space, then run again.\n`,
        ),
      );
    }
  }
  const formattable = targets.filter((t) => t.kind !== undefined).length;
  if (!ctx.quiet) ctx.stderr(summary(ctx, Boolean(opts.check), changed.length, formattable, failed));
  if (failed > 0) return 2;
  return opts.check && changed.length > 0 ? 1 : 0;
}

async function formatOne(target: FormatTarget, ctx: CommandContext): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    // Never follows a link, never opens a FIFO, never reads more than the size limit.
    bytes = await readCatalogueFile(target.path);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return { kind: "problem", lines: [`${target.display}:1:1  ${pick(ctx.lang, unreadableProblem(error).message)}`] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { kind: "problem", lines: [`${target.display}:1:1  ${pick(ctx.lang, decoded.problem.message)}`] };
  let result: ReturnType<typeof formatCatalogueText>;
  try {
    result = formatCatalogueText(decoded.text, target.kind, {
      schemaRef: target.schemaRef,
      schemaRefWorks: (ref) => schemaRefWorks(target.path, ref),
    });
  } catch (error) {
    // Never expected (the text parsed): said as this file's problem, so the other files go on.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: "problem",
      lines: [
        say(
          ctx,
          `${target.display}: tthc không định dạng được tệp này (${reason}); tệp để nguyên. Đây là lỗi phần mềm, xin báo lại kèm tệp.`,
          `${target.display}: tthc could not format this file (${reason}); it is left unchanged. This is a bug, please report it with the file.`,
        ),
      ],
    };
  }
  if (!result.ok) {
    return {
      kind: "problem",
      lines: [
        ...result.problems.map((p) => `${target.display}:${p.line}:${p.column}  ${pick(ctx.lang, p.message)}`),
        say(
          ctx,
          `${target.display}: chưa định dạng vì tệp có lỗi; hãy sửa lỗi rồi chạy lại.`,
          `${target.display}: not formatted because of the error(s) above; fix them and run again.`,
        ),
      ],
    };
  }
  const out = new TextEncoder().encode(result.text);
  const same = out.length === bytes.length && out.every((b, i) => b === bytes[i]);
  return same ? { kind: "same" } : { kind: "changed", bytes: out };
}

function summary(ctx: CommandContext, check: boolean, changed: number, total: number, failed: number): string {
  const problems =
    failed > 0
      ? say(
          ctx,
          ` ${failed} tệp có lỗi nên chưa định dạng được, để nguyên; hãy sửa lỗi rồi chạy lại.`,
          ` ${failed} file(s) with errors could not be formatted and were left unchanged; fix them and run again.`,
        )
      : "";
  // Files with errors are neither canonical nor formatted: only the others are counted as such.
  const canonical = total - changed - failed;
  if (check) {
    if (changed > 0) {
      return say(
        ctx,
        `${changed}/${total} tệp chưa ở dạng chuẩn; chạy tthc fmt để định dạng.${problems}\n`,
        `${changed} of ${total} file(s) are not in canonical form; run tthc fmt to format them.${problems}\n`,
      );
    }
    return failed === 0
      ? say(ctx, `Tất cả ${total} tệp đã ở dạng chuẩn.\n`, `All ${total} file(s) are in canonical form.\n`)
      : say(
          ctx,
          `${canonical}/${total} tệp đã ở dạng chuẩn.${problems}\n`,
          `${canonical} of ${total} file(s) are in canonical form.${problems}\n`,
        );
  }
  if (changed > 0) {
    return say(ctx, `Đã định dạng ${changed}/${total} tệp.${problems}\n`, `Formatted ${changed} of ${total} file(s).${problems}\n`);
  }
  return failed === 0
    ? say(ctx, `Không tệp nào cần định dạng lại (${total} tệp).\n`, `No file needed formatting (${total} file(s)).\n`)
    : say(
        ctx,
        `${canonical}/${total} tệp đã ở dạng chuẩn, không cần định dạng lại.${problems}\n`,
        `${canonical} of ${total} file(s) are already in canonical form.${problems}\n`,
      );
}
