import { readFileSync } from "node:fs";

/** The version in package.json, read once: what --version prints and SARIF names as the tool's. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
