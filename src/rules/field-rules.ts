import { textOf } from "../model/text-of.js";
import type { Problem } from "../model/problem.js";
import { sameFile } from "../model/parsed-file.js";
import { isIsoDate } from "../model/date.js";
import { asArray, asString, eachProcedure, idsOf, isObj, type Rule, type RuleContext } from "./rule.js";

export const fieldCodeMatchesFile: Rule = {
  id: "field-code-mismatch",
  perFile: true,
  severity: "error",
  title: { vi: "Mã lĩnh vực trùng với tên tệp", en: "A field's code equals its file name" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const file of files) {
      if (file.kind !== "field" || !isObj(file.data) || typeof file.data.ma !== "string") continue;
      const expected = file.relative.replace(/^linh-vuc\//, "").replace(/\.yaml$/, "");
      if (file.data.ma === expected) continue;
      problems.push({
        file: file.relative,
        rule: this.id,
        path: ["ma"],
        message: {
          vi: `Mã lĩnh vực "${file.data.ma}" khác tên tệp "${expected}.yaml". Hãy sửa ma thành "${expected}" hoặc đổi tên tệp thành "${file.data.ma}.yaml".`,
          en: `Field code "${file.data.ma}" differs from the file name "${expected}.yaml". Set ma to "${expected}" or rename the file.`,
        },
      });
    }
    return problems;
  },
};

export const versionBumped: Rule = {
  id: "version-not-bumped",
  severity: "error",
  title: { vi: "Phiên bản lĩnh vực được nâng khi tệp thay đổi", en: "A field's phien_ban changes whenever the file changes" },
  check({ files, base }: RuleContext) {
    if (!base) return [];
    const problems: Problem[] = [];
    for (const file of files) {
      if (file.kind !== "field" || !isObj(file.data)) continue;
      const before = base.get(file.relative);
      if (!before || sameFile(before, file) || !isObj(before.data)) continue;
      const version = file.data.phien_ban;
      if (version === undefined || version !== before.data.phien_ban) continue;
      problems.push({
        file: file.relative,
        rule: this.id,
        path: ["phien_ban"],
        message: {
          vi: `Tệp đã thay đổi nhưng phiên bản vẫn là "${textOf(version)}". Hãy nâng phien_ban (ví dụ "${bumpVersion(textOf(version))}").`,
          en: `The file changed but phien_ban is still "${textOf(version)}". Bump it (e.g. "${bumpVersion(textOf(version))}").`,
        },
      });
    }
    return problems;
  },
};

/** "2026.2" → "2026.3"; anything else gets ".1". */
export function bumpVersion(version: string): string {
  const m = /^(.*?)(\d+)$/.exec(version);
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${version}.1`;
}

const REFORM_DATE = "2025-07-01";

export const noDistrictAfterReform: Rule = {
  id: "huyen-after-reform",
  perFile: true,
  severity: "error",
  title: {
    vi: "Cấp huyện chỉ có ở thủ tục có hiệu lực trước 01/7/2025",
    en: "Level huyen only on procedures effective before 2025-07-01",
  },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const { file, index, procedure } of eachProcedure(files)) {
      const at = asArray(procedure.cap).indexOf("huyen");
      if (at < 0) continue;
      const since = asString(procedure.hieu_luc_tu);
      if (since !== undefined && !isIsoDate(since)) continue; // the schema reports the date itself
      if (since !== undefined && since < REFORM_DATE) continue;
      problems.push({
        file: file.relative,
        rule: this.id,
        path: ["thu_tuc", index, "cap", at],
        message: {
          vi:
            since === undefined
              ? "Cấp huyện (huyen) chỉ dùng cho thủ tục có hiệu lực trước 01/7/2025, nhưng thủ tục này không ghi hieu_luc_tu. Hãy ghi ngày hiệu lực hoặc chuyển sang cấp xã/tỉnh."
              : `Từ 01/7/2025 không còn cấp huyện, nhưng thủ tục này có hiệu lực từ ${since}. Hãy chuyển sang cấp xã (xa) hoặc tỉnh (tinh).`,
          en:
            since === undefined
              ? "Level huyen is only for procedures effective before 2025-07-01, and this one has no hieu_luc_tu. Add it or use xa/tinh."
              : `There is no district level from 2025-07-01, but this procedure is effective from ${since}. Use xa or tinh.`,
        },
      });
    }
    return problems;
  },
};

export const noRepealedBasis: Rule = {
  id: "repealed-basis",
  severity: "error",
  title: {
    vi: "Không dẫn chiếu văn bản đã hết hiệu lực trước ngày thủ tục có hiệu lực",
    en: "No legal basis repealed before the procedure takes effect",
  },
  check({ files }: RuleContext) {
    const documents = idsOf(files, "documents", "van_ban");
    const problems: Problem[] = [];
    for (const { file, index, procedure } of eachProcedure(files)) {
      const since = asString(procedure.hieu_luc_tu);
      if (since === undefined || !isIsoDate(since)) continue;
      asArray(procedure.can_cu_phap_ly).forEach((id, i) => {
        const doc = typeof id === "string" ? documents.get(id) : undefined;
        const repealed = doc ? asString(doc.het_hieu_luc_tu) : undefined;
        if (repealed === undefined || !isIsoDate(repealed) || repealed > since) return;
        problems.push({
          file: file.relative,
          rule: this.id,
          path: ["thu_tuc", index, "can_cu_phap_ly", i],
          message: {
            vi: `Văn bản "${String(id)}" đã hết hiệu lực từ ${repealed}, trước ngày thủ tục có hiệu lực (${since}). Hãy dẫn chiếu văn bản thay thế.`,
            en: `Document "${String(id)}" was repealed on ${repealed}, before this procedure takes effect (${since}). Cite the document that replaced it.`,
          },
        });
      });
    }
    return problems;
  },
};

export const channelDeadlineWithinStatutory: Rule = {
  id: "channel-deadline-longer",
  perFile: true,
  severity: "error",
  title: {
    vi: "Thời hạn theo cách thức không dài hơn thời hạn giải quyết",
    en: "A channel's deadline is not longer than the statutory one",
  },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const { file, index, procedure } of eachProcedure(files)) {
      const statutory = procedure.thoi_han;
      if (!isObj(statutory) || !isPositive(statutory.gia_tri)) continue;
      asArray(procedure.cach_thuc).forEach((channel, i) => {
        if (!isObj(channel) || !isObj(channel.thoi_han)) return;
        const own = channel.thoi_han;
        if (own.don_vi !== statutory.don_vi || !isPositive(own.gia_tri)) return;
        if (own.gia_tri <= (statutory.gia_tri as number)) return;
        problems.push({
          file: file.relative,
          rule: this.id,
          path: ["thu_tuc", index, "cach_thuc", i, "thoi_han", "gia_tri"],
          message: {
            vi: `Thời hạn của cách thức "${String(channel.kenh)}" (${own.gia_tri}) dài hơn thời hạn giải quyết của thủ tục (${String(statutory.gia_tri)}). Hãy sửa để không vượt thời hạn luật định.`,
            en: `The deadline of channel "${String(channel.kenh)}" (${own.gia_tri}) is longer than the procedure's (${String(statutory.gia_tri)}).`,
          },
        });
      });
    }
    return problems;
  },
};

function isPositive(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v > 0;
}
