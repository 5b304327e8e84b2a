import { reviewEditions } from '../config/editions.ts';
import type { LocaleSegment } from '../config/locales.ts';
import { pick } from '../reviews/localize.ts';
import type { ReviewMeta } from '../reviews/schema.ts';
import { carrierName, paperName } from '../reviews/credit.ts';
import { faceOf, fontFiles, loadFace, missingCharacters } from './card-fonts.ts';
import { figureCards } from './figure-cards.ts';
import type { StatsFile } from '../stats/schema.ts';

/**
 * Whether the share images can draw a review's title and source, checked by the content check
 * (so the editor learns it with the file and line, not from a failed image late in the build),
 * and an honest fix per character: an invisible control, an emoji or a private-use character
 * is in no CJK font, so re-running `npm run font:subset` cannot help; only removing it does.
 * Build-tool module.
 */

/** `U+200B`, with what kind of character it is when it is not plainly visible. */
export function describeCharacter(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = unfixableKind(ch);
  return kind ? `${code} (${kind})` : `"${ch}" (${code})`;
}

/** Why no font subset could add `ch`, or undefined when a fuller font might have it. */
export function unfixableKind(ch: string): string | undefined {
  if (/[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/u.test(ch))
    return 'an invisible zero-width or text-direction control';
  if (/\p{Cc}|\p{Cf}/u.test(ch)) return 'an invisible control character';
  if (/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/u.test(ch)) return 'an emoji';
  if (/[\ufe00-\ufe0f\u{E0100}-\u{E01EF}]/u.test(ch)) return 'a variation selector (emoji or glyph style)';
  if (/\p{Co}/u.test(ch)) return 'a private-use character';
  return undefined;
}

export interface CoverageGap {
  /** What holds the characters: a review.yml field (`title`), or a stats.yml record's words. */
  field: string;
  segment: LocaleSegment;
  characters: string[];
}

/** Characters of the card texts the shipped font subsets cannot draw, per field and edition. */
export function cardCoverageGaps(meta: ReviewMeta): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const segment of reviewEditions(meta)) {
    const font = loadFace(faceOf(segment));
    for (const field of ['title', 'credit.source'] as const) {
      // The card's source line: the names review.yml gives (its fixed words are the UI strings').
      const text =
        field === 'title'
          ? pick(meta.title, segment)
          : `${paperName(meta.credit, segment) ?? ''}${carrierName(meta.credit, segment) ?? ''}`;
      const missing = missingCharacters(font, text);
      if (missing.length > 0) gaps.push({ field, segment, characters: missing });
    }
  }
  return gaps;
}

/** The fix for a gap, honest about what font:subset can and cannot do. */
export function coverageFix(gap: CoverageGap): string {
  const unfixable = gap.characters.filter((c) => unfixableKind(c));
  if (unfixable.length > 0) {
    return `remove ${unfixable.map(describeCharacter).join(', ')} from the ${gap.field} (${gap.segment}): no font draws it, so npm run font:subset cannot add it. Retype the text if you cannot see where it is.`;
  }
  return `run npm run font:subset (it needs Noto Sans CJK Bold: apt-get install fonts-noto-cjk) and commit src/publish/fonts/; if it says that font lacks the character too, write the ${gap.field} without it. (Font file: ${fontFiles[faceOf(gap.segment)]}.)`;
}

/** A figure card's gap: which stats.yml record (a figure, or a chart's title) holds the characters. */
export interface FigureCoverageGap extends CoverageGap {
  record: { list: 'stats' | 'charts'; id: string };
}

/**
 * Characters the figure cards (src/publish/figure-cards.ts) would draw and the shipped subsets
 * cannot, per edition and stats.yml record: a figure's value, label, owner or note, or a chart's
 * title. A figure on two cards (its block and its headline page) is reported once.
 */
export function figureCardCoverageGaps(review: {
  year: number;
  meta: ReviewMeta;
  stats: StatsFile;
}): FigureCoverageGap[] {
  const gaps = new Map<string, FigureCoverageGap>();
  const add = (gap: FigureCoverageGap) => {
    if (gap.characters.length > 0) gaps.set(`${gap.segment} ${gap.record.list} ${gap.record.id}`, gap);
  };
  for (const { segment, page, card } of figureCards([review])) {
    const font = loadFace(faceOf(segment));
    for (const f of card.figures) {
      add({
        field: `figure "${f.id}" (its label, owner or shown value)`,
        segment,
        characters: missingCharacters(font, `${f.value}${f.label}${f.note ?? ''}`),
        record: { list: 'stats', id: f.id },
      });
    }
    if (page.kind === 'chart' && card.title) {
      add({
        field: `title of chart "${page.id}"`,
        segment,
        characters: missingCharacters(font, card.title),
        record: { list: 'charts', id: page.id },
      });
    }
  }
  return [...gaps.values()];
}
