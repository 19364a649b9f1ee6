import { readFile } from "node:fs/promises";

/**
 * The site's stylesheet and client script, read from src/site/assets/ (shipped with the
 * package as they are: plain CSS and ES2019 that need no build step). The same path works from
 * src/site/ (tests) and from dist/site/ (the built command).
 */
export async function loadSiteAssets(): Promise<{ css: string; script: string }> {
  const folder = new URL("../../src/site/assets/", import.meta.url);
  const [css, script] = await Promise.all([readFile(new URL("site.css", folder), "utf8"), readFile(new URL("search.js", folder), "utf8")]);
  return { css, script };
}
