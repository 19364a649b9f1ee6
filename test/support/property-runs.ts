// One seed for every property test: fixed in `npm test`, so a run is repeatable and a red test
// stays red; `npm run fuzz` runs them many times longer from a fresh seed, printed first, and
// fast-check prints the seed, the path and the shrunk input of any failure. TTHC_SEED=N
// replays a seed.
import type fc from "fast-check";

const fuzz = process.env.TTHC_FUZZ === "1";
const given = Number(process.env.TTHC_SEED);
export const SEED = Number.isInteger(given) && process.env.TTHC_SEED !== "" ? given : fuzz ? Date.now() % 2 ** 31 : 15;
/** How many times longer a fuzz run is than `npm test`'s. */
const FACTOR = Number(process.env.TTHC_FUZZ_FACTOR ?? 100);

if (fuzz) console.log(`fast-check seed ${SEED}: TTHC_SEED=${SEED} npm run fuzz runs the same cases again`);

/** Parameters for fc.assert: `numRuns` in npm test, FACTOR times more in a fuzz run. */
export function propertyRuns<T>(numRuns: number): fc.Parameters<T> {
  return { seed: SEED, numRuns: fuzz ? numRuns * FACTOR : numRuns, verbose: fuzz ? 1 : 0 };
}
