// Helpers for the look-up site's tests: building a site in memory, reading its HTML as text,
// and the bundled catalogue as the command loads it.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CommandContext } from "../../src/cli/context.js";
import { loadCatalogue } from "../../src/lint/load-catalogue.js";
import type { Catalogue } from "../../src/model/catalogue.js";
import { selectPostedProcedures } from "../../src/post/select-posted-procedures.js";
import { buildSite, type BuildSiteOptions, type SiteBuild } from "../../src/site/build-site.js";
import { loadSiteAssets } from "../../src/source/load-site-assets.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** A day on which every procedure of the bundled catalogue that is not abolished is in force. */
export const DATE = "2026-11-22";

export async function build(catalogue: Catalogue, options: Partial<BuildSiteOptions> = {}): Promise<SiteBuild> {
  const date = options.date ?? DATE;
  return buildSite(catalogue, selectPostedProcedures(catalogue, { date }), { date, assets: await loadSiteAssets(), ...options });
}

export function fileOf(site: SiteBuild, path: string): string {
  const file = site.files.find((f) => f.path === path);
  if (!file) throw new Error(`the site has no ${path}; it has ${site.files.map((f) => f.path).join(", ")}`);
  return file.content;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** What a reader sees of some HTML: tags dropped, entities decoded, white space collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<br>/g, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}

/** The part of a page between two markers (both must be there). */
export function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  const to = html.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`"${start}" … "${end}" not found`);
  return html.slice(from + start.length, to);
}

export function quietContext(cwd: string): CommandContext {
  return {
    lang: "vi",
    color: false,
    quiet: true,
    debug: false,
    cwd,
    isTTY: false,
    stdout: () => undefined,
    stderr: () => undefined,
    stdoutBytes: () => undefined,
    env: {},
  };
}

/** The bundled catalogue (catalogue/), loaded as the commands load it. */
export function bundledCatalogue(): Promise<Catalogue> {
  return loadCatalogue(quietContext(ROOT));
}
