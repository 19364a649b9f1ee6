// Every file of a new office repository (tthc init), as path → text. Pure: the command reads
// the package's schemas and bundled calendars, asks or reads the office's name, and writes what
// this returns.
import type { Agency, Manifest } from "../model/catalogue.js";
import { SCHEMA_FILE, type FileKind } from "../model/file-kind.js";
import { asciiSlug } from "../portal/ascii-slug.js";
import type { ImportedCatalogue } from "../portal/build-imported-catalogue.js";
import { renderCatalogueYaml } from "../portal/render-catalogue-yaml.js";
import { renderNewCatalogue, renderStatutoryCalendar, USUAL_HOURS } from "../portal/render-new-catalogue.js";
import { EXAMPLE_DOCUMENTS, EXAMPLE_FIELD, exampleProcedure } from "./example-field.js";
import {
  renderGitignore,
  renderPreCommitConfig,
  renderStaffReadme,
  renderVscodeExtensions,
  renderVscodeSettings,
  renderWorkflow,
} from "./render-repository-files.js";

export interface RepositoryOptions {
  /** The office that keeps the catalogue: its name ("Ủy ban nhân dân xã A") and locality ("Xã A, tỉnh B"). */
  office: { ten: string; dia_ban: string };
  /** The current year: this year and the next get a calendar. An input, never the clock. */
  year: number;
  /** The tthc version the CI workflow installs (the one that writes the repository). */
  version: string;
  /** The package's schemas, by file name ("tthc.schema.json" → text). */
  schemas: ReadonlyMap<string, string>;
  /** The package's bundled calendars (with the government's real schedule), by year. */
  calendarTexts: ReadonlyMap<number, string>;
  /** The office's procedures imported from portal records (--from); else one example field. */
  imported?: ImportedCatalogue;
}

/** The repository's files in path order; catalogue files are canonical and validate clean. */
export function buildRepository(options: RepositoryOptions): Map<string, string> {
  const catalogue = options.imported
    ? renderNewCatalogue(options.imported, { office: options.office, year: options.year, calendarTexts: options.calendarTexts })
    : renderStarterCatalogue(options);
  const files = new Map<string, string>();
  for (const [path, text] of catalogue) files.set(`catalogue/${path}`, text);
  for (const [name, text] of options.schemas) files.set(`schemas/${name}`, text);
  files.set(".vscode/settings.json", renderVscodeSettings());
  files.set(".vscode/extensions.json", renderVscodeExtensions());
  files.set(".github/workflows/tthc.yml", renderWorkflow(options.version));
  files.set(".pre-commit-config.yaml", renderPreCommitConfig());
  files.set(".gitignore", renderGitignore());
  files.set("README.md", renderStaffReadme(options.office, Boolean(options.imported)));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const ref = (kind: FileKind, depth: number) => `${"../".repeat(depth + 1)}schemas/${SCHEMA_FILE[kind]}`;

/** A catalogue with the office, the example's legal documents, two calendars and the example field. */
function renderStarterCatalogue(options: RepositoryOptions): Map<string, string> {
  const { office, year } = options;
  const agency: Agency = { id: asciiSlug(office.ten) || "co-quan-quan-ly", ten: office.ten };
  const manifest: Manifest = {
    phien_ban_dinh_dang: 1,
    co_quan_quan_ly: agency.id,
    dia_ban: office.dia_ban,
    dia_chi_phan_anh: `${office.ten}, ${office.dia_ban}.`,
    gio_lam_viec: USUAL_HOURS,
  };
  const files = new Map<string, string>();
  files.set(
    "tthc.yaml",
    renderCatalogueYaml(
      "manifest",
      { ...manifest },
      {
        schemaRef: ref("manifest", 0),
        header: [
          `Danh mục thủ tục hành chính của ${office.ten}.`,
          "Ghi đầy đủ địa chỉ, điện thoại, email tiếp nhận phản ánh, kiến nghị vào dia_chi_phan_anh: dòng này",
          "được in trên mọi bản niêm yết.",
        ],
      },
    ),
  );
  files.set(
    "co-quan.yaml",
    renderCatalogueYaml(
      "agencies",
      { co_quan: [agency] },
      {
        schemaRef: ref("agencies", 0),
        header: ["Các cơ quan được thủ tục dẫn chiếu (thẩm quyền, thực hiện, phối hợp), mỗi cơ quan một id."],
      },
    ),
  );
  files.set(
    "van-ban.yaml",
    renderCatalogueYaml(
      "documents",
      { van_ban: EXAMPLE_DOCUMENTS },
      { schemaRef: ref("documents", 0), header: ["Văn bản quy phạm pháp luật được thủ tục dẫn làm căn cứ pháp lý, mỗi văn bản một id."] },
    ),
  );
  for (const y of [year, year + 1])
    files.set(`lich/${y}.yaml`, options.calendarTexts.get(y) ?? renderStatutoryCalendar(y, ref("calendar", 1)));
  files.set(
    `linh-vuc/${EXAMPLE_FIELD.ma}.yaml`,
    renderCatalogueYaml(
      "field",
      { ...EXAMPLE_FIELD, phien_ban: `${year}.1`, thu_tuc: [exampleProcedure(agency.id)] },
      {
        schemaRef: ref("field", 1),
        header: [
          `Lĩnh vực ${EXAMPLE_FIELD.ten}: một thủ tục mẫu để xem một thủ tục đầy đủ trông thế nào. Sửa lại theo`,
          "quyết định công bố của địa phương, hoặc xóa tệp này khi đã có các lĩnh vực của đơn vị.",
        ],
      },
    ),
  );
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
