// Text of a PDF, page by page, as a reader would copy it (pdfjs-dist, no rendering).
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

export async function extractPages(bytes: Uint8Array): Promise<string[]> {
  // getDocument takes ownership of the buffer it is given: hand it a copy.
  const document = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    let text = "";
    for (const item of content.items) {
      if ("str" in item) text += item.str + (item.hasEOL ? "\n" : " ");
    }
    pages.push(text);
  }
  await document.destroy();
  return pages;
}

/** Whitespace collapsed: a line break where the sheet wrapped a name reads as a space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The document information dictionary (Title, CreationDate, …) as pdfjs reads it. */
export async function pdfInfo(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const document = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const { info } = await document.getMetadata();
  await document.destroy();
  return info as Record<string, unknown>;
}
