import type { RuleInfo, Rule } from "./rule.js";
import { uniqueCode } from "./unique-code.js";
import { duplicateId, unknownAgency, unknownDocument, unknownForm, unknownJoinedProcedure } from "./references.js";
import {
  channelDeadlineWithinStatutory,
  fieldCodeMatchesFile,
  noDistrictAfterReform,
  noRepealedBasis,
  versionBumped,
} from "./field-rules.js";
import { formatVersion, requiredFiles, unknownFile } from "./file-rules.js";
import { nfcText } from "./nfc.js";
import { feeAmount } from "./fee-amount.js";
import { importReview } from "./import-review.js";
import { calendarDuplicates, calendarRange, calendarWeekday, calendarYear } from "./calendar-rules.js";

/** A file that does not parse or does not match its schema cannot be computed from. */
function blocking(rules: RuleInfo[]): RuleInfo[] {
  return rules.map((rule) => ({ ...rule, blocksReading: true }));
}

/** Problems of reading and parsing a file (src/parse). */
export const PARSE_RULES: RuleInfo[] = blocking([
  { id: "encoding", severity: "error", title: { vi: "Tệp là văn bản UTF-8", en: "The file is UTF-8 text" } },
  { id: "utf8-bom", severity: "warning", title: { vi: "Tệp không có BOM", en: "No byte-order mark" } },
  { id: "unreadable-file", severity: "error", title: { vi: "Tệp đọc được, là tệp thật", en: "The file is a readable regular file" } },
  { id: "file-too-large", severity: "error", title: { vi: "Tệp không quá lớn", en: "The file is not too large" } },
  { id: "empty-file", severity: "error", title: { vi: "Tệp có nội dung", en: "The file is not empty" } },
  { id: "yaml-syntax", severity: "error", title: { vi: "Cú pháp YAML đúng", en: "Valid YAML syntax" } },
  { id: "yaml-tab", severity: "error", title: { vi: "Thụt lề bằng dấu cách, không dùng Tab", en: "Indentation uses spaces, not tabs" } },
  { id: "yaml-duplicate-key", severity: "error", title: { vi: "Không lặp khóa", en: "No duplicate keys" } },
  { id: "yaml-alias-limit", severity: "error", title: { vi: "Không lạm dụng bí danh YAML", en: "No alias explosion" } },
  { id: "nesting-too-deep", severity: "error", title: { vi: "Không lồng quá sâu", en: "No excessive nesting" } },
]);

/** Findings of the JSON Schemas (src/schema), one id per kind of mistake. */
export const SCHEMA_RULES: RuleInfo[] = blocking([
  { id: "required", severity: "error", title: { vi: "Có đủ các thành phần bắt buộc", en: "Required elements are present" } },
  { id: "unknown-key", severity: "error", title: { vi: "Không có khóa lạ (gõ sai)", en: "No unknown keys (typos)" } },
  { id: "wrong-type", severity: "error", title: { vi: "Giá trị đúng kiểu", en: "Values have the right type" } },
  { id: "unquoted-code", severity: "error", title: { vi: "Mã là văn bản, đặt trong ngoặc kép", en: "Codes are quoted text" } },
  { id: "invalid-value", severity: "error", title: { vi: "Giá trị thuộc danh sách cho phép", en: "Values are among the allowed ones" } },
  { id: "invalid-pattern", severity: "error", title: { vi: "Mã và số hiệu đúng dạng", en: "Codes and ids have the right form" } },
  { id: "invalid-date", severity: "error", title: { vi: "Ngày có thật, dạng YYYY-MM-DD", en: "Dates are real, YYYY-MM-DD" } },
  { id: "invalid-format", severity: "error", title: { vi: "Địa chỉ, giờ đúng dạng", en: "URLs and times are well-formed" } },
  { id: "out-of-range", severity: "error", title: { vi: "Số trong khoảng cho phép", en: "Numbers are in range" } },
  { id: "too-few-items", severity: "error", title: { vi: "Danh sách đủ số mục", en: "Lists have enough items" } },
  { id: "too-many-items", severity: "error", title: { vi: "Danh sách không quá số mục", en: "Lists have no more items than allowed" } },
  { id: "duplicate-item", severity: "error", title: { vi: "Danh sách không có mục trùng", en: "Lists have no duplicate items" } },
  { id: "empty-text", severity: "error", title: { vi: "Văn bản không để trống", en: "Text is not empty" } },
  { id: "schema", severity: "error", title: { vi: "Đúng định dạng danh mục", en: "Matches the catalogue format" } },
]);

/** Rules beyond the schema (docs/format.md), one small file each. */
export const CATALOGUE_RULES: Rule[] = [
  requiredFiles,
  unknownFile,
  formatVersion,
  uniqueCode,
  duplicateId,
  unknownAgency,
  unknownDocument,
  unknownForm,
  unknownJoinedProcedure,
  fieldCodeMatchesFile,
  versionBumped,
  noDistrictAfterReform,
  noRepealedBasis,
  channelDeadlineWithinStatutory,
  feeAmount,
  nfcText,
  importReview,
  calendarYear,
  calendarDuplicates,
  calendarRange,
  calendarWeekday,
];

export const ALL_RULES: RuleInfo[] = [...PARSE_RULES, ...SCHEMA_RULES, ...CATALOGUE_RULES];

/** The rules whose errors leave a catalogue unreadable for every command but validate. */
export const BLOCKING_RULES: Rule[] = CATALOGUE_RULES.filter((rule) => rule.blocksReading);

const byId = new Map(ALL_RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}
