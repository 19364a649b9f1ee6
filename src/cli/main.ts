import { CommanderError } from "commander";
import type { Lang } from "../model/lang.js";
import { pick } from "../model/lang.js";
import { Refusal, UnreadableCatalogue } from "../model/refusal.js";
import { renderUnreadableCatalogue } from "../render/validate/unreadable-catalogue.js";
import { packageVersion } from "./version.js";
import { UserError, type CommandContext } from "./context.js";
import { DEFAULT_WIDTH } from "../render/table/text-table.js";
import { buildProgram } from "./program.js";
import { localiseHelp } from "./localise-help.js";

type Run = (opts: Record<string, unknown>, ctx: CommandContext, args: string[]) => Promise<number>;

/** Each command's module, imported only when that command runs. */
const COMMANDS: Record<string, () => Promise<{ run: Run }>> = {
  validate: () => import("./commands/validate.js"),
  effects: () => import("./commands/effects.js"),
  deadline: () => import("./commands/deadline.js"),
  post: () => import("./commands/post.js"),
  site: () => import("./commands/site.js"),
  diff: () => import("./commands/diff.js"),
  stats: () => import("./commands/stats.js"),
  fmt: () => import("./commands/fmt.js"),
  browse: () => import("./commands/browse.js"),
  import: () => import("./commands/import.js"),
  reconcile: () => import("./commands/reconcile.js"),
  init: () => import("./commands/init.js"),
};

function langOf(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? env.TTHC_LANG : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "vi";
}

/** Colour: --no-color or NO_COLOR (not empty) turn it off; FORCE_COLOR turns it on; else a terminal. */
export function colorWanted(argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (argv.includes("--no-color")) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY;
}

/** Commander's own errors, said in the user's language, with what to do next. */
export function describeCommanderError(code: string, message: string, lang: Lang): string {
  const text = message.replace(/^error: /, "").trim();
  const quoted = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const hint = /\(Did you mean ([^)]*)\?\)/.exec(text)?.[1];
  const choices = /Allowed choices are (.*?)\.?$/.exec(text)?.[1];
  const vi = (): string | undefined => {
    switch (code) {
      case "commander.unknownOption":
        return `Không có tùy chọn ${quoted[0]}.${hint ? ` Có phải ý bạn là ${hint}?` : ""}`;
      case "commander.unknownCommand":
        return `Không có lệnh "${quoted[0]}".${hint ? ` Có phải ý bạn là ${hint}?` : ""}`;
      case "commander.missingArgument":
        return `Thiếu tham số ${quoted[0]}.`;
      case "commander.optionMissingArgument":
        return `Tùy chọn ${quoted[0]} cần một giá trị.`;
      case "commander.missingMandatoryOptionValue":
        return `Thiếu tùy chọn bắt buộc ${quoted[0]}.`;
      case "commander.invalidArgument":
        return `Giá trị "${quoted[1]}" không hợp lệ cho ${quoted[0]}.${choices ? ` Chọn một trong: ${choices}.` : ""}`;
      case "commander.excessArguments":
        return `Thừa tham số cho lệnh ${quoted[0] ?? ""}.`;
      default:
        return undefined;
    }
  };
  const said = lang === "vi" ? vi() : undefined;
  const body = said ?? `${text.charAt(0).toUpperCase()}${text.slice(1)}`.replace(/\.*$/, ".");
  return `${body} ${lang === "en" ? "See tthc --help." : "Xem tthc --help."}`;
}

/**
 * How wide text output may be: $COLUMNS when set (as `COLUMNS=100 tthc stats` or a test asks),
 * else the terminal's width, else 80 for a pipe or a file.
 */
export function outputColumns(env: NodeJS.ProcessEnv, isTTY: boolean, terminalColumns: number | undefined): number {
  const fromEnv = Number(env.COLUMNS);
  if (env.COLUMNS !== undefined && Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  if (isTTY && terminalColumns !== undefined && terminalColumns > 0) return terminalColumns;
  return DEFAULT_WIDTH;
}

export interface MainIO {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  isTTY?: boolean;
  /** The terminal's width when standard output is one (default process.stdout.columns). */
  columns?: number;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  stdoutBytes?: (bytes: Uint8Array) => void;
}

/**
 * The entry point: parses argv, runs one command and returns the exit code (0 success,
 * 1 findings, 2 could not do the job). The only place that decides the code.
 */
export async function main(argv: string[], io: MainIO = {}): Promise<number> {
  const env = io.env ?? process.env;
  const isTTY = io.isTTY ?? Boolean(process.stdout.isTTY);
  const ctx: CommandContext = {
    lang: langOf(argv, env),
    color: colorWanted(argv, env, isTTY),
    quiet: argv.includes("--quiet"),
    debug: argv.includes("--debug"),
    cwd: io.cwd ?? process.cwd(),
    isTTY,
    columns: outputColumns(env, isTTY, io.columns ?? process.stdout.columns),
    env,
    stdout: io.stdout ?? ((t) => void process.stdout.write(t)),
    stderr: io.stderr ?? ((t) => void process.stderr.write(t)),
    stdoutBytes: io.stdoutBytes ?? ((b) => void process.stdout.write(b)),
  };
  let code = 0;
  const program = buildProgram(packageVersion(), async (name, args, opts) => {
    if (typeof opts.catalogue === "string") ctx.catalogueOption = opts.catalogue;
    const mod = await COMMANDS[name]!();
    code = await mod.run(opts, ctx, args);
  });
  localiseHelp(program, ctx.lang);
  // Commander's error texts are said again by describeCommanderError; what it writes to stderr
  // otherwise is the help shown when no command is given.
  const output = { writeOut: (t: string) => ctx.stdout(t), writeErr: (t: string) => ctx.stderr(t), outputError: () => undefined };
  program.exitOverride();
  program.configureOutput(output);
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.configureOutput(output);
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
      // No command given: the help went to stderr, and nothing was done.
      if (error.code === "commander.help") return error.exitCode === 0 ? 0 : 2;
      ctx.stderr(`${describeCommanderError(error.code, error.message, ctx.lang)}\n`);
      return 2;
    }
    if (error instanceof UserError) {
      ctx.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof Refusal) {
      ctx.stderr(`${pick(ctx.lang, error.text)}\n`);
      return error.exitCode;
    }
    if (error instanceof UnreadableCatalogue) {
      ctx.stderr(`${renderUnreadableCatalogue(error.diagnostics(ctx.lang), ctx.lang, error.revision)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr(
      ctx.lang === "en"
        ? `Internal error in tthc (this is a bug, please report it): ${message}. Run again with --debug for details.\n`
        : `Lỗi nội bộ của tthc (đây là lỗi phần mềm, xin báo lại): ${message}. Chạy lại với --debug để xem chi tiết.\n`,
    );
    if (ctx.debug && error instanceof Error && error.stack) ctx.stderr(`${error.stack}\n`);
    return 2;
  }
}
