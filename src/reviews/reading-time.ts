import type { LocaleSegment } from '../config/locales.ts';
import type { SectionModel } from './section-model.ts';

/**
 * Minutes a reader needs for a review's text, from its sections' models (what a reader sees:
 * components, markup and editors' comments left out, src/reviews/section-model.ts): Chinese at
 * about 400 characters a minute, English at about 230 words a minute. Whole minutes, at least one.
 */
export function readingMinutes(sections: Pick<SectionModel, 'reading'>[], segment: LocaleSegment): number {
  const sum = (key: 'han' | 'words') => sections.reduce((n, s) => n + s.reading[key], 0);
  const amount = segment === 'en' ? sum('words') / 230 : sum('han') / 400;
  return Math.max(1, Math.round(amount));
}
