import { readdir, readFile } from "node:fs/promises";

/** The package's own folders; the same paths work from src/source/ (tests) and dist/source/. */
const SCHEMAS = new URL("../../schemas/", import.meta.url);
const BUNDLED_CALENDARS = new URL("../../catalogue/lich/", import.meta.url);

/** The JSON Schemas the package ships (schemas/*.schema.json), by file name, in name order. */
export async function readPackageSchemas(): Promise<Map<string, string>> {
  const names = (await readdir(SCHEMAS)).filter((name) => name.endsWith(".schema.json")).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(new URL(name, SCHEMAS), "utf8")] as const)));
}

/** The bundled catalogue's calendars (catalogue/lich/YYYY.yaml, the government's real schedules), by year. */
export async function readBundledCalendars(): Promise<Map<number, string>> {
  const names = (await readdir(BUNDLED_CALENDARS)).filter((name) => /^\d{4}\.yaml$/.test(name));
  return new Map(
    await Promise.all(
      names.map(async (name) => [Number(name.slice(0, 4)), await readFile(new URL(name, BUNDLED_CALENDARS), "utf8")] as const),
    ),
  );
}
