// `tthc --help` in the user's language. The program's descriptions are written "tiếng Việt /
// English" (program.ts); the help shows one side. Commander's own words (Usage:, Options:, the
// help command, "(default: …)") are said in Vietnamese unless --lang en or TTHC_LANG=en.
import { Help, type Argument, type Command, type Option } from "commander";
import type { Lang } from "../model/lang.js";

const TITLES: Record<string, string> = {
  "Usage:": "Cách dùng:",
  "Options:": "Tùy chọn:",
  "Commands:": "Lệnh:",
  "Arguments:": "Tham số:",
  "Global Options:": "Tùy chọn chung:",
};

/** Commander's own descriptions, for a command defined without ours. */
const COMMANDER_DESCRIPTIONS: Record<string, string> = {
  "display help for command": "trợ giúp / help",
  "output the version number": "in phiên bản / print the version",
};

/** One side of a "tiếng Việt / English" description; a text without " / " is the same in both. */
export function sideOf(text: string, lang: Lang): string {
  const at = text.indexOf(" / ");
  if (at < 0) return text;
  return lang === "en" ? text.slice(at + 3) : text.slice(0, at);
}

/** "[options]" and "[command]" in a usage line or a command's term, in Vietnamese. */
function placeholdersInVietnamese(text: string): string {
  return text.replace(/\[options\]/g, "[tùy chọn]").replace(/\[command\]/g, "[lệnh]");
}

/** Commander's "(choices: …, default: …)" after a description, in Vietnamese. */
function extrasInVietnamese(text: string): string {
  return text
    .replace(/\(choices: /, "(chọn một trong: ")
    .replace(/([(,] )?default: /, (_all, lead: string | undefined) => `${lead ?? ""}mặc định: `);
}

/** The description of an option or argument with its extras, its own text shown on one side. */
function localised(full: string, description: string, lang: Lang): string {
  const words = COMMANDER_DESCRIPTIONS[description] ?? description;
  const own = full.startsWith(description) ? sideOf(words, lang) + full.slice(description.length) : full;
  return lang === "en" ? own : extrasInVietnamese(own);
}

/** Applies the language to the help of `program` and every command under it. */
export function localiseHelp(program: Command, lang: Lang): void {
  const base = new Help();
  const apply = (cmd: Command) => {
    cmd.configureHelp({
      styleTitle: (title: string) => (lang === "en" ? title : (TITLES[title] ?? title)),
      commandUsage: (c: Command) => (lang === "en" ? base.commandUsage(c) : placeholdersInVietnamese(base.commandUsage(c))),
      subcommandTerm: (c: Command) => (lang === "en" ? base.subcommandTerm(c) : placeholdersInVietnamese(base.subcommandTerm(c))),
      commandDescription: (c: Command) => sideOf(base.commandDescription(c), lang),
      subcommandDescription: (c: Command) => sideOf(base.subcommandDescription(c), lang),
      optionDescription: (option: Option) => localised(base.optionDescription(option), option.description ?? "", lang),
      argumentDescription: (argument: Argument) => localised(base.argumentDescription(argument), argument.description ?? "", lang),
    });
    if (cmd.commands.length > 0) {
      cmd.helpCommand("help [command]", lang === "en" ? "display help for command" : "trợ giúp cho một lệnh");
    }
    for (const sub of cmd.commands) apply(sub);
  };
  apply(program);
}
