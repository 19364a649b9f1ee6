import type { Problem } from "../model/problem.js";
import type { JsonPath } from "../model/problem.js";
import { isObj, type Rule, type RuleContext } from "./rule.js";

/** The newest catalogue format this version of tthc reads. */
export const FORMAT_VERSION = 1;

export const formatVersion: Rule = {
  id: "format-version",
  perFile: true,
  severity: "error",
  blocksReading: true,
  title: { vi: "Phiên bản định dạng được hỗ trợ", en: "A supported format version" },
  check({ files }: RuleContext) {
    const manifest = files.find((f) => f.kind === "manifest");
    const version = manifest && isObj(manifest.data) ? manifest.data.phien_ban_dinh_dang : undefined;
    if (!manifest || typeof version !== "number" || version <= FORMAT_VERSION) return [];
    return [
      {
        file: manifest.relative,
        rule: this.id,
        path: ["phien_ban_dinh_dang"],
        message: {
          vi: `Danh mục dùng định dạng phiên bản ${version}, mới hơn phiên bản ${FORMAT_VERSION} mà tthc này đọc được. Hãy cập nhật tthc (npm install) rồi chạy lại.`,
          en: `The catalogue uses format version ${version}, newer than version ${FORMAT_VERSION} that this tthc reads. Update tthc and run again.`,
        },
      },
    ];
  },
};

const REQUIRED_FILES = ["tthc.yaml", "co-quan.yaml", "van-ban.yaml"];

/** The least a required file holds, said in the message so that nobody has to look for a template. */
const SKELETONS: Record<string, { vi: string; en: string }> = {
  "tthc.yaml": {
    vi: "với ít nhất phien_ban_dinh_dang: 1, co_quan_quan_ly, dia_ban và dia_chi_phan_anh",
    en: "with at least phien_ban_dinh_dang: 1, co_quan_quan_ly, dia_ban and dia_chi_phan_anh",
  },
  "co-quan.yaml": {
    vi: 'bắt đầu bằng "co_quan:" rồi mỗi cơ quan một mục "- id: ubnd-xa-a" với "ten: Ủy ban nhân dân xã A"',
    en: 'starting with "co_quan:", then one entry per agency: "- id: ubnd-xa-a" with "ten: Ủy ban nhân dân xã A"',
  },
  "van-ban.yaml": {
    vi: 'bắt đầu bằng "van_ban:" rồi mỗi văn bản một mục "- id: 123/2015/ND-CP" với "so_hieu: 123/2015/NĐ-CP" và "ten: …"',
    en: 'starting with "van_ban:", then one entry per document: "- id: 123/2015/ND-CP" with "so_hieu: 123/2015/NĐ-CP" and "ten: …"',
  },
};

export const requiredFiles: Rule = {
  id: "missing-file",
  severity: "error",
  blocksReading: true,
  title: { vi: "Danh mục có đủ các tệp bắt buộc", en: "The catalogue has its required files" },
  check({ files }: RuleContext) {
    const present = new Set(files.map((f) => f.relative));
    return REQUIRED_FILES.filter((f) => !present.has(f)).map((f): Problem => ({
      file: f,
      rule: this.id,
      path: [],
      range: [0, 0],
      message: {
        vi: `Thiếu tệp ${f} trong thư mục danh mục. Hãy tạo tệp này, ${SKELETONS[f]!.vi} (tthc init tạo sẵn đủ các tệp cho một danh mục mới).`,
        en: `The catalogue folder has no ${f}. Create it, ${SKELETONS[f]!.en} (tthc init creates every file of a new catalogue).`,
      },
    }));
  },
};

export const unknownFile: Rule = {
  id: "unknown-file",
  perFile: true,
  severity: "warning",
  title: { vi: "Tệp YAML nằm đúng chỗ trong danh mục", en: "YAML files stand where the format expects them" },
  check({ files }: RuleContext) {
    return (
      files
        // An entry that could not be read at all has its own finding already.
        .filter((f) => f.kind === undefined && !f.problems.some((p) => p.rule === "unreadable-file"))
        .map((f): Problem => ({
          file: f.relative,
          rule: this.id,
          path: [] as JsonPath,
          range: [0, 0],
          message: {
            vi: `Tệp ${f.relative} không thuộc loại nào của danh mục nên không được kiểm tra. Lĩnh vực đặt trong linh-vuc/<mã>.yaml, lịch trong lich/<năm>.yaml (đuôi .yaml).`,
            en: `${f.relative} is not a catalogue file kind and is not checked. Fields go in linh-vuc/<code>.yaml, calendars in lich/<year>.yaml.`,
          },
        }))
    );
  },
};
