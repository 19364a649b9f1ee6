import { realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** The real path of a path that may not exist yet: its nearest existing ancestor, resolved. */
async function realPathAllowingMissing(path: string): Promise<string> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      missing.push(basename(current));
      current = parent;
    }
  }
}

/**
 * Whether `child` is `folder` or lies inside it, after resolving symbolic links on both sides
 * (so `out -> catalogue/x` is caught), even when `child` does not exist yet.
 */
export async function isInsideFolder(child: string, folder: string): Promise<boolean> {
  const [inner, outer] = await Promise.all([realPathAllowingMissing(child), realPathAllowingMissing(folder)]);
  const path = relative(outer, inner);
  return path === "" || (path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}
