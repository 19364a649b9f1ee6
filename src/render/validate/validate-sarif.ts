import type { ValidateRenderOptions, ValidateReport } from "./validate-report.js";

/** `--format sarif`: SARIF 2.1.0, for code scanning. */
export function renderValidateSarif(report: ValidateReport, options: ValidateRenderOptions): string {
  const en = options.lang === "en";
  const rules = options.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: en ? r.title.en : r.title.vi },
    defaultConfiguration: { level: r.severity },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tthc",
            version: options.version,
            ...(options.homepage === undefined ? {} : { informationUri: options.homepage }),
            rules,
          },
        },
        columnKind: "utf16CodeUnits",
        results: report.diagnostics.map((d) => ({
          ruleId: d.rule,
          ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
          level: d.severity,
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(d.file) },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
