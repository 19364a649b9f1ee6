import { readFileSync } from "node:fs";

interface PackageJson {
  version: string;
  homepage?: string;
}

function readPackage(): PackageJson {
  return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as PackageJson;
}

/** The version in package.json: what --version prints and SARIF names as the tool's. */
export function packageVersion(): string {
  return readPackage().version;
}

/** The project's address (package.json "homepage", its one place): SARIF's informationUri. */
export function packageHomepage(): string | undefined {
  return readPackage().homepage;
}
