import type { Level } from "../model/catalogue.js";
import { foldText } from "../words/fold-text.js";
import { normalisePortalText } from "./normalise-portal-text.js";

export interface ParsedLevels {
  levels: Level[];
  /** Parts the format has no level for ("Cơ quan khác"), as published. */
  unknown: string[];
}

const LEVELS: Record<string, Level> = {
  "cap bo": "bo",
  "cap tinh": "tinh",
  "cap huyen": "huyen",
  "cap xa": "xa",
};

/** Canonical order, so "Cấp xã, Cấp bộ" and "Cấp bộ, Cấp xã" give the same list. */
const ORDER: Level[] = ["bo", "tinh", "huyen", "xa"];

/** `cap_thuc_hien` ("Cấp bộ, Cấp tỉnh, Cơ quan khác") → the format's levels and what did not map. */
export function parseLevels(text: string): ParsedLevels {
  const found = new Set<Level>();
  const unknown: string[] = [];
  for (const part of normalisePortalText(text).split(",")) {
    const name = part.trim();
    if (name === "") continue;
    const level = LEVELS[foldText(name)];
    if (level) found.add(level);
    else unknown.push(name);
  }
  return { levels: ORDER.filter((l) => found.has(l)), unknown };
}
