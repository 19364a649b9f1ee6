import type { Lang } from "../model/lang.js";

export interface NumberFormat {
  /** Round to at most this many places, trailing zeros dropped (12,5 not 12,50). Unset: every digit the number has. */
  decimals?: number;
  /** Whole numbers from 1 to 9 on two digits ("03 ngày làm việc", "01 bộ"), as decisions write them. */
  pad?: boolean;
}

/**
 * Vietnamese writes 1.234.567 and 71,64; English 1,234,567 and 71.64. Written out by hand rather
 * than with Intl, so the output does not depend on the ICU data Node was built with.
 */
export function formatNumber(value: number, lang: Lang, options: NumberFormat = {}): string {
  const [group, point] = lang === "en" ? [",", "."] : [".", ","];
  let whole: string;
  let fraction: string;
  let negative: boolean;
  if (options.decimals === undefined) {
    [whole = "0", fraction = ""] = String(Math.abs(value)).split(".");
    negative = value < 0;
  } else {
    const fixed = Math.abs(value).toFixed(options.decimals);
    const [wholeDigits = "0", digits = ""] = fixed.split(".");
    whole = wholeDigits;
    fraction = digits.replace(/0+$/u, "");
    // -0,001 rounded to two places is 0, not -0.
    negative = value < 0 && Number(fixed) !== 0;
  }
  const padded = options.pad && fraction === "" && whole.length === 1 && value !== 0 ? `0${whole}` : whole;
  return (negative ? "-" : "") + padded.replace(/\B(?=(\d{3})+(?!\d))/gu, group) + (fraction ? point + fraction : "");
}

/** An amount of money: "8.000 đồng" / "8,000 VND". */
export function formatMoney(vnd: number, lang: Lang): string {
  return lang === "en" ? `${formatNumber(vnd, lang)} VND` : `${formatNumber(vnd, lang)} đồng`;
}
