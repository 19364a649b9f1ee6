import type { Lang, Text } from "./lang.js";
import type { Diagnostic } from "./problem.js";

/**
 * A job tthc cannot do for a reason of the user's, found below the command line (no catalogue
 * here, an unknown git revision, a folder outside the repository): said in both languages and
 * ending with what to do next. The entry point prints it in the user's language, without a
 * stack trace, and exits with `exitCode`. Modules that know nothing of the CLI throw this.
 */
export class Refusal extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: number = 2,
  ) {
    super(text.en);
    this.name = "Refusal";
  }
}

/**
 * A catalogue the commands other than validate cannot compute from (a file that does not parse
 * or match its schema, a required file missing, a newer format). It carries its problems,
 * positioned on demand in the reader's language; the entry point says them and exits 2.
 */
export class UnreadableCatalogue extends Error {
  constructor(
    /** The git revision it was read from; undefined for a folder on disk. */
    readonly revision: string | undefined,
    readonly diagnostics: (lang: Lang) => Diagnostic[],
  ) {
    super(`The catalogue${revision === undefined ? "" : ` at ${revision}`} cannot be read.`);
    this.name = "UnreadableCatalogue";
  }
}

/** Why a source could not give a file's bytes (the parse step words it as a finding). */
export type UnreadableReason =
  /** A FIFO, socket or device named like a catalogue file: reading it could hang. */
  | "not-regular"
  /** A symbolic link: the catalogue holds real files, not links to files elsewhere. */
  | "symlink"
  /** Larger than the limit, found from its size before any byte is read. */
  | "too-large"
  /** The operating system refused to read it (EACCES, EPERM). */
  | "no-permission"
  /** Any other read error (EIO, ELOOP…). */
  | "io-error";

/**
 * A catalogue entry the source will not or cannot read. It is a finding on that entry, never a
 * reason to stop: the other files are still checked.
 */
export class UnreadableFile extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail: { size?: number; code?: string; folder?: boolean } = {},
  ) {
    super(`Unreadable catalogue entry (${reason}${detail.code ? `, ${detail.code}` : ""}).`);
    this.name = "UnreadableFile";
  }
}
