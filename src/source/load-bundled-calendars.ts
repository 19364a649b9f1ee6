import { readFile } from "node:fs/promises";

/**
 * The working calendars shipped with tthc (catalogue/lich/YEAR.yaml: the government's real
 * schedule of holidays and swapped days) for the years asked for, as their text; a year tthc
 * does not ship is left out. The same path works from src/source/ (tests) and dist/source/.
 */
export async function loadBundledCalendars(years: readonly number[]): Promise<Map<number, string>> {
  const folder = new URL("../../catalogue/lich/", import.meta.url);
  const out = new Map<number, string>();
  for (const year of years) {
    const text = await readFile(new URL(`${year}.yaml`, folder), "utf8").catch(() => undefined);
    if (text !== undefined) out.set(year, text);
  }
  return out;
}
