import type { Problem } from "../model/problem.js";
import { asString, eachProcedure, type ProcedureAt, type Rule } from "./rule.js";

export const uniqueCode: Rule = {
  id: "unique-code",
  severity: "error",
  title: { vi: "Mã thủ tục là duy nhất trong toàn danh mục", en: "A procedure code is unique across the catalogue" },
  check({ files }) {
    const seen = new Map<string, ProcedureAt[]>();
    for (const at of eachProcedure(files)) {
      const code = asString(at.procedure.ma);
      if (code === undefined) continue;
      seen.set(code, [...(seen.get(code) ?? []), at]);
    }
    const problems: Problem[] = [];
    for (const [code, places] of seen) {
      if (places.length < 2) continue;
      for (const at of places) {
        const others = places
          .filter((o) => o !== at)
          .map((o) => `${o.file.relative} (thủ tục thứ ${o.index + 1})`)
          .join(", ");
        const othersEn = places
          .filter((o) => o !== at)
          .map((o) => `${o.file.relative} (procedure ${o.index + 1})`)
          .join(", ");
        problems.push({
          file: at.file.relative,
          rule: this.id,
          path: ["thu_tuc", at.index, "ma"],
          message: {
            vi: `Mã thủ tục "${code}" bị trùng: cũng có ở ${others}. Mỗi thủ tục phải có một mã riêng; hãy sửa hoặc xóa bản trùng.`,
            en: `Procedure code "${code}" is duplicated: also at ${othersEn}. Each procedure needs its own code; fix or remove the duplicate.`,
          },
        });
      }
    }
    return problems;
  },
};
