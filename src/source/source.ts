/**
 * Where catalogue files come from: a folder on disk or a git revision. Paths are relative to
 * the catalogue folder, with forward slashes ("linh-vuc/ho-tich.yaml").
 */
export interface CatalogueSource {
  /** How people call it: "catalogue", "main", "HEAD~1", "working tree". */
  label: string;
  /** How a file is shown in messages: a path relative to the current folder, or "REV:path". */
  displayPath(relative: string): string;
  /** Every .yaml file of the catalogue (manifest, co-quan, van-ban, lich/*, linh-vuc/*). */
  list(): Promise<string[]>;
  read(relative: string): Promise<Uint8Array>;
  /** Many files at once, where the source can do it cheaper than one read each (git: one process). */
  readMany?(relatives: readonly string[]): Promise<Map<string, Uint8Array>>;
  /**
   * Many files, each as soon as it is read (git: one process that unpacks the later files while
   * the first are parsed); undefined for one the source has not or will not read.
   */
  readEach?(relatives: readonly string[]): Promise<Uint8Array | undefined>[];
  /**
   * Where the source knows it without reading (git: the tree lists them), each listed file's
   * git object id: the same id, the same bytes. Only after list(); a file that read() refuses has none.
   */
  objectIds?(): ReadonlyMap<string, string>;
}
