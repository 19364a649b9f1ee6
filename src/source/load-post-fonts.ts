import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/** The font files the PDF sheets embed (Be Vietnam Pro: drawn for Vietnamese, OFL licensed). */
export interface PostFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const REGULAR = "@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf";
const BOLD = "@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf";

/**
 * Where the fonts are, resolved like a module from this file, so the same code finds them from
 * src/ under vitest and from dist/ once built or installed.
 */
export function locatePostFonts(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  return { regular: require.resolve(REGULAR), bold: require.resolve(BOLD) };
}

export async function loadPostFonts(): Promise<PostFonts> {
  const paths = locatePostFonts();
  const [regular, bold] = await Promise.all([readFile(paths.regular), readFile(paths.bold)]);
  return { regular, bold };
}
