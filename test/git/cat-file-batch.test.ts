// One `git cat-file --batch` reads many files; its answers arrive in chunks of git's pipe (or of
// the file it writes, read while it grows), and a file's bytes may be cut anywhere between them.
// Each answer must come back whole and in order.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listEntriesAt, readFilesAt, showFilesAt, streamFilesAt } from "../../src/git/git.js";

let dir: string;
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], { cwd: dir, encoding: "buffer" });

/** What a test compares: base64, since comparing large buffers byte by byte is slow in expect. */
const shown = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString("base64"));

/** Bytes that are no text: every value, line feeds included, in an order that does not repeat soon. */
function noise(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    bytes[i] = x >> 16;
  }
  return bytes;
}

/** Many small files: git ends long before they are all read one by one, so the rest is read at once. */
const MANY = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`many/${i}.yaml`, Buffer.from(`so: ${i}\n`.repeat(i % 7))]));

const FILES: Record<string, Buffer> = {
  ...MANY,
  "empty.yaml": Buffer.alloc(0),
  "one-line.yaml": Buffer.from("\n"),
  "text.yaml": Buffer.from("ma: ho-tich\nten: Hộ tịch\n"),
  "large.bin": noise(300_000, 1),
  "after-large.yaml": Buffer.from("a: 1\n"),
  "larger.bin": noise(1_000_003, 2),
  "sub/last.yaml": noise(65_536, 3),
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tthc-cat-file-"));
  git("init", "-q");
  for (const [name, bytes] of Object.entries(FILES)) {
    execFileSync("mkdir", ["-p", join(dir, name, "..")]);
    writeFileSync(join(dir, name), bytes);
  }
  git("add", "-A");
  git("commit", "-qm", "files");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ["every file, in the order asked", Object.keys(FILES)],
  ["the other way round", Object.keys(FILES).reverse()],
  ["one file twice", ["large.bin", "text.yaml", "large.bin"]],
])("%s: the same bytes as git show", async (_name, names) => {
  const files = await showFilesAt(
    dir,
    names.map((name) => `HEAD:${name}`),
  );
  expect(files.map(shown)).toEqual(names.map((name) => shown(FILES[name])));
});

test("a folder, a missing file and a name with a line break are undefined, and the answers after them still come", async () => {
  const files = await showFilesAt(dir, ["HEAD:sub", "HEAD:large.bin", "HEAD:khong-co.yaml", "HEAD:a\nb", "HEAD:text.yaml"]);
  expect(files.map(shown)).toEqual([undefined, shown(FILES["large.bin"]), undefined, undefined, shown(FILES["text.yaml"])]);
});

test("readFilesAt leaves out what the commit lacks; ls-tree gives each file's object id", async () => {
  const found = await readFilesAt(dir, "HEAD", ["text.yaml", "khong-co.yaml", "larger.bin"]);
  expect([...found.keys()]).toEqual(["text.yaml", "larger.bin"]);
  expect(shown(found.get("larger.bin"))).toBe(shown(FILES["larger.bin"]));
  const entries = await listEntriesAt(dir, "HEAD", "");
  const text = entries.find((entry) => entry.path === "text.yaml");
  expect(text?.object).toBe(git("rev-parse", "HEAD:text.yaml").toString("utf8").trim());
});

describe("streamFilesAt: each file as soon as git has given it", () => {
  test.each([
    ["every file, in the order asked", Object.keys(FILES)],
    ["the other way round", Object.keys(FILES).reverse()],
    [
      "the large files between many small ones",
      [...Object.keys(MANY).slice(0, 150), "larger.bin", ...Object.keys(MANY).slice(150), "large.bin"],
    ],
    ["one file twice, a folder, a missing file and a name with a line break", ["large.bin", "sub", "khong-co.yaml", "a\nb", "large.bin"]],
  ])("%s: the same bytes as git show", async (_name, names) => {
    const files = await Promise.all(streamFilesAt(dir, "HEAD", names));
    expect(files.map(shown)).toEqual(names.map((name) => shown(FILES[name])));
  });

  test("the last file can be awaited first, and files left unawaited do no harm", async () => {
    const names = Object.keys(FILES);
    const files = streamFilesAt(dir, "HEAD", names);
    expect(shown(await files[names.length - 1])).toBe(shown(FILES[names[names.length - 1]!]));
    expect(shown(await files[0])).toBe(shown(FILES[names[0]!]));
  });

  test("without a temporary folder to write in, the same files come through git's pipe", async () => {
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = join(dir, "khong-co-thu-muc");
    try {
      const names = ["text.yaml", "khong-co.yaml", "larger.bin"];
      const files = await Promise.all(streamFilesAt(dir, "HEAD", names));
      expect(files.map(shown)).toEqual(names.map((name) => shown(FILES[name])));
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
  });

  test("git's failure is each file's failure, with what git said", async () => {
    const outside = mkdtempSync(join(tmpdir(), "tthc-no-repo-"));
    try {
      const files = streamFilesAt(outside, "HEAD", ["text.yaml", "large.bin"]);
      for (const file of files) await expect(file).rejects.toMatchObject({ stderr: expect.stringMatching(/not a git repository/) });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
