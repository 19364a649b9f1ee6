import { portalLines } from "./normalise-portal-text.js";
import { saysNothing } from "./says-nothing.js";

export interface ParsedStep {
  /** The step's text without its marker ("Bước 2:", "b)"), its lines kept. */
  text: string;
  /** Who does it, where the step's first words say so; undefined when they do not. */
  performer?: "nguoi_dan" | "co_quan";
}

export type ParsedSteps =
  | { kind: "steps"; steps: ParsedStep[]; markedBy: "buoc" | "letter" | "number" | "dash" }
  /** No reliable split: the whole text as one step, for review. */
  | { kind: "single"; text: string }
  | { kind: "none" };

/** "Bước 1:", "- Bước 2.", "+ Bước 3 –", "a) Bước 1." anywhere a line or a sentence starts. */
const BUOC = /(?:^|(?<=[\s\-+*•:.;)]))Bước\s*(\d{1,2})\s*[:.)\-–]?\s*/gu;
const LETTER = /^([a-zđ])\)\s*/u;
const NUMBER = /^(\d{1,2})[.)](?!\d)\s*/u;
const DASH = /^[-–]\s*/u;

const LETTERS = "abcdđeghiklmn";

/**
 * `trinh_tu_thuc_hien` → steps. The text is split only where it numbers its steps in order:
 * "Bước 1 … Bước n" (1 to n, once each), lines "a) … b) …", "1. … 2. …", or lines that all
 * start with "- " (with their "+ …" sub-lines). Anything else, such as steps that restart for
 * a second case ("Đối với trường hợp A: Bước 1… Bước 2… Đối với trường hợp B: Bước 1…"), stays
 * one step: a wrong split would be worse than none.
 */
export function parseSteps(text: string): ParsedSteps {
  const lines = portalLines(text);
  if (lines.length === 0 || (lines.length === 1 && saysNothing(lines[0]!))) return { kind: "none" };
  const whole = lines.join("\n");
  const byBuoc = splitOnBuoc(whole);
  if (byBuoc) return { kind: "steps", steps: byBuoc.map(withPerformer), markedBy: "buoc" };
  for (const [marker, kind] of [
    [LETTER, "letter"],
    [NUMBER, "number"],
  ] as const) {
    const split = splitOnLineMarkers(lines, marker, kind);
    if (split) return { kind: "steps", steps: split.map(withPerformer), markedBy: kind };
  }
  const byDash = splitOnDashes(lines);
  if (byDash) return { kind: "steps", steps: byDash.map(withPerformer), markedBy: "dash" };
  return { kind: "single", text: whole };
}

function splitOnBuoc(whole: string): string[] | undefined {
  const marks = [...whole.matchAll(BUOC)];
  if (marks.length < 2 || !marks.every((m, i) => Number(m[1]) === i + 1)) return undefined;
  const steps: string[] = [];
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? whole.length;
    steps.push(trimStep(whole.slice(m.index + m[0].length, end)));
  });
  // What comes before "Bước 1" (a heading such as "a) Nộp hồ sơ") belongs to the first step.
  const before = trimStep(whole.slice(0, marks[0]!.index));
  if (before !== "" && !/^(?:[a-zđ]\)|\d+[.)])$/u.test(before)) steps[0] = `${before}\n${steps[0]}`.trim();
  return steps.every((s) => s !== "") ? steps : undefined;
}

function splitOnLineMarkers(lines: string[], marker: RegExp, kind: "letter" | "number"): string[] | undefined {
  const starts = lines.map((line, i) => ({ i, m: marker.exec(line) })).filter((x) => x.m !== null);
  if (starts.length < 2 || starts[0]!.i !== 0) return undefined;
  const inOrder = starts.every((x, n) =>
    kind === "number" ? Number(x.m![1]) === n + 1 : x.m![1] === LETTERS.replace(starts.some((s) => s.m![1] === "đ") ? "" : "đ", "")[n],
  );
  if (!inOrder) return undefined;
  return starts.map((x, n) => {
    const end = starts[n + 1]?.i ?? lines.length;
    const body = [lines[x.i]!.slice(x.m![0].length), ...lines.slice(x.i + 1, end)];
    return trimStep(body.join("\n"));
  });
}

