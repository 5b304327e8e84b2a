import { formatStat } from './format.ts';
import type { LocaleSegment } from '../config/locales.ts';
import { useTranslations } from '../i18n/index.ts';
import { pick } from '../reviews/localize.ts';
import type { StatRecord } from './schema.ts';

/**
 * What travels with a figure wherever it is shown (headline strip, charts, numbers blocks, data
 * tables, the parallel page): whose figure it is, and, for a change the text leaves open, what is
 * uncertain about it. Words of the edition being rendered (zh-hant: its own strings and the
 * zh-hant text made when the content loaded).
 */

/** Whose figure it is, in the edition's words; undefined for a record without owner. */
export function ownerOf(stat: Pick<StatRecord, 'owner'>, segment: LocaleSegment): string | undefined {
  return stat.owner ? pick(stat.owner, segment) : undefined;
}

/** A figure's label with its owner, as every place that shows the figure writes it: 服务满意度（市公安局）. */
export function ownedLabel(stat: Pick<StatRecord, 'owner' | 'label'>, segment: LocaleSegment): string {
  const label = pick(stat.label, segment);
  const owner = ownerOf(stat, segment);
  return owner ? useTranslations(segment)('figure.labelOwned', { label, owner }) : label;
}

/**
 * The qualifier of a change whose unit the text leaves open (a rate that "rose 9.2%"): full-width
 * in Chinese, saying what is uncertain; undefined for every other figure.
 */
export function openUnitNote(stat: StatRecord, segment: LocaleSegment): string | undefined {
  const value = formatStat(stat, segment);
  if (!value.note) return undefined;
  const t = useTranslations(segment);
  const label = pick(stat.label, segment);
  const change = t(stat.direction === 'down' ? 'figure.fell' : 'figure.rose', { value: `${value.number}%` });
  return t('figure.openUnit', {
    label: segment === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label,
    change,
  });
}

/**
 * A sentence of the text quoted in a cell: outer marks “…”, the sentence's own quotation marks
 * nested inside as ‘…’; in zh-hant, whose text has Taiwan's marks, 「…『…』…」.
 */
export function quoted(sentence: string, segment: LocaleSegment): string {
  if (segment === 'zh-hant') return `「${sentence.replace(/「/g, '『').replace(/」/g, '』')}」`;
  return `“${sentence.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}
