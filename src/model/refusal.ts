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
