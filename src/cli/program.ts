import { Command, Option } from "commander";
import type { CommandContext } from "./context.js";

/** What a command's action gets: its positional arguments and its options. */
export type CommandRunner = (ctx: CommandContext, args: string[], opts: Record<string, unknown>) => Promise<number>;

const collect = (value: string, previous: string[] = []) => [...previous, value];

function addGlobalOptions(cmd: Command): Command {
  return cmd
    .option("--catalogue <dir>", "thư mục danh mục / catalogue folder")
    .addOption(new Option("--lang <lang>", "ngôn ngữ thông báo / message language").choices(["vi", "en"]))
    .option("--no-color", "không tô màu / no colour")
    .option("--quiet", "chỉ in kết quả chính / print only the main result")
    .option("--debug", "in chi tiết lỗi nội bộ / print internal error details");
}

/**
 * The commander program: every command and option of docs/cli.md. Actions import their
 * command module lazily, so `tthc --version` and `tthc validate` never load ink or pdfkit.
 * `run` receives the chosen command's name, args and merged options; it sets the exit code.
 */
export function buildProgram(
  version: string,
  run: (name: string, args: string[], opts: Record<string, unknown>) => Promise<void>,
): Command {
  const program = new Command("tthc")
    .description(
      "Danh mục thủ tục hành chính trong git: kiểm tra, so sánh, niêm yết, đo hiệu quả đơn giản hóa / " +
        "The catalogue of administrative procedures in git: check, compare, post, measure simplification",
    )
    .version(version, "-V, --version", "in phiên bản / print the version")
    .helpOption("-h, --help", "trợ giúp / help")
    .showSuggestionAfterError(true);
  addGlobalOptions(program);

  const define = (cmd: Command) => {
    addGlobalOptions(cmd);
    cmd.helpOption("-h, --help", "trợ giúp / help");
    cmd.action(async (...params: unknown[]) => {
      const self = params[params.length - 1] as Command;
      await run(self.name(), self.args, self.optsWithGlobals());
    });
    return cmd;
  };

  define(program
    .command("validate")
    .description("kiểm tra danh mục theo lược đồ và các quy tắc / check the catalogue")
    .argument("[paths...]", "chỉ báo cáo các tệp này / report only these files")
    .addOption(
      new Option("--format <format>", "định dạng / output format")
        .choices(["stylish", "json", "github", "sarif", "junit"])
        .default("stylish"),
    )
    .addOption(new Option("--fail-on <severity>", "mức gây lỗi / severity that fails").choices(["error", "warning"]).default("error"))
    .option("--changed-since <rev>", "chỉ các tệp đổi từ REV, kiểm tra nâng phiên bản / only files changed since REV")
    .option("--max-warnings <n>", "số cảnh báo tối đa / most warnings allowed")
    .option("--no-cache", "không dùng bộ nhớ đệm kết quả kiểm tra / do not use the check cache"));
  define(program
    .command("diff")
    .description("đề xuất sửa đổi giữa hai phiên bản / amendment proposal between two versions")
    .argument("<base>", "phiên bản gốc (git hoặc thư mục) / base revision or folder")
    .argument("[head]", "phiên bản mới (mặc định: cây làm việc) / head (default: working tree)")
    .addOption(new Option("--format <format>", "định dạng / output format").choices(["text", "md", "html", "json", "docx"]).default("text"))
    .option("--out <file>", "ghi vào tệp / write to a file")
    .option("--exit-code", "thoát 1 khi có khác biệt / exit 1 when there are differences")
    .option("--check", "kiểm tra căn cứ công bố, bãi bỏ / check the legal provenance of changes"));
  define(program
    .command("effects")
    .description("hiệu quả đơn giản hóa giữa hai phiên bản / simplification effects")
    .requiredOption("--base <rev>", "phiên bản gốc / base revision")
    .option("--head <rev>", "phiên bản mới (mặc định: cây làm việc) / head (default: working tree)")
    .addOption(new Option("--format <format>", "định dạng / output format").choices(["table", "json", "md", "csv"]).default("table"))
    .addOption(new Option("--by <group>", "nhóm theo / group by").choices(["field", "level", "agency"]).default("field")));
  define(program
    .command("post")
    .description("bản niêm yết công khai (PDF, HTML) / public posting sheets")
    .option("--field <code>", "lĩnh vực (lặp lại được) / field (repeatable)", collect)
    .addOption(new Option("--level <level>", "cấp thực hiện / level").choices(["bo", "tinh", "huyen", "xa"]))
    .option("--agency <id>", "cơ quan / agency id")
    .addOption(new Option("--format <format>", "định dạng / format").choices(["html", "pdf"]).default("pdf"))
    .option("--out <dir>", "thư mục ghi / output folder", "./niem-yet")
    .option(
      "--date <yyyy-mm-dd>",
      "ngày niêm yết: thủ tục theo phiên bản áp dụng ngày đó / posting date: each procedure as in force that day",
    )
    .option("--procedure <code>", "chỉ trang của thủ tục này (lặp lại được) / only this procedure's sheet (repeatable)", collect)
    .option("--upcoming", "niêm yết cả phiên bản sắp áp dụng, kèm ngày của nó / also post versions that apply later, with their date"));
  define(program
    .command("site")
    .description("trang tra cứu thủ tục (web tĩnh) / public look-up site (static)")
    .option("--out <dir>", "thư mục ghi / output folder", "./tra-cuu")
    .option(
      "--base-url <url>",
      "địa chỉ đăng trang (mặc định: qr_goc nếu là địa chỉ trang) / published address (default: qr_goc when it is a site's)",
    )
    .option("--date <yyyy-mm-dd>", "thủ tục còn hiệu lực ngày này (mặc định hôm nay) / procedures in force on this day (default today)"));
  define(program
    .command("stats")
    .description("thống kê danh mục / catalogue counts")
    .addOption(new Option("--format <format>", "định dạng / format").choices(["table", "json", "md"]).default("table")));
  define(program
    .command("deadline")
    .description("hạn trả kết quả theo ngày làm việc / due date in working days")
    .requiredOption(
      "--from <datetime>",
      'thời điểm tiếp nhận, vd "2026-02-12 10:00"; chỉ ghi ngày = giờ mở cửa / receipt moment; a date alone = opening time',
    )
    .option("--procedure <code>", "mã thủ tục / procedure code")
    .option("--days <n>", "số ngày (giờ, tháng) / number of days (hours, months)")
    .addOption(
      new Option("--unit <unit>", "đơn vị (mặc định ngay_lam_viec) / unit (default ngay_lam_viec)").choices([
        "ngay_lam_viec",
        "ngay",
        "gio",
        "thang",
      ]),
    )
    .addOption(new Option("--format <format>", "định dạng / format").choices(["text", "json"]).default("text")));
  define(program.command("browse").description("xem, tìm thủ tục trong terminal / browse procedures interactively"));
  define(program
    .command("fmt")
    .description("định dạng chuẩn các tệp danh mục / canonical formatting")
    .argument("[paths...]", "chỉ các tệp này / only these files")
    .option("--check", "chỉ kiểm tra, thoát 1 nếu cần định dạng / check only, exit 1 when a file would change"));
  define(program
    .command("import")
    .description("nhập thủ tục từ dữ liệu của Cổng DVCQG / import procedures from the national portal's records")
    .argument("<files...>", "tệp JSON Lines bản ghi thủ tục / JSON Lines files of procedure records")
    .addOption(new Option("--level <level>", "chỉ các thủ tục của cấp này / only procedures of this level").choices(["bo", "tinh", "xa"]))
    .option("--field <name>", "chỉ lĩnh vực này, không cần dấu (lặp lại được) / only this field (repeatable)", collect)
    .option("--codes <file>", "chỉ các mã trong tệp (.xlsx danh sách của Cổng hoặc mỗi dòng một mã) / only the codes of this list")
    .option("--out <dir>", "tạo danh mục mới trong thư mục mới hoặc rỗng / a new catalogue in a new or empty folder")
    .option("--into", "thêm vào danh mục đang có / add to the current catalogue")
    .option("--name <ten>", "tên đơn vị quản lý danh mục (với --out) / the office's name (with --out)")
    .option("--dia-ban <text>", 'địa bàn, vd "Xã A, tỉnh B" (với --out) / locality (with --out)')
    .addOption(new Option("--format <format>", "định dạng báo cáo / report format").choices(["text", "json"]).default("text")));
  define(program
    .command("reconcile")
    .description("đối chiếu danh mục với CSDL quốc gia về TTHC / hold the catalogue against the national database")
    .argument("<files...>", "tệp JSON Lines bản ghi thủ tục / JSON Lines files of procedure records")
    .addOption(
      new Option(
        "--level <level>",
        "cấp đối chiếu (mặc định: cấp chung của danh mục) / level (default: the catalogue's common one)",
      ).choices(["bo", "tinh", "xa"]),
    )
    .option("--field <name>", "chỉ lĩnh vực này, không cần dấu (lặp lại được) / only this field (repeatable)", collect)
    .option("--code <code>", "chỉ mã này (lặp lại được) / only this code (repeatable)", collect)
    .addOption(new Option("--format <format>", "định dạng / format").choices(["text", "md", "json", "github"]).default("text")));
  define(program
    .command("init")
    .description("tạo kho danh mục mới cho một đơn vị / a new office's catalogue repository")
    .argument("[dir]", "thư mục (mặc định: thư mục hiện tại) / folder (default: the current one)")
    .option("--name <name>", "tên cơ quan quản lý danh mục / the office's name")
    .option("--dia-ban <locality>", "địa bàn / locality")
    .option("--force", "ghi vào thư mục không trống, chỉ các tệp còn thiếu / write into a non-empty folder, only missing files")
    .option("--from <files...>", "nhập thủ tục từ bản ghi của Cổng DVCQG / import procedures from portal records")
    .addOption(new Option("--level <level>", "chỉ bản ghi của cấp này / only records of this level").choices(["bo", "tinh", "xa"]))
    .option("--codes <file>", "chỉ các mã trong danh sách (.xlsx, .txt) / only the codes in this list"));
  return program;
}

export { collect };
