import type { Problem } from "../model/problem.js";
import type { UnreadableFile } from "../model/refusal.js";
import { tooLargeProblem } from "./decode-text.js";

/** A catalogue entry the source would not or could not read → a finding on that entry. */
export function unreadableProblem(error: UnreadableFile): Omit<Problem, "file"> {
  if (error.reason === "too-large") return tooLargeProblem(error.detail.size ?? 0);
  const what = error.detail.folder ? { vi: "Thư mục", en: "The folder" } : { vi: "Tệp", en: "The file" };
  const code = error.detail.code ? ` (${error.detail.code})` : "";
  const message = {
    symlink: {
      vi: "Đây là liên kết tượng trưng (symlink), không phải tệp thật, nên tthc không đọc. Hãy thay liên kết bằng chính tệp (sao chép nội dung vào đây) hoặc xóa liên kết.",
      en: "This is a symbolic link, not a real file, so tthc does not read it. Replace the link with the file itself, or remove it.",
    },
    "not-regular": {
      vi: `${what.vi} này không phải tệp văn bản thông thường (có thể là FIFO, socket hoặc thiết bị) nên tthc không đọc. Hãy xóa nó khỏi danh mục hoặc thay bằng tệp YAML.`,
      en: `${what.en} is not a regular file (a FIFO, socket or device?), so tthc does not read it. Remove it from the catalogue or replace it with a YAML file.`,
    },
    "no-permission": {
      vi: `${what.vi} không đọc được vì không có quyền${code}. Hãy cấp quyền đọc (ví dụ chmod a+r, hoặc chmod a+rx với thư mục) rồi chạy lại.`,
      en: `${what.en} cannot be read: permission denied${code}. Grant read permission (chmod a+r, or a+rx for a folder) and run again.`,
    },
    "io-error": {
      vi: `${what.vi} không đọc được do lỗi hệ thống${code}. Hãy kiểm tra ổ đĩa và tệp rồi chạy lại.`,
      en: `${what.en} cannot be read because of a system error${code}. Check the disk and the file, then run again.`,
    },
  }[error.reason];
  return { rule: "unreadable-file", path: [], range: [0, 0], message };
}
