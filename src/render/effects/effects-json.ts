import type { EffectsReport } from "../../effects/effects-report.js";
import type { EffectsRenderOptions } from "./effects-wording.js";

/**
 * The report as JSON: the computed report is already the contract's shape (docs/cli.md), so
 * this only prints it. Never coloured, never translated: keys and codes are for scripts.
 */
export function renderEffectsJson(report: EffectsReport, _options?: EffectsRenderOptions): string {
  return JSON.stringify(report, null, 2) + "\n";
}
