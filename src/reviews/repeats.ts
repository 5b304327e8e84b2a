import { relativeFile as rel, type Problem } from '../content-files/problems.ts';
import { isPlaceholder } from '../content-files/placeholder.ts';
import type { SectionText } from './types.ts';

/**
 * Text that would stand twice in a row on the page (content check, build time): two identical
 * consecutive paragraphs of a section, or a kicker (standfirst) repeated as the first paragraph
 * under it. A repost often repeats its standfirst in the body; the reader should see it once. A
 * paragraph still to write (TODO) is reported as such, not as a repeat.
 */
export function repeatedText(sections: readonly SectionText[]): Problem[] {
  const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  const problems: Problem[] = [];
  for (const section of sections) {
    const [first] = section.paragraphs;
    const kicker = section.frontmatter.kicker;
    if (first && kicker && !isPlaceholder(kicker) && same(first.text, kicker)) {
      problems.push({
        file: rel(section.file),
        line: first.line,
        message: `this paragraph repeats the kicker of the section word for word (“${short(kicker)}”), so the page would show it twice in a row`,
        fix: 'delete the paragraph (the kicker already shows it), or delete the kicker line if this is not the standfirst.',
      });
    }
    section.paragraphs.forEach((p, i) => {
      const before = section.paragraphs[i - 1];
      if (!before || !same(before.text, p.text) || /^<Chart\b/.test(p.text.trim()) || isPlaceholder(p.text))
        return;
      problems.push({
        file: rel(section.file),
        line: p.line,
        message: `this paragraph is the same as the one before it (line ${before.line}): “${short(p.text)}”`,
        fix: 'delete one of the two: the page would show the same paragraph twice in a row.',
      });
    });
  }
  return problems;
}

const short = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);
