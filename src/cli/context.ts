import type { Lang } from "../model/lang.js";

/** What every command gets from the entry point: options, streams, and nothing global. */
export interface CommandContext {
  lang: Lang;
  color: boolean;
  quiet: boolean;
  debug: boolean;
  cwd: string;
  /** --catalogue DIR as given, if any. */
  catalogueOption?: string;
  /** Whether standard output is a terminal (browse needs one; colour follows it). */
  isTTY: boolean;
  /** The width text output fits: $COLUMNS, else the terminal's, else 80 (a pipe or a file); unset is 80. */
  columns?: number;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output as bytes, for binary formats written to stdout. */
  stdoutBytes: (bytes: Uint8Array) => void;
  env: NodeJS.ProcessEnv;
}

/**
 * A mistake of the user's (bad flag, missing catalogue, unknown revision, a catalogue that does
 * not parse): the entry prints the message, without a stack trace, and exits with `exitCode`.
 * The message is already in the user's language and ends with what to do next.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Picks the Vietnamese or English text for the context's language. */
export function say(ctx: Pick<CommandContext, "lang">, vi: string, en: string): string {
  return ctx.lang === "en" ? en : vi;
}
