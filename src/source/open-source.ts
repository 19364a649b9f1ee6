import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";
import { findRepositoryRoot, listChangedFiles, resolveCommit } from "../git/git.js";
import { Refusal } from "../model/refusal.js";
import { diskSource } from "./disk-source.js";
import { catalogueFolderOf, findCatalogue } from "./find-catalogue.js";
import { gitSource } from "./git-source.js";
import type { CatalogueSource } from "./source.js";

export interface OpenedSource {
  source: CatalogueSource;
  /** The working-tree catalogue, another folder, or a git revision. */
  kind: "worktree" | "folder" | "git";
  /** Absolute folder for disk sources. */
  dir?: string;
  /**
   * For a git revision: the catalogue files that may differ from the working tree (git diff and
   * untracked files), relative to the catalogue folder. Every other file is as in the revision.
   */
  mayDiffer?: () => Promise<Set<string>>;
}

/** Where a command looks for the catalogue: the folder it runs in and --catalogue DIR, if given. */
export interface CatalogueLocation {
  cwd: string;
  catalogueOption?: string;
}

/** The working-tree catalogue, found as docs/format.md says, or a refusal that says what to do. */
export function findWorkingCatalogue(ctx: CatalogueLocation): string {
  const found = findCatalogue(ctx.cwd, ctx.catalogueOption);
  if (found.ok) return found.dir;
  if (found.reason === "no-folder") {
    throw new Refusal({
      vi: `Không có thư mục danh mục "${ctx.catalogueOption}". Kiểm tra lại đường dẫn trong --catalogue.`,
      en: `There is no catalogue folder "${ctx.catalogueOption}". Check the path given to --catalogue.`,
    });
  }
  if (found.reason === "no-manifest") {
    throw new Refusal({
      vi: `Thư mục "${ctx.catalogueOption}" không có tệp tthc.yaml nên không phải thư mục danh mục. Hãy chỉ tới thư mục chứa tthc.yaml.`,
      en: `Folder "${ctx.catalogueOption}" has no tthc.yaml, so it is not a catalogue. Point --catalogue at the folder holding tthc.yaml.`,
    });
  }
  throw new Refusal({
    vi: "Không tìm thấy danh mục: không có catalogue/tthc.yaml ở thư mục này hay các thư mục cha. Hãy chạy lệnh trong kho danh mục hoặc dùng --catalogue THƯ_MỤC.",
    en: "No catalogue found: no catalogue/tthc.yaml here or in any parent folder. Run inside a catalogue repository or pass --catalogue DIR.",
  });
}

/**
 * A REV → a source of catalogue files: undefined is the working tree; a folder is read from
 * disk; anything else is a git revision of the repository holding the current folder.
 */
export async function openSource(ctx: CatalogueLocation, rev?: string): Promise<OpenedSource> {
  if (rev === undefined) {
    const dir = findWorkingCatalogue(ctx);
    return { source: diskSource(dir, ctx.cwd), kind: "worktree", dir };
  }
  if (rev.trim() === "") {
    throw new Refusal({
      vi: "Phiên bản để so sánh đang để trống (biến môi trường chưa có giá trị?). Hãy ghi tên nhánh, thẻ, mã commit hoặc thư mục danh mục.",
      en: "The revision to compare with is empty (an unset variable?). Give a branch, tag, commit or catalogue folder.",
    });
  }
  const folder = catalogueFolderOf(ctx.cwd, rev);
  if (folder) return { source: diskSource(folder, ctx.cwd, rev), kind: "folder", dir: folder };
  let dir: string | undefined;
  try {
    dir = realpathSync(findWorkingCatalogue(ctx));
  } catch {
    dir = undefined;
  }
  // The repository that holds the catalogue, wherever the command is run from.
  const root = await findRepositoryRoot(dir ?? ctx.cwd);
  if (root === undefined) {
    throw new Refusal({
      vi: `"${rev}" không phải thư mục danh mục, và danh mục không nằm trong kho git nên không đọc được phiên bản git. Hãy chạy trong kho git hoặc chỉ tới một thư mục có tthc.yaml.`,
      en: `"${rev}" is not a catalogue folder, and the catalogue is not in a git repository. Run inside one or name a folder holding tthc.yaml.`,
    });
  }
  const commit = await resolveCommit(root, rev);
  const inRepo = relative(realpathSync(root), dir ?? `${root}/catalogue`)
    .split(sep)
    .join("/");
  if (inRepo.startsWith("..")) {
    throw new Refusal({
      vi: `Danh mục ${dir ?? ""} nằm ngoài kho git ${root}, nên không đọc được phiên bản "${rev}".`,
      en: `The catalogue ${dir ?? ""} is outside the git repository ${root}, so revision "${rev}" cannot be read.`,
    });
  }
  const source = gitSource(root, commit, inRepo, rev);
  const files = await source.list();
  if (!files.includes("tthc.yaml")) {
    throw new Refusal({
      vi: `Phiên bản "${rev}" không có danh mục ${inRepo}/tthc.yaml. Hãy chọn một phiên bản có danh mục (git log -- ${inRepo}).`,
      en: `Revision "${rev}" has no catalogue at ${inRepo}/tthc.yaml. Pick a revision that has one (git log -- ${inRepo}).`,
    });
  }
  const prefix = inRepo === "" || inRepo === "." ? "" : `${inRepo}/`;
  const mayDiffer = async () =>
    new Set((await listChangedFiles(root, commit)).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
  return { source: { ...source, list: () => Promise.resolve(files) }, kind: "git", mayDiffer };
}