function splitOnDashes(lines: string[]): string[] | undefined {
  if (!DASH.test(lines[0]!)) return undefined;
  const steps: string[][] = [];
  for (const line of lines) {
    if (DASH.test(line)) steps.push([line.replace(DASH, "")]);
    else if (/^(?:\+|\(?[ivx]+\)|\(?\d+\)|[a-zđ]\))/u.test(line)) steps[steps.length - 1]!.push(line);
    else return undefined;
  }
  return steps.length >= 2 ? steps.map((s) => trimStep(s.join("\n"))) : undefined;
}

/** Without the marker's punctuation before it and a dangling bullet after it ("…\n-" before "- Bước 2"). */
function trimStep(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s\-+*•]/u.test(text[end - 1]!)) end--;
  return text
    .slice(0, end)
    .replace(/^[\s\-+*•:.;]+/u, "")
    .trim();
}

/**
 * First words that say who acts, matched with their diacritics ("Bộ" is an agency, "bổ sung" a
 * verb), lower case. "Tổ chức" is also the verb "to organise": it counts as the applicant only
 * as "Tổ chức, cá nhân…" or followed by what an applicant does.
 */
const APPLICANT =
  /^(?:tổ chức (?:tín dụng|tài chính|kinh tế|hành nghề|kiểm định|chứng nhận|đăng ký)|ngân hàng (?!nhà nước)|tổ chức(?:,| và| hoặc| \(| (?:nộp|đề nghị|có nhu cầu|chuẩn bị|gửi|lập|xin|cá nhân))|cá nhân|người (?:dân|nộp|yêu cầu|đề nghị|đi|khai|được ủy quyền|được uỷ quyền|sử dụng lao động|lao động|nước ngoài|vận tải|tham gia|thừa kế|khiếu nại|tố cáo)|công dân|doanh nghiệp|chủ (?:đầu tư|sở hữu|hộ|tàu|phương tiện|rừng|cơ sở|dự án)|nhà đầu tư|thương nhân|hợp tác xã|hộ gia đình|hộ kinh doanh|thân nhân|nlđ|công ty|chi nhánh)/u;
const AGENCY =
  /^(?:cơ quan|sở |bộ |cục |chi cục|[uủ]ỷ? ?ban nhân dân|ủy ban|uỷ ban|ubnd|ubck|trung tâm phục vụ|trung tâm|bộ phận|cán bộ|công chức|phòng |văn phòng|ngân hàng nhà nước|nhnn|công an|thủ trưởng|chủ tịch|hội đồng|kho bạc|tổng cục|vụ |thanh tra|ban quản lý|cảng vụ|bảo hiểm xã hội|bhxh|tòa án|toà án|bộ trưởng|giám đốc sở|lãnh đạo|đoàn kiểm tra|đoàn đánh giá)/u;
/** A step that opens with its name: "Nộp hồ sơ", "Tiếp nhận hồ sơ", "Trả kết quả". */
const APPLICANT_HEADING = /^(?:nộp hồ sơ|chuẩn bị hồ sơ|lập hồ sơ|nhận kết quả|gửi hồ sơ)/u;
const AGENCY_HEADING =
  /^(?:tiếp nhận|thẩm định|thẩm tra|giải quyết|kiểm tra|xem xét|xử lý|trả kết quả|phê duyệt|cấp giấy|ban hành|trả lời)/u;
/** A clause before the subject: "Trong thời hạn 05 ngày làm việc, Sở Tư pháp…", "Khi tiếp nhận hồ sơ, …". */
const LEADING_CLAUSE = /^(?:trong (?:thời hạn|vòng|thời gian)|trường hợp|khi|sau khi|ngay sau khi|căn cứ|chậm nhất|kể từ)[^,:;]*[,:]\s*/u;
const LEADING_MARKER = /^(?:[^\p{L}]+|(?:[a-zđ]\)|trình tự thực hiện:)\s*)+/u;

function withPerformer(text: string): ParsedStep {
  let start = text.slice(0, 240).toLocaleLowerCase("vi").replace(LEADING_MARKER, "");
  for (let i = 0; i < 2 && LEADING_CLAUSE.test(start); i++) start = start.replace(LEADING_CLAUSE, "").replace(LEADING_MARKER, "");
  // A heading line names the step's action ("Nộp hồ sơ"); the actor may follow on the next line.
  const performer =
    APPLICANT_HEADING.test(start) || APPLICANT.test(start)
      ? "nguoi_dan"
      : AGENCY_HEADING.test(start) || AGENCY.test(start)
        ? "co_quan"
        : undefined;
  return performer ? { text, performer } : { text };
}
