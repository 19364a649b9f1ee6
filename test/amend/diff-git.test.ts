// End to end through main() on real temporary git repositories: BASE is a commit read with
// git ls-tree and git show, HEAD the working tree (or another commit). Each case asserts the
// JSON of docs/cli.md.

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import type { Field, Procedure } from "../../src/model/catalogue.js";
import { copy } from "../support/copy.js";
import { baseFields, khaiTu, procedureIn } from "./base-fields.js";
import { makeRepo, type TestRepo } from "./git-repo.js";

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function repoWithBase(): TestRepo {
  const repo = makeRepo(baseFields());
  repos.push(repo);
  return repo;
}

/** BASE committed, HEAD = BASE edited by `edit` in the working tree; the JSON of `tthc diff HEAD`. */
async function diffAfter(edit: (fields: Field[]) => void) {
  const repo = repoWithBase();
  const head = copy(baseFields());
  edit(head);
  repo.writeFields(head);
  const result = await repo.run(["diff", "HEAD", "--format", "json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const NEW_PROCEDURE: Procedure = {
  ...khaiTu(),
  ma: "1.000689",
  ten: "Thủ tục đăng ký lại khai sinh",
  cong_bo: { quyet_dinh: "250/QĐ-UBND", ngay: "2026-03-02" },
};

describe("tthc diff BASE (JSON)", () => {
  test("a new procedure", async () => {
    const json = await diffAfter((f) => f[0]!.thu_tuc.push(copy(NEW_PROCEDURE)));
    expect(json).toEqual({
      base: "HEAD",
      head: "working tree",
      added: [{ code: "1.000689", name: "Thủ tục đăng ký lại khai sinh", field: "ho-tich", field_name: "Hộ tịch" }],
      amended: [],
      replaced: [],
      abolished: [],
      unchanged: 4,
      moved: [],
    });
    expect(Object.keys(json)).toEqual(["base", "head", "added", "amended", "replaced", "abolished", "unchanged", "moved"]);
  });

  test("a shortened deadline", async () => {
    const json = await diffAfter((f) => {
      procedureIn(f, "1.001193").thoi_han.gia_tri = 2;
    });
    expect(json.amended).toEqual([
      {
        code: "1.001193",
        name: "Thủ tục đăng ký khai sinh",
        field: "ho-tich",
        elements: ["thoi_han"],
        changes: [{ path: ["thoi_han", "gia_tri"], before: 3, after: 2 }],
        field_name: "Hộ tịch",
        legal_change: true,
      },
    ]);
    expect(Object.keys(json.amended[0])).toEqual(["code", "name", "field", "elements", "changes", "field_name", "legal_change"]);
    expect(json.unchanged).toBe(3);
  });

  test("a removed dossier component", async () => {
    const json = await diffAfter((f) => {
      procedureIn(f, "1.001193").thanh_phan_ho_so.splice(1, 1);
    });
    expect(json.amended).toMatchObject([
      {
        code: "1.001193",
        elements: ["thanh_phan_ho_so"],
        changes: [
          {
            path: ["thanh_phan_ho_so", "Giấy chứng sinh"],
            before: { ten: "Giấy chứng sinh", ban_chinh: 1, hinh_thuc: "nop" },
            after: null,
          },
        ],
      },
    ]);
  });

  test("a fee change", async () => {
    const json = await diffAfter((f) => {
      procedureIn(f, "2.000815").phi_le_phi[0]!.so_tien = 3000;
    });
    expect(json.amended).toEqual([
      {
        code: "2.000815",
        name: "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản",
        field: "chung-thuc",
        elements: ["phi_le_phi"],
        changes: [{ path: ["phi_le_phi", "Phí chứng thực bản sao", "so_tien"], before: 2000, after: 3000 }],
        field_name: "Chứng thực",
        legal_change: true,
      },
    ]);
  });

  test("a replacement: the old procedure removed, the new one with thay_the", async () => {
    const json = await diffAfter((f) => {
      const fields = f[0]!.thu_tuc;
      const index = fields.findIndex((p) => p.ma === "1.000656");
      fields.splice(index, 1, {
        ...khaiTu(),
        ma: "1.012345",
        ten: "Thủ tục đăng ký khai tử trực tuyến liên thông",
        cach_thuc: [{ kenh: "truc_tiep" }, { kenh: "truc_tuyen" }],
        thay_the: "1.000656",
        cong_bo: { quyet_dinh: "250/QĐ-UBND", ngay: "2026-03-02" },
      });
    });
    expect(json.replaced).toEqual([
      {
        code: "1.012345",
        replaces: "1.000656",
        name: "Thủ tục đăng ký khai tử trực tuyến liên thông",
        field: "ho-tich",
        field_name: "Hộ tịch",
        replaces_name: "Thủ tục đăng ký khai tử",
        elements: ["ten", "cach_thuc", "cong_bo"],
        changes: [
          { path: ["ten"], before: "Thủ tục đăng ký khai tử", after: "Thủ tục đăng ký khai tử trực tuyến liên thông" },
          { path: ["cach_thuc", "truc_tuyen"], before: null, after: { kenh: "truc_tuyen" } },
          { path: ["cong_bo", "quyet_dinh"], before: "1234/QĐ-UBND", after: "250/QĐ-UBND" },
          { path: ["cong_bo", "ngay"], before: "2025-06-25", after: "2026-03-02" },
        ],
      },
    ]);
    expect([json.added, json.abolished, json.amended]).toEqual([[], [], []]);
    expect(json.unchanged).toBe(3);
  });

  test("an abolition by removal", async () => {
    const json = await diffAfter((f) => {
      f[0]!.thu_tuc = f[0]!.thu_tuc.filter((p) => p.ma !== "1.000894");
    });
    expect(json.abolished).toEqual([
      { code: "1.000894", name: "Thủ tục đăng ký kết hôn", field: "ho-tich", field_name: "Hộ tịch", by: "removal" },
    ]);
    expect(json.unchanged).toBe(3);
  });

  test("an abolition by status", async () => {
    const json = await diffAfter((f) => {
      Object.assign(procedureIn(f, "1.000894"), {
        trang_thai: "bai_bo",
        bai_bo: { quyet_dinh: "251/QĐ-UBND", ngay: "2026-03-02", can_cu: "123/2015/ND-CP" },
      });
    });
    expect(json.abolished).toEqual([
      { code: "1.000894", name: "Thủ tục đăng ký kết hôn", field: "ho-tich", field_name: "Hộ tịch", by: "status" },
    ]);
    expect(json.amended).toEqual([]);
    expect(json.unchanged).toBe(3);
  });

  test("reordered lists report no change", async () => {
    const json = await diffAfter((f) => {
      const p = procedureIn(f, "1.001193");
      p.thanh_phan_ho_so.reverse();
      p.cach_thuc.reverse();
      p.phi_le_phi.reverse();
      p.can_cu_phap_ly.reverse();
      procedureIn(f, "2.000815").doi_tuong.reverse();
      f[0]!.thu_tuc.reverse();
    });
    expect(json).toMatchObject({ added: [], amended: [], replaced: [], abolished: [], unchanged: 4, moved: [] });
  });

  test("an inserted step reports only that step", async () => {
    const step = { mo_ta: "Công chức tư pháp - hộ tịch tra cứu Cơ sở dữ liệu quốc gia về dân cư.", chu_the: "co_quan" as const };
    const json = await diffAfter((f) => {
      procedureIn(f, "1.001193").trinh_tu.splice(2, 0, step);
    });
    expect(json.amended).toMatchObject([
      { code: "1.001193", elements: ["trinh_tu"], changes: [{ path: ["trinh_tu", 2], before: null, after: step }] },
    ]);
    expect(json.amended[0].changes).toHaveLength(1);
  });

  test("a renamed field file: its procedures moved, not new and abolished", async () => {
    const repo = repoWithBase();
    const head = copy(baseFields());
    head[1]!.ma = "chung-thuc-dan-su";
    head[1]!.ten = "Chứng thực (dân sự)";
    repo.writeFields(head);
    expect(existsSync(join(repo.dir, "catalogue/linh-vuc/chung-thuc.yaml"))).toBe(false);
    const result = await repo.run(["diff", "HEAD", "--format", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ added: [], amended: [], replaced: [], abolished: [], unchanged: 3 });
    expect(json.moved).toEqual([
      {
        code: "2.000815",
        name: "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản",
        field: "chung-thuc-dan-su",
        field_name: "Chứng thực (dân sự)",
        from: "chung-thuc",
      },
    ]);
  });

  test("a field file renamed with git mv, code unchanged: no difference at all", async () => {
    const repo = repoWithBase();
    repo.git("mv", "catalogue/linh-vuc/chung-thuc.yaml", "catalogue/linh-vuc/chung-thuc-2.yaml");
    const result = await repo.run(["diff", "HEAD", "--format", "json", "--exit-code"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ added: [], amended: [], abolished: [], moved: [], unchanged: 4 });
  });
});

describe("revisions", () => {
  test("tthc diff HEAD~1 (working tree = HEAD) and HEAD~1 HEAD, read without checkout", async () => {
    const repo = repoWithBase();
    const head = copy(baseFields());
    procedureIn(head, "1.001193").thoi_han.gia_tri = 2;
    repo.writeFields(head);
    repo.commit("Rút ngắn thời hạn khai sinh");
    const status = repo.git("status", "--porcelain");
    const commit = repo.git("rev-parse", "HEAD");
    for (const argv of [
      ["diff", "HEAD~1"],
      ["diff", "HEAD~1", "HEAD"],
    ]) {
      const result = await repo.run([...argv, "--format", "json"]);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.base).toBe("HEAD~1");
      expect(json.head).toBe(argv[2] ?? "working tree");
      expect(json.amended).toMatchObject([{ code: "1.001193", changes: [{ path: ["thoi_han", "gia_tri"], before: 3, after: 2 }] }]);
    }
    // Nothing was checked out: same commit, same (clean) working tree.
    expect(repo.git("rev-parse", "HEAD")).toBe(commit);
    expect(repo.git("status", "--porcelain")).toBe(status);
  });

  test("the default text output, without colour through a pipe", async () => {
    const repo = repoWithBase();
    const head = copy(baseFields());
    procedureIn(head, "1.001193").thoi_han.gia_tri = 2;
    repo.writeFields(head);
    const result = await repo.run(["diff", "HEAD"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Thời hạn giải quyết: 3 ngày làm việc → 2 ngày làm việc");
    expect(result.stdout).not.toContain("\u001b[");
  });

  test("a REV that is a folder: the catalogue folder or a folder holding catalogue/", async () => {
    const repo = repoWithBase();
    const old = mkdtempSync(join(tmpdir(), "tthc-amend-old-"));
    try {
      cpSync(join(repo.dir, "catalogue"), join(old, "catalogue"), { recursive: true });
      const head = copy(baseFields());
      procedureIn(head, "2.000815").phi_le_phi[0]!.so_tien = 3000;
      repo.writeFields(head);
      for (const rev of [old, join(old, "catalogue")]) {
        const result = await repo.run(["diff", rev, "--format", "json"]);
        expect(result.code).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json.base).toBe(rev);
        expect(json.amended).toMatchObject([{ code: "2.000815", elements: ["phi_le_phi"] }]);
      }
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });

  test("a malformed file at the base revision: exit 2 naming the revision and the file", async () => {
    const repo = repoWithBase();
    const good = repo.readFile("catalogue/linh-vuc/ho-tich.yaml");
    repo.writeFile("catalogue/linh-vuc/ho-tich.yaml", good.replace("ten: Hộ tịch\n", "ten: Hộ tịch\n\tphien_ban: x\n"));
    repo.commit("Lỗi thụt lề");
    repo.writeFile("catalogue/linh-vuc/ho-tich.yaml", good);
    const result = await repo.run(["diff", "HEAD"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n").slice(0, 2)).toEqual([
      "Danh mục ở phiên bản HEAD có 1 lỗi nên không đọc được:",
      "  HEAD:catalogue/linh-vuc/ho-tich.yaml:4:1  Dùng ký tự Tab để thụt lề. YAML chỉ chấp nhận dấu cách: hãy thay Tab bằng dấu cách (VS Code: Convert Indentation to Spaces).",
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  test("an unknown revision: exit 2 and what to check", async () => {
    const repo = repoWithBase();
    const result = await repo.run(["diff", "khong-co-nhanh-nay", "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'Git revision "khong-co-nhanh-nay" was not found. Check the branch, tag or commit name (git log --oneline).\n',
    );
  });

  test('a revision starting with "-" is refused before git sees it: exit 2', async () => {
    const repo = repoWithBase();
    for (const rev of ["--output=/tmp/x", "-p"]) {
      const result = await repo.run(["diff", "--", rev]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`Phiên bản "${rev}" không hợp lệ: tên phiên bản git không được bắt đầu bằng "-".\n`);
    }
    const asHead = await repo.run(["diff", "HEAD", "--", "-p"]);
    expect(asHead.code).toBe(2);
    expect(asHead.stderr).toContain('Phiên bản "-p" không hợp lệ');
  });

  test("a shallow clone that lacks BASE says which git fetch fixes it", async () => {
    const repo = repoWithBase();
    const head = copy(baseFields());
    procedureIn(head, "1.001193").thoi_han.gia_tri = 2;
    repo.writeFields(head);
    repo.commit("Thứ hai");
    const clone = mkdtempSync(join(tmpdir(), "tthc-amend-shallow-"));
    try {
      execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo.dir}`, clone], { stdio: "ignore" });
      const result = await repo.run(["diff", "HEAD~1"], { cwd: clone });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("shallow clone");
      expect(result.stderr).toContain("git fetch --unshallow origin, rồi chạy lại");
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe("options", () => {
  async function amendedRepo(): Promise<TestRepo> {
    const repo = repoWithBase();
    const head = copy(baseFields());
    procedureIn(head, "1.001193").thoi_han.gia_tri = 2;
    repo.writeFields(head);
    return repo;
  }

  test("--exit-code: 1 with differences, 0 without", async () => {
    const repo = await amendedRepo();
    expect((await repo.run(["diff", "HEAD", "--exit-code", "--format", "json"])).code).toBe(1);
    expect((await repo.run(["diff", "HEAD", "HEAD", "--exit-code", "--format", "json"])).code).toBe(0);
  });

  test("--out writes the file atomically and prints nothing", async () => {
    const repo = await amendedRepo();
    const result = await repo.run(["diff", "HEAD", "--format", "md", "--out", "de-xuat.md"]);
    expect(result).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(repo.readFile("de-xuat.md")).toContain("| Thời hạn giải quyết | 3 ngày làm việc | 2 ngày làm việc |");
    expect(readdirSync(repo.dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test("--out into a missing folder: exit 2, nothing left behind", async () => {
    const repo = await amendedRepo();
    const result = await repo.run(["diff", "HEAD", "--out", "khong-co/de-xuat.txt"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "Không ghi được tệp khong-co/de-xuat.txt (ENOENT). Kiểm tra thư mục có tồn tại và có quyền ghi, rồi chạy lại.\n",
    );
  });

  test("docx: refused to a terminal without --out, bytes to a pipe, a file with --out", async () => {
    const repo = await amendedRepo();
    const tty = await repo.run(["diff", "HEAD", "--format", "docx"], { isTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain("--out");
    const piped = await repo.run(["diff", "HEAD", "--format", "docx"]);
    expect(piped.code).toBe(0);
    expect(piped.bytes).toHaveLength(1);
    expect(Array.from(piped.bytes[0]!.slice(0, 2))).toEqual([0x50, 0x4b]); // "PK": a zip
    const written = await repo.run(["diff", "HEAD", "--format", "docx", "--out", "phu-luc.docx"], { isTTY: true });
    expect(written.code).toBe(0);
    // Same input, same bytes: the date comes from the commit, not the clock.
    expect(Buffer.compare(readFileSync(join(repo.dir, "phu-luc.docx")), Buffer.from(piped.bytes[0]!))).toBe(0);
  });

  test("every text format through main(); colour only on a terminal and never with --no-color", async () => {
    const repo = await amendedRepo();
    const starts: Record<string, string> = {
      text: "Đề xuất sửa đổi danh mục TTHC: HEAD → cây làm việc\n",
      md: "## Đề xuất sửa đổi danh mục TTHC: HEAD → cây làm việc\n",
      html: "<!DOCTYPE html>\n",
      json: '{\n  "base": "HEAD",\n  "head": "working tree",\n',
    };
    for (const [format, start] of Object.entries(starts)) {
      const result = await repo.run(["diff", "HEAD", "--format", format]);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(start)).toBe(true);
    }
    expect((await repo.run(["diff", "HEAD"], { isTTY: true })).stdout).toContain("\u001b[");
    expect((await repo.run(["diff", "HEAD", "--no-color"], { isTTY: true })).stdout).not.toContain("\u001b[");
    expect((await repo.run(["diff", "HEAD", "--format", "md"], { isTTY: true })).stdout).not.toContain("\u001b[");
  });

  test("a missing BASE argument is a usage error", async () => {
    const repo = repoWithBase();
    const result = await repo.run(["diff"]);
    expect(result.code).toBe(2);
  });
});

describe("--check", () => {
  test("names each procedure and what it lacks; exit 1", async () => {
    const repo = repoWithBase();
    const head = copy(baseFields());
    const { cong_bo: _none, ...uncited } = copy(NEW_PROCEDURE);
    head[0]!.thu_tuc.push(uncited);
    procedureIn(head, "1.001193").thoi_han.gia_tri = 2; // cong_bo left as BASE's
    procedureIn(head, "1.001193").so_ho_so_nam = 1300;
    procedureIn(head, "2.000815").so_ho_so_nam = 50; // record keeping only: nothing to cite
    const { cong_bo: _old, ...replacing } = {
      ...khaiTu(),
      ma: "1.012345",
      ten: "Thủ tục đăng ký khai tử liên thông",
      thay_the: "1.000656",
    };
    head[0]!.thu_tuc.splice(1, 1, replacing);
    head[0]!.thu_tuc = head[0]!.thu_tuc.filter((p) => p.ma !== "1.000894");
    repo.writeFields(head);
    const result = await repo.run(["diff", "HEAD", "--check"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "4 thủ tục thay đổi (HEAD → cây làm việc) chưa ghi đủ quyết định và căn cứ pháp lý:",
        "  1.000689 Thủ tục đăng ký lại khai sinh [ho-tich] (mới): thiếu cong_bo (số và ngày của quyết định công bố).",
        "  1.001193 Thủ tục đăng ký khai sinh [ho-tich] (sửa đổi, bổ sung): cong_bo vẫn là quyết định cũ: ghi quyết định mới công bố nội dung sửa đổi, bổ sung.",
        "  1.012345 Thủ tục đăng ký khai tử liên thông [ho-tich] (thay thế): thiếu cong_bo (số và ngày của quyết định công bố).",
        "  1.000894 Thủ tục đăng ký kết hôn [ho-tich] (bãi bỏ): bị xóa khỏi danh mục nên không ghi được căn cứ bãi bỏ: hãy giữ lại thủ tục với trang_thai: bai_bo và bai_bo (quyet_dinh, ngay, can_cu).",
        "Hãy bổ sung các khóa trên trong tệp lĩnh vực (linh-vuc/*.yaml) rồi chạy lại lệnh.",
        "",
      ].join("\n"),
    );
    const json = await repo.run(["diff", "HEAD", "--check", "--format", "json", "--lang", "en"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems.map((p: { code: string; missing: string[] }) => [p.code, p.missing])).toEqual([
      ["1.000689", ["cong_bo"]],
      ["1.001193", ["new_cong_bo"]],
      ["1.012345", ["cong_bo"]],
      ["1.000894", ["removed"]],
    ]);
  });

  test("exit 0 when every change cites its decision and legal basis", async () => {
    const repo = repoWithBase();
    const head = copy(baseFields());
    head[0]!.thu_tuc.push(copy(NEW_PROCEDURE));
    Object.assign(procedureIn(head, "1.001193"), { cong_bo: { quyet_dinh: "250/QĐ-UBND", ngay: "2026-03-02" } });
    procedureIn(head, "1.001193").thoi_han.gia_tri = 2;
    Object.assign(procedureIn(head, "1.000894"), {
      trang_thai: "bai_bo",
      bai_bo: { quyet_dinh: "251/QĐ-UBND", ngay: "2026-03-02", can_cu: "123/2015/ND-CP" },
    });
    repo.writeFields(head);
    const result = await repo.run(["diff", "HEAD", "--check", "--lang", "en", "--out", "de-xuat.md", "--format", "md"]);
    expect(result.stdout).toBe(
      "Every new, amended, replaced or abolished procedure (HEAD → working tree) cites its decision and legal basis.\n",
    );
    expect(result.code).toBe(0);
    expect(repo.readFile("de-xuat.md")).toContain("1.000689");
  });
});

test("the test repository helper leaves BASE committed on main", () => {
  const repo = repoWithBase();
  expect(repo.git("branch", "--show-current").trim()).toBe("main");
  expect(repo.git("ls-files").trim().split("\n")).toContain("catalogue/linh-vuc/ho-tich.yaml");
  renameSync(join(repo.dir, "catalogue"), join(repo.dir, "catalogue-moved"));
  expect(repo.git("status", "--porcelain")).not.toBe("");
});
