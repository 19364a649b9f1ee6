import { readFileSync } from "node:fs";
import { CommanderError } from "commander";
import type { Lang } from "../model/lang.js";
import { UserError, type CommandContext } from "./context.js";
import { buildProgram } from "./program.js";

type Run = (opts: Record<string, unknown>, ctx: CommandContext, args: string[]) => Promise<number>;

/** Each command's module, imported only when that command runs. */
const COMMANDS: Record<string, () => Promise<{ run: Run }>> = {
  validate: () => import("./commands/validate.js") as Promise<{ run: Run }>,
  effects: () => import("./commands/effects.js") as Promise<{ run: Run }>,
  deadline: () => import("./commands/deadline.js") as Promise<{ run: Run }>,
  post: () => import("./commands/post.js") as Promise<{ run: Run }>,
  diff: () => import("./commands/diff.js") as Promise<{ run: Run }>,
  stats: () => import("./commands/stats.js") as Promise<{ run: Run }>,
  fmt: () => import("./commands/fmt.js") as Promise<{ run: Run }>,
  browse: () => import("./commands/browse.js") as Promise<{ run: Run }>,
};

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

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

const COMMANDER_MESSAGES: Record<string, { vi: string; en: string }> = {
  "commander.unknownOption": { vi: "Tùy chọn không hợp lệ", en: "Unknown option" },
  "commander.unknownCommand": { vi: "Lệnh không tồn tại", en: "Unknown command" },
  "commander.missingArgument": { vi: "Thiếu tham số", en: "Missing argument" },
  "commander.optionMissingArgument": { vi: "Tùy chọn thiếu giá trị", en: "Option needs a value" },
  "commander.missingMandatoryOptionValue": { vi: "Thiếu tùy chọn bắt buộc", en: "Missing required option" },
  "commander.invalidArgument": { vi: "Giá trị không hợp lệ", en: "Invalid value" },
  "commander.excessArguments": { vi: "Thừa tham số", en: "Too many arguments" },
};

export interface MainIO {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  isTTY?: boolean;
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
  program.exitOverride();
  program.configureOutput({
    writeOut: (t) => ctx.stdout(t),
    writeErr: () => undefined,
    outputError: () => undefined,
  });
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.configureOutput({ writeOut: (t) => ctx.stdout(t), writeErr: () => undefined, outputError: () => undefined });
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      const head = COMMANDER_MESSAGES[error.code];
      const detail = error.message.replace(/^error: /, "");
      const hint = ctx.lang === "en" ? "See tthc --help." : "Xem tthc --help.";
      ctx.stderr(`${head ? (ctx.lang === "en" ? head.en : head.vi) + ": " : ""}${detail}. ${hint}\n`);
      return 2;
    }
    if (error instanceof UserError) {
      ctx.stderr(`${error.message}\n`);
      return error.exitCode;
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
