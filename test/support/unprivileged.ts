// Permission tests mean nothing to root, who reads any file: CI runs as root. So a command
// that must meet EACCES runs as the unprivileged user "nobody" (setpriv) when the tests run as
// root, and as the current user otherwise. It runs the built CLI (npm test builds first).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../bin/tthc.js", import.meta.url));
const SETPRIV = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));

export const isRoot = process.getuid?.() === 0;

/** Whether a permission test can be made real here (any non-root user, or root with setpriv). */
export const canDropPrivileges = !isRoot || SETPRIV !== undefined;

/** `tthc ARGS` in `cwd` as a user that file permissions apply to; cwd must be readable by "nobody". */
export function runUnprivileged(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const command = isRoot
    ? [SETPRIV!, "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, CLI, ...args]
    : [process.execPath, CLI, ...args];
  const run = spawnSync(command[0]!, command.slice(1), { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
