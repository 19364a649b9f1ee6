/**
 * Rounds half away from zero to `decimals` places, so that −12.5 % and 12.5 % round alike
 * (Math.round rounds −0.5 up), and nudges by a relative epsilon so 1.005 becomes 1.01, not 1.
 */
export function roundNumber(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) return 0;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(scaled * (1 + Number.EPSILON)) / factor;
  // `|| 0` turns −0 into 0, which JSON would print as 0 anyway but tests compare with Object.is.
  return Math.sign(value) * rounded || 0;
}
