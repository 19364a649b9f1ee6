import { say, UserError, type CommandContext } from "../context.js";
import { loadCatalogue } from "../../lint/load-catalogue.js";

/**
 * `tthc browse`: search procedures and read one in full, in the terminal. Needs a terminal on
 * both ends (keys in, screen out), so it refuses (exit 2) when output or input is redirected,
 * pointing at the commands that work there. ink and react are imported here, lazily, so no
 * other command ever loads them.
 */
export async function run(_opts: Record<string, unknown>, ctx: CommandContext): Promise<number> {
  if (!ctx.isTTY) {
    throw new UserError(
      say(
        ctx,
        "tthc browse cần một cửa sổ terminal; khi chuyển hướng đầu ra, hãy dùng tthc stats hoặc tthc validate --format json",
        "tthc browse needs a terminal; when output is redirected, use tthc stats or tthc validate --format json",
      ),
      2,
    );
  }
  if (!process.stdin.isTTY) {
    throw new UserError(
      say(
        ctx,
        "tthc browse cần đọc phím từ terminal nhưng đầu vào đang bị chuyển hướng; hãy chạy lệnh trực tiếp trong terminal.",
        "tthc browse reads keys from the terminal, but its input is redirected; run it directly in a terminal.",
      ),
      2,
    );
  }
  const catalogue = await loadCatalogue(ctx);
  const [{ render }, { createElement }, { BrowseApp }] = await Promise.all([
    import("ink"),
    import("react"),
    import("../../views/BrowseApp.js"),
  ]);
  const app = render(createElement(BrowseApp, { catalogue, lang: ctx.lang, color: ctx.color }), { exitOnCtrlC: true });
  await app.waitUntilExit();
  return 0;
}
