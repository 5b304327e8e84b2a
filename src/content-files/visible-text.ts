/**
 * Text an editor writes is text a reader sees: no invisible format characters (and, where a
 * file must hold text only, such as the glossary, no markup).
 * Bidi controls (U+202A–E, U+2066–9, U+200E/F) reorder what a reader sees without showing
 * themselves (a title can read differently from what it says); zero-width characters, soft
 * hyphens, the BOM and other format (Cf), control (Cc) and private-use (Co) characters are
 * likewise invisible or unprintable. One rule for titles, section frontmatter, link titles, the
 * glossary and the phrase table, used by their schemas (so a file is checked whenever it is
 * loaded, by the content check or by Astro) and by the MDX guard.
 */

/** Invisible or unprintable characters; line feed and tab are ordinary whitespace. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const INVISIBLE = /[\p{Cf}\p{Co}\u2028\u2029]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** Markup: the start of a tag, comment or declaration (`<b`, `</`, `<!`, `<?`). */
const MARKUP = /<[A-Za-z!/?]/;

/** `U+202E`, for a message. */
export const codePoint = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` is not plain visible text, or undefined when it is (`markup: true` lets `<b` be text). */
export function notPlainText(
  text: string,
  { markup = false }: { markup?: boolean } = {},
): string | undefined {
  const invisible = INVISIBLE.exec(text);
  if (invisible) {
    return `holds the invisible character ${codePoint(invisible[0])} (a text-direction, zero-width or control character), which can make it read differently from what it says`;
  }
  const tag = markup ? null : MARKUP.exec(text);
  if (tag)
    return `holds markup ("${text.slice(tag.index, tag.index + 12)}…"); it is shown as text, never as HTML`;
  return undefined;
}

export const PLAIN_TEXT_FIX =
  'retype the text without it (paste it through a plain-text editor to drop invisible characters); write a literal < as ＜ or “less than”.';
