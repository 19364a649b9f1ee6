import type { Problem } from "../model/problem.js";
import { asArray, eachProcedure, isObj, type Rule, type RuleContext } from "./rule.js";

/** The smallest fee a Vietnamese office charges: amounts are whole đồng, in thousands. */
const SMALLEST_FEE = 1000;

/**
 * What a clerk most likely meant: 8.000 written with the Vietnamese thousands separator is read
 * by YAML as the number 8 (and 1.500 as 1.5), so an amount under 1,000 is taken as thousands.
 */
export function intendedFee(amount: number): number {
  return amount < SMALLEST_FEE ? Math.round(amount * 1000) : Math.round(amount);
}

export const feeAmount: Rule = {
  id: "fee-amount",
  perFile: true,
  severity: "error",
  blocksReading: true,
  title: { vi: "Mức thu là số đồng nguyên, từ 1.000 đồng (hoặc 0)", en: "Fees are whole đồng, at least 1,000 (or 0)" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const { file, index, procedure } of eachProcedure(files)) {
      asArray(procedure.phi_le_phi).forEach((fee, i) => {
        if (!isObj(fee) || typeof fee.so_tien !== "number" || !Number.isFinite(fee.so_tien) || fee.so_tien < 0) return;
        const amount = fee.so_tien;
        if (amount === 0 || (Number.isInteger(amount) && amount >= SMALLEST_FEE)) return;
        const fix = intendedFee(amount);
        problems.push({
          file: file.relative,
          rule: this.id,
          path: ["thu_tuc", index, "phi_le_phi", i, "so_tien"],
          message: {
            vi: `Mức thu {source} được đọc là ${String(amount)} đồng, ${Number.isInteger(amount) ? "dưới 1.000 đồng" : "không phải số nguyên"}: có lẽ dấu chấm ở đây là dấu ngăn cách hàng nghìn. Hãy ghi so_tien: ${fix} (số nguyên, không dấu chấm); miễn thu thì ghi 0.`,
            en: `The amount {source} is read as ${String(amount)} dong, ${Number.isInteger(amount) ? "under 1,000" : "not a whole number"}: the dot is probably a thousands separator. Write so_tien: ${fix} (a whole number, no separators); 0 when free.`,
          },
        });
      });
    }
    return problems;
  },
};
