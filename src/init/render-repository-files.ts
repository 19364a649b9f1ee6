// The files of a new office repository besides its catalogue (tthc init): the CI workflow, the
// pre-commit configuration, VS Code's settings, .gitignore and a short README for the staff.
// Plain text builders; what they say is explained to the staff in docs/huong-dan.md.
import { SCHEMA_FILE, type FileKind } from "../model/file-kind.js";

/** Where each kind of catalogue file stands, as a glob from the repository root. */
const FILE_GLOBS: Record<FileKind, string> = {
  manifest: "catalogue/tthc.yaml",
  agencies: "catalogue/co-quan.yaml",
  documents: "catalogue/van-ban.yaml",
  calendar: "catalogue/lich/*.yaml",
  field: "catalogue/linh-vuc/*.yaml",
};

/**
 * .github/workflows/tthc.yml: validate on every push and pull request (annotations within
 * GitHub's limits; on a pull request only the changed files, with the phien_ban bumps against the
 * base branch), a SARIF upload for code scanning, and on a pull request the amendment proposal
 * and the simplification effects in the job summary. `version` is the tthc the workflow installs (the one that wrote it), from the npm
 * registry; an office that installs tthc from elsewhere changes TTHC_PACKAGE (a git URL or a
 * tarball's address), as the comment in the file says.
 */
export function renderWorkflow(version: string): string {
  return `# Kiểm tra danh mục thủ tục hành chính bằng tthc ở mỗi lần đẩy (push) và mỗi yêu cầu hợp nhất
# (pull request). Với pull request: kiểm tra việc nâng phiên bản lĩnh vực, in đề xuất sửa đổi và
# hiệu quả đơn giản hóa so với nhánh gốc vào phần tóm tắt (Summary) của lượt chạy.
name: tthc

on:
  push:
  pull_request:

permissions:
  contents: read

env:
  # Phiên bản tthc mà CI cài (từ kho npm). Cài từ nơi khác thì thay bằng địa chỉ git hoặc tệp .tgz,
  # ví dụ "git+https://git.example.gov.vn/tthc.git#v${version}".
  TTHC_PACKAGE: "tthc@${version}"

jobs:
  kiem-tra:
    name: Kiểm tra danh mục
    runs-on: ubuntu-latest
    permissions:
      contents: read
      actions: read
      security-events: write
    steps:
      - uses: actions/checkout@v4
        with:
          # Cả lịch sử: so sánh với nhánh gốc cần các commit của nhánh đó.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Cài tthc
        run: npm install --global "\${TTHC_PACKAGE}"
      - name: Kiểm tra danh mục (tthc validate)
        # Với pull request: chỉ báo các tệp đã sửa so với nhánh gốc và kiểm tra việc nâng phien_ban
        # của các lĩnh vực đã sửa; các quy tắc liên tệp vẫn xét cả danh mục.
        run: |
          if [ "$GITHUB_EVENT_NAME" = "pull_request" ]; then
            tthc validate --format github --changed-since "origin/\${GITHUB_BASE_REF}"
          else
            tthc validate --format github
          fi
      - name: Kết quả kiểm tra dạng SARIF
        id: sarif
        if: always()
        # Mã thoát 1 (có phát hiện) vẫn cho ra tệp SARIF; mã 2 (không chạy được) làm bước này lỗi.
        run: tthc validate --format sarif > tthc.sarif || [ "$?" -eq 1 ]
      - name: Tải kết quả lên Code scanning
        if: always() && steps.sarif.outcome == 'success'
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: tthc.sarif
          category: tthc
      - name: Đề xuất sửa đổi và hiệu quả đơn giản hóa
        if: always() && github.event_name == 'pull_request'
        run: |
          {
            tthc diff "origin/\${GITHUB_BASE_REF}" --format md
            tthc effects --base "origin/\${GITHUB_BASE_REF}" --format md
          } >> "$GITHUB_STEP_SUMMARY"
`;
}

/**
 * .pre-commit-config.yaml: a \`repo: local\` hook that runs the tthc installed on the machine
 * (\`language: system\`), so it works offline: formatting first (a file it rewrites stops the
 * commit until it is added again), then the whole catalogue's check.
 */
