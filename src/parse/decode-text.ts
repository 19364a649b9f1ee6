import { isUtf8 } from "node:buffer";
import type { Problem } from "../model/problem.js";

/** Above this a single file is refused: a field file of 500 procedures is about 4 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; problem: Omit<Problem, "file">; text?: string };

/** Bytes are checked with isUtf8 first: 3 ms for a national catalogue, where a fatal decoder's check cost about 80. */
const decoder = new TextDecoder("utf-8");

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Offset (in UTF-16 units of the valid prefix) of the first byte that is not UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n: number;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}

/** The finding for a file over MAX_FILE_BYTES, known from its size alone. */
export function tooLargeProblem(size: number): Omit<Problem, "file"> {
  return {
    rule: "file-too-large",
    path: [],
    range: [0, 0],
    message: {
      vi: `Tệp quá lớn (${mib(size)} MB, tối đa ${mib(MAX_FILE_BYTES)} MB). Hãy tách lĩnh vực thành nhiều tệp nhỏ hơn.`,
      en: `File too large (${mib(size)} MB, at most ${mib(MAX_FILE_BYTES)} MB). Split it into smaller files.`,
    },
  };
}

/** A file that is not UTF-8 text at all, said for the whole file. */
const notText = (vi: string, en: string): Decoded => ({
  ok: false,
  problem: { rule: "encoding", path: [], range: [0, 0], message: { vi, en } },
});

const binaryFile = () =>
  notText(
    "Đây là tệp nhị phân (có byte NUL), không phải văn bản YAML. Hãy xóa tệp này khỏi danh mục hoặc thay bằng tệp YAML đúng.",
    "This is a binary file (it contains NUL bytes), not YAML text. Remove it from the catalogue or replace it with a YAML file.",
  );

/**
 * Bytes → text, refusing what is not UTF-8 YAML with a message that says what to do:
 * UTF-16 (what Windows Notepad calls "Unicode"), legacy encodings, binary files, huge files.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: tooLargeProblem(bytes.length) };
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 4 && ((bytes[0] === 0 && bytes[1] !== 0) || (bytes[0] !== 0 && bytes[1] === 0)) && (bytes[2] === 0 || bytes[3] === 0));
  if (utf16) {
    return notText(
      "Tệp được lưu bằng mã UTF-16, không phải UTF-8. Hãy mở tệp trong VS Code, chọn mã hóa UTF-8 (Save with Encoding → UTF-8) rồi lưu lại.",
      "The file is saved as UTF-16, not UTF-8. Open it in VS Code and save it with encoding UTF-8 (Save with Encoding → UTF-8).",
    );
  }
  if (!isUtf8(bytes)) {
    if (bytes.indexOf(0) >= 0) return binaryFile();
    const at = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, at));
    return {
      ok: false,
      // The lossy text, so that the finding can say on which line the first bad byte stands.
      text: new TextDecoder("utf-8").decode(bytes),
      problem: {
        rule: "encoding",
        path: [],
        range: [prefix.length, prefix.length + 1],
        message: {
          vi: "Tệp không phải mã UTF-8 (có thể là TCVN3, VNI hoặc Windows-1258). Hãy chuyển tệp sang Unicode UTF-8 (ví dụ bằng Unikey → Chuyển mã) rồi lưu lại.",
          en: "The file is not UTF-8 (perhaps TCVN3, VNI or Windows-1258). Convert it to Unicode UTF-8 and save it again.",
        },
      },
    };
  }
  const text = decoder.decode(bytes);
  // NUL is valid UTF-8: looked for in the text, which is quicker than in the bytes.
  if (text.indexOf("\u0000") >= 0) return binaryFile();
  // A CR on its own is a line break to some readers and text to others (js-yaml and the yaml
  // library keep it inside a plain value): no reading of it is safe, so it is refused.
  const lone = text.includes("\r") ? text.search(/\r(?!\n)/u) : -1;
  if (lone >= 0) {
    return {
      ok: false,
      text,
      problem: {
        rule: "encoding",
        path: [],
        range: [lone, lone + 1],
        message: {
          vi: "Tệp có ký tự xuống dòng CR đứng riêng (kiểu máy Mac cũ, hoặc dán từ chương trình khác). Hãy lưu lại tệp với kiểu xuống dòng LF (VS Code: góc dưới bên phải, chọn LF) hoặc xóa ký tự đó.",
          en: "The file holds a lone CR line break (old Mac style, or pasted from another program). Save it with LF line endings, or remove that character.",
        },
      },
    };
  }
  // TextDecoder drops a byte-order mark itself, so look at the bytes.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, bom };
}
