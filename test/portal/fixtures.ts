// The portal-shaped record files of test/fixtures/portal, read once for the tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PortalRecord } from "../../src/portal/imported-procedure.js";
import { readPortalRecords } from "../../src/portal/read-portal-records.js";
import type { SourcedRecord } from "../../src/portal/select-records.js";

export const PORTAL_FIXTURES = fileURLToPath(new URL("../fixtures/portal/", import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(`${PORTAL_FIXTURES}${name}`);
}

/** The records of one fixture file, with their source name and line. */
export function fixtureRecords(name: string): SourcedRecord[] {
  return readPortalRecords(readFileSync(`${PORTAL_FIXTURES}${name}`, "utf8")).records.map((r) => ({ ...r, source: name }));
}

/** Every record of both record files, in order. */
export function allFixtureRecords(): SourcedRecord[] {
  return [...fixtureRecords("records.jsonl"), ...fixtureRecords("records-2.jsonl")];
}

export function fixtureRecord(code: string): PortalRecord {
  const found = allFixtureRecords().find((r) => r.record.ma_thu_tuc === code);
  if (!found) throw new Error(`no fixture record ${code}`);
  return found.record;
}
