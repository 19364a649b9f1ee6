// How catalogue text is made safe in each output language: one escaper per language, used by
// every renderer of that language. A name like "Cấp phép <b> & *mới* | 2" must show as written
// in HTML, Markdown, XML, CSV and GitHub's workflow commands alike.

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** Text for XML (JUnit): the five entities, and the control characters XML 1.0 cannot hold dropped. */
export function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/**
 * Text for GitHub-flavoured Markdown: HTML neutralised, the characters Markdown reads as markup
 * backslash-escaped, line breaks as <br>. A pipe ends a table cell, so it is escaped too unless
 * the text is known to stand outside a table (`inTable: false`).
 */
export function escapeMarkdown(text: string, options: { inTable?: boolean } = {}): string {
  const marks = options.inTable === false ? /[\\`*_~[\]#]/gu : /[\\`*_~[\]|#]/gu;
  return text
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(marks, "\\$&")
    .replace(/\r\n|\r|\n/gu, "<br>");
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, and a leading
 * = + - @ tab or CR neutralised with an apostrophe, so a spreadsheet never runs it as a formula.
 */
export function escapeCsv(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** The message of a GitHub workflow command (::error …::message): %, CR and LF escaped. */
export function escapeWorkflowData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property of a workflow command (file=…,title=…): also : and , escaped. */
export function escapeWorkflowProperty(value: string): string {
  return escapeWorkflowData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
