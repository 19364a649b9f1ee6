// The floor of `npm run bench`: what any tool pays to read a catalogue's YAML at all. Reads
// every .yaml file under the folder given and parses it with js-yaml, nothing more.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".yaml")) load(readFileSync(path, "utf8"));
  }
}

walk(process.argv[2]);
