// Real temporary git repositories for the end-to-end tests: the fixture's manifest, agencies,
// documents and calendar, plus field files written from base-fields.ts, committed with git itself.

import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { main } from "../../src/cli/main.js";
import type { Field } from "../../src/model/catalogue.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/base/", import.meta.url));
const VAN_BAN = `van_ban:
  - id: 60/2014/QH13
    so_hieu: 60/2014/QH13
    ten: Luật Hộ tịch
    ngay_ban_hanh: 2014-11-20
    hieu_luc_tu: 2016-01-01
  - id: 123/2015/ND-CP
    so_hieu: 123/2015/NĐ-CP
    ten: Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch
    ngay_ban_hanh: 2015-11-15
    hieu_luc_tu: 2016-01-01
  - id: 04/2020/TT-BTP
    so_hieu: 04/2020/TT-BTP
    ten: Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch
    ngay_ban_hanh: 2020-05-28
    hieu_luc_tu: 2020-07-16
  - id: 87/2020/ND-CP
    so_hieu: 87/2020/NĐ-CP
    ten: Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến
    ngay_ban_hanh: 2020-07-28
    hieu_luc_tu: 2020-09-20
`;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  bytes: Uint8Array[];
}

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  writeFields(fields: Field[]): void;
  writeFile(relative: string, text: string): void;
  readFile(relative: string): string;
  removeFile(relative: string): void;
  commit(message: string): void;
  run(argv: string[], options?: { isTTY?: boolean; columns?: number; env?: NodeJS.ProcessEnv; cwd?: string }): Promise<RunResult>;
  cleanup(): void;
}

/** A field file as people write it: the schema comment, then ma, ten, phien_ban, thu_tuc. */
export function fieldYaml(field: Field): string {
  return "# yaml-language-server: $schema=../../schemas/linh-vuc.schema.json\n" + stringify(field, { lineWidth: 0 });
}

/** A repository with `catalogue/` holding `fields`, committed once on branch main. */
export function makeRepo(fields: Field[]): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), "tthc-amend-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const writeFile = (relative: string, text: string) => {
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  const repo: TestRepo = {
    dir,
    git,
    writeFields(list) {
      rmSync(join(dir, "catalogue", "linh-vuc"), { recursive: true, force: true });
      for (const field of list) writeFile(`catalogue/linh-vuc/${field.ma}.yaml`, fieldYaml(field));
    },
    writeFile,
    readFile: (relative) => readFileSync(join(dir, relative), "utf8"),
    removeFile: (relative) => rmSync(join(dir, relative), { force: true }),
    commit(message) {
      git("add", "-A");
      git("commit", "-q", "-m", message);
    },
    async run(argv, options = {}) {
      const out: string[] = [];
      const err: string[] = [];
      const bytes: Uint8Array[] = [];
      const code = await main(argv, {
        cwd: options.cwd ?? dir,
        env: options.env ?? {},
        isTTY: options.isTTY ?? false,
        ...(options.columns === undefined ? {} : { columns: options.columns }),
        stdout: (t) => void out.push(t),
        stderr: (t) => void err.push(t),
        stdoutBytes: (b) => void bytes.push(b),
      });
      return { code, stdout: out.join(""), stderr: err.join(""), bytes };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  git("init", "-q", "-b", "main");
  git("config", "user.name", "Chuyên viên Pháp chế");
  git("config", "user.email", "phap-che@example.vn");
  git("config", "commit.gpgsign", "false");
  cpSync(FIXTURE, join(dir, "catalogue"), { recursive: true });
  writeFile("catalogue/van-ban.yaml", VAN_BAN);
  repo.writeFields(fields);
  repo.commit("Danh mục ban đầu");
  return repo;
}