export function renderPreCommitConfig(): string {
  return `# Kiểm tra trước mỗi lần commit (https://pre-commit.com): chạy tthc đã cài trên máy, không cần
# mạng. Cài một lần trong kho: pre-commit install
repos:
  - repo: local
    hooks:
      - id: tthc-fmt
        name: tthc fmt (định dạng chuẩn tệp danh mục)
        entry: tthc fmt
        language: system
        files: ^catalogue/.*\\.yaml$
      - id: tthc-validate
        name: tthc validate (kiểm tra danh mục)
        entry: tthc validate
        language: system
        pass_filenames: false
        files: ^(catalogue|schemas)/
`;
}

/** .vscode/settings.json: each kind of catalogue file with its schema, YAML indented with spaces. */
export function renderVscodeSettings(): string {
  const schemas = Object.fromEntries(
    (Object.keys(FILE_GLOBS) as FileKind[]).map((kind) => [`./schemas/${SCHEMA_FILE[kind]}`, [FILE_GLOBS[kind]]]),
  );
  const settings = {
    "yaml.schemas": schemas,
    "yaml.validate": true,
    "yaml.completion": true,
    "yaml.hover": true,
    "files.encoding": "utf8",
    "files.eol": "\n",
    "[yaml]": { "editor.insertSpaces": true, "editor.tabSize": 2, "editor.detectIndentation": false },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** .vscode/extensions.json: VS Code offers the YAML extension when the folder is opened. */
export function renderVscodeExtensions(): string {
  return `${JSON.stringify({ recommendations: ["redhat.vscode-yaml"] }, null, 2)}\n`;
}

export function renderGitignore(): string {
  return `# Bản niêm yết và trang tra cứu do tthc tạo ra: tạo lại được bất cứ lúc nào.
niem-yet/
tra-cuu/
tthc.sarif
node_modules/
`;
}

/** README.md: what the repository is and the few commands the staff use, in Vietnamese. */
export function renderStaffReadme(office: { ten: string; dia_ban: string }, imported: boolean): string {
  const start = imported
    ? "Các thủ tục đã được nhập từ Cổng Dịch vụ công quốc gia. Mục `can_ra_soat` của mỗi thủ tục ghi những\nthành phần cần rà soát; `tthc validate` liệt kê chúng là cảnh báo `import-review`."
    : "Tệp `catalogue/linh-vuc/chung-thuc.yaml` là một thủ tục mẫu: sửa lại theo quyết định công bố của địa\nphương, hoặc xóa khi đã có các lĩnh vực của đơn vị (`tthc import --into` nhập từ Cổng Dịch vụ công).";
  return `# Danh mục thủ tục hành chính: ${office.ten}

Danh mục thủ tục hành chính của ${office.ten} (${office.dia_ban}), ghi bằng các tệp YAML và
quản lý bằng git. Công cụ: tthc (gói npm \`tthc\`).

${start}

## Các thư mục

- \`catalogue/\`: danh mục. \`tthc.yaml\` (thông tin đơn vị), \`co-quan.yaml\` (cơ quan), \`van-ban.yaml\`
  (văn bản pháp luật), \`lich/\` (lịch làm việc từng năm), \`linh-vuc/\` (mỗi lĩnh vực một tệp).
- \`schemas/\`: lược đồ của định dạng; VS Code dùng để gợi ý, giải thích và báo lỗi khi gõ.

## Bắt đầu

1. Cài Node.js 20 trở lên, rồi \`npm install --global tthc\`.
2. Mở thư mục này bằng VS Code và cài tiện ích YAML (Red Hat) khi được gợi ý.
3. Cài kiểm tra trước khi commit (một lần): \`pre-commit install\`.

## Hằng ngày

\`\`\`
tthc validate                  # kiểm tra danh mục
tthc fmt                       # định dạng chuẩn các tệp
tthc diff main                 # những gì đã sửa so với nhánh main
tthc effects --base main       # hiệu quả đơn giản hóa
tthc post --format pdf         # in bản niêm yết công khai vào niem-yet/
\`\`\`

Mỗi lần sửa đổi, bổ sung: làm trên một nhánh riêng, nâng \`phien_ban\` của lĩnh vực đã sửa, mở yêu cầu
hợp nhất (pull request); CI kiểm tra và ghi đề xuất sửa đổi vào phần tóm tắt.
`;
}
