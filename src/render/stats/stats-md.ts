import { pick } from "../../model/lang.js";
import type { CatalogueStats } from "../../stats/catalogue-stats.js";
import { buildStatsSections, describeStats, type StatsRenderOptions } from "./stats-wording.js";

/** A table cell: pipes escaped, line breaks flattened, so catalogue text cannot break the table. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** The counts as Markdown (for a report or a pull request): the sentence, then one table per breakdown. */
export function renderStatsMd(stats: CatalogueStats, options: StatsRenderOptions): string {
  const { lang } = options;
  const out: string[] = [
    `# ${pick(lang, { vi: "Thống kê danh mục thủ tục hành chính", en: "Catalogue of administrative procedures: counts" })}`,
    "",
  ];
  out.push(describeStats(stats, lang).join("\n\n"), "");
  for (const section of buildStatsSections(stats, lang)) {
    out.push(`## ${section.title}`, "");
    if (section.note) out.push(section.note, "");
    out.push(`| ${section.header.map(cell).join(" | ")} |`);
    out.push(`|${section.align.map((a) => (a === "right" ? " ---: " : " --- ")).join("|")}|`);
    for (const row of section.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
    out.push("");
  }
  return out.join("\n").replace(/\n+$/u, "") + "\n";
}
