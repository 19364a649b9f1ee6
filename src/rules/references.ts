import type { Problem } from "../model/problem.js";
import type { JsonPath } from "../model/problem.js";
import { asArray, asString, dataOf, eachProcedure, idsOf, isObj, type Obj, type Rule, type RuleContext } from "./rule.js";

/** A reference as people type it: no diacritics (Đ → D), no spaces, one case. */
const foldReference = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .replace(/\s+/g, "")
    .toUpperCase();

/**
 * The document a reference that is not an id most likely means: the one whose printed number
 * (so_hieu, "123/2015/NĐ-CP") it is, or whose id it equals but for diacritics, spaces and case.
 */
export function likelyDocument(documents: Map<string, Obj>, reference: string): string | undefined {
  const wanted = foldReference(reference);
  for (const [id, document] of documents) {
    const printed = asString(document.so_hieu);
    if (printed !== undefined && printed.normalize("NFC") === reference.normalize("NFC")) return id;
  }
  for (const [id, document] of documents) {
    const printed = asString(document.so_hieu);
    if (foldReference(id) === wanted || (printed !== undefined && foldReference(printed) === wanted)) return id;
  }
  return undefined;
}

function unresolved(file: string, rule: string, path: JsonPath, vi: string, en: string): Problem {
  return { file, rule, path, message: { vi, en } };
}

export const unknownAgency: Rule = {
  id: "unknown-agency",
  severity: "error",
  title: { vi: "Mã cơ quan phải có trong co-quan.yaml", en: "Agency ids resolve in co-quan.yaml" },
  check({ files }: RuleContext) {
    const agencies = idsOf(files, "agencies", "co_quan");
    const problems: Problem[] = [];
    const test = (file: string, path: JsonPath, id: unknown) => {
      if (typeof id !== "string" || agencies.has(id)) return;
      problems.push(
        unresolved(
          file,
          this.id,
          path,
          `Không tìm thấy cơ quan "${id}" trong co-quan.yaml. Hãy thêm cơ quan này vào co-quan.yaml hoặc sửa lại mã.`,
          `Agency "${id}" is not in co-quan.yaml. Add it there or fix the id.`,
        ),
      );
    };
    const manifest = files.find((f) => f.kind === "manifest");
    if (manifest && isObj(manifest.data)) test(manifest.relative, ["co_quan_quan_ly"], manifest.data.co_quan_quan_ly);
    for (const { file, index, procedure } of eachProcedure(files)) {
      const base: JsonPath = ["thu_tuc", index, "co_quan"];
      const agency = procedure.co_quan;
      if (!isObj(agency)) continue;
      test(file.relative, [...base, "tham_quyen"], agency.tham_quyen);
      test(file.relative, [...base, "thuc_hien"], agency.thuc_hien);
      asArray(agency.phoi_hop).forEach((id, i) => test(file.relative, [...base, "phoi_hop", i], id));
    }
    return problems;
  },
};

export const unknownDocument: Rule = {
  id: "unknown-document",
  severity: "error",
  title: { vi: "Văn bản được dẫn chiếu phải có trong van-ban.yaml", en: "Legal document ids resolve in van-ban.yaml" },
  check({ files }: RuleContext) {
    const documents = idsOf(files, "documents", "van_ban");
    if (!dataOf(files, "documents") && !files.some((f) => f.kind === "documents")) return [];
    const problems: Problem[] = [];
    const test = (file: string, path: JsonPath, id: unknown) => {
      if (typeof id !== "string" || documents.has(id)) return;
      const meant = likelyDocument(documents, id);
      if (meant !== undefined) {
        problems.push(
          unresolved(
            file,
            this.id,
            path,
            `"${id}" không phải mã văn bản trong van-ban.yaml. Có phải ý bạn là "${meant}" (số hiệu ${asString(documents.get(meant)?.so_hieu) ?? meant})? Căn cứ pháp lý ghi mã văn bản (id, không dấu), nên hãy sửa thành ${meant}.`,
            `"${id}" is not a document id in van-ban.yaml. Did you mean "${meant}" (printed ${asString(documents.get(meant)?.so_hieu) ?? meant})? References use the document id (no diacritics): write ${meant}.`,
          ),
        );
        return;
      }
      problems.push(
        unresolved(
          file,
          this.id,
          path,
          `Không tìm thấy văn bản "${id}" trong van-ban.yaml. Hãy thêm văn bản (số hiệu, tên, ngày ban hành) vào van-ban.yaml hoặc sửa lại số hiệu.`,
          `Legal document "${id}" is not in van-ban.yaml. Add it there or fix the id.`,
        ),
      );
    };
    for (const { file, index, procedure } of eachProcedure(files)) {
      const base: JsonPath = ["thu_tuc", index];
      asArray(procedure.can_cu_phap_ly).forEach((id, i) => test(file.relative, [...base, "can_cu_phap_ly", i], id));
      asArray(procedure.mau_don).forEach((form, i) => {
        if (isObj(form)) test(file.relative, [...base, "mau_don", i, "van_ban"], form.van_ban);
      });
      if (isObj(procedure.bai_bo)) test(file.relative, [...base, "bai_bo", "can_cu"], procedure.bai_bo.can_cu);
      if (isObj(procedure.cong_bo)) test(file.relative, [...base, "cong_bo", "can_cu"], procedure.cong_bo.can_cu);
    }
    return problems;
  },
};

