/**
 * The one locale table. Config, routes, components and tests import it; it has no `astro:`
 * imports so plain Node (tests, scripts) can use it too.
 *
 * `segment` is the URL folder, `lang` the exact BCP-47 tag used for `<html lang>` and hreflang.
 * They differ in case (`zh-hans` vs `zh-Hans`), so keep them apart and never derive one by hand.
 */
export const locales = [
  {
    segment: 'zh-hans',
    lang: 'zh-Hans',
    /** The canonical text, written by editors in `content/reviews/<year>/zh-hans/`. */
    source: 'written',
    name: '简体中文',
    /** Label in the language switch, short enough for one line on a 360-px phone. */
    short: '简体',
    ogLocale: 'zh_CN',
  },
  {
    segment: 'zh-hant',
    lang: 'zh-Hant',
    /** Generated from zh-hans at build time with OpenCC; never hand-edited. */
    source: 'generated',
    /** The written edition it is generated from: it exists for a year exactly when that one does. */
    from: 'zh-hans',
    name: '繁體中文',
    short: '繁體',
    ogLocale: 'zh_TW',
  },
  {
    segment: 'en',
    lang: 'en',
    /** The English translation, written by editors in `content/reviews/<year>/en/`. */
    source: 'written',
    name: 'English',
    short: 'English',
    ogLocale: 'en_US',
  },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleSegment = Locale['segment'];

/** The segment of an edition written by hand (it has a content folder): `zh-hans` or `en`. */
export type WrittenSegment = Extract<Locale, { source: 'written' }>['segment'];

/** Editions written by hand (each has a content folder); the rest are generated. */
export const writtenSegments = locales
  .filter((l) => l.source === 'written')
  .map((l) => l.segment) as readonly WrittenSegment[];

/** The edition whose text is canonical (the news as published). */
export const canonicalSegment: WrittenSegment = 'zh-hans';

/** Edition that search engines show to readers whose language matches none (`x-default`). */
export const defaultSegment: LocaleSegment = 'en';

export function getLocale(segment: string): Locale {
  const locale = locales.find((l) => l.segment === segment);
  if (!locale) {
    throw new Error(
      `Unknown edition "${segment}". Editions are: ${locales.map((l) => l.segment).join(', ')}.`,
    );
  }
  return locale;
}

/**
 * The reading editions of a year that is written in `written` editions, in table order: each
 * written edition, and each generated edition whose source is among them (zh-hant with zh-hans).
 * @example readingSegments(['zh-hans']) // ['zh-hans', 'zh-hant']
 */
export function readingSegments(written: readonly LocaleSegment[]): LocaleSegment[] {
  return locales
    .filter((l) => written.includes(l.source === 'written' ? l.segment : l.from))
    .map((l) => l.segment);
}

/**
 * The written edition whose text an edition shows: itself when written, its source when generated.
 * @example writtenSource('zh-hant') // 'zh-hans'
 */
export function writtenSource(segment: LocaleSegment): WrittenSegment {
  const l = getLocale(segment);
  return l.source === 'written' ? l.segment : l.from;
}

export function isLocaleSegment(segment: string): segment is LocaleSegment {
  return locales.some((l) => l.segment === segment);
}