export const unknownForm: Rule = {
  id: "unknown-form",
  perFile: true,
  severity: "error",
  title: { vi: "Mẫu đơn ghi ở thành phần hồ sơ phải có trong mau_don", en: "Form ids in dossier components resolve in mau_don" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const { file, index, procedure } of eachProcedure(files)) {
      const forms = new Set(asArray(procedure.mau_don).map((f) => (isObj(f) ? asString(f.ma) : undefined)));
      asArray(procedure.thanh_phan_ho_so).forEach((component, i) => {
        if (!isObj(component) || typeof component.mau !== "string" || forms.has(component.mau)) return;
        problems.push(
          unresolved(
            file.relative,
            this.id,
            ["thu_tuc", index, "thanh_phan_ho_so", i, "mau"],
            `Không tìm thấy mẫu "${component.mau}" trong mẫu đơn, tờ khai (mau_don) của thủ tục này. Hãy thêm mẫu vào mau_don hoặc sửa lại mã mẫu.`,
            `Form "${component.mau}" is not in this procedure's mau_don. Add it there or fix the id.`,
          ),
        );
      });
    }
    return problems;
  },
};

export const unknownJoinedProcedure: Rule = {
  id: "unknown-lien-thong",
  severity: "error",
  title: { vi: "Thủ tục thành phần liên thông phải có trong danh mục", en: "Joined (liên thông) procedure codes resolve" },
  check({ files }: RuleContext) {
    const codes = new Set<string>();
    for (const { procedure } of eachProcedure(files)) if (typeof procedure.ma === "string") codes.add(procedure.ma);
    const problems: Problem[] = [];
    for (const { file, index, procedure } of eachProcedure(files)) {
      asArray(procedure.thanh_phan_lien_thong).forEach((code, i) => {
        if (typeof code !== "string" || codes.has(code)) return;
        problems.push(
          unresolved(
            file.relative,
            this.id,
            ["thu_tuc", index, "thanh_phan_lien_thong", i],
            `Không tìm thấy thủ tục "${code}" (thành phần liên thông) trong danh mục. Hãy thêm thủ tục đó hoặc sửa lại mã.`,
            `Joined procedure "${code}" is not in the catalogue. Add it or fix the code.`,
          ),
        );
      });
    }
    return problems;
  },
};

export const duplicateId: Rule = {
  id: "duplicate-id",
  perFile: true,
  severity: "error",
  title: { vi: "Mã cơ quan và mã văn bản không trùng nhau", en: "Agency and document ids are unique" },
  check({ files }: RuleContext) {
    const problems: Problem[] = [];
    for (const [kind, key] of [
      ["agencies", "co_quan"],
      ["documents", "van_ban"],
    ] as const) {
      const file = files.find((f) => f.kind === kind);
      if (!file || !isObj(file.data)) continue;
      const seen = new Map<string, number>();
      asArray(file.data[key]).forEach((item, i) => {
        if (!isObj(item) || typeof item.id !== "string") return;
        const first = seen.get(item.id);
        if (first === undefined) {
          seen.set(item.id, i);
          return;
        }
        problems.push(
          unresolved(
            file.relative,
            this.id,
            [key, i, "id"],
            `Mã "${item.id}" bị trùng với mục thứ ${first + 1}. Hãy gộp hai mục hoặc đổi mã.`,
            `Id "${item.id}" duplicates item ${first + 1}. Merge the two or change the id.`,
          ),
        );
      });
    }
    return problems;
  },
};
