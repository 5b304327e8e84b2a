import { describe, expect, test } from 'vitest';
import { locales, type LocaleSegment } from '../config/locales.ts';
import { dictionaries, useTranslations, type UIKey } from './index.ts';
import en from './en.json';
import zhHans from './zh-hans.json';
import zhHant from './zh-hant.json';

const files: Record<LocaleSegment, Record<string, string>> = { 'zh-hans': zhHans, 'zh-hant': zhHant, en };
const segments = locales.map((l) => l.segment);
const referenceKeys = Object.keys(zhHans).sort();
const variables = (s: string) => [...s.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI string files', () => {
  test('There is one JSON file per edition and the dictionaries use them.', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...segments].sort());
    for (const segment of segments) expect(dictionaries[segment]).toBe(files[segment]);
  });

  test.each(segments)('The %s file has exactly the keys of zh-hans.json.', (segment) => {
    const keys = Object.keys(files[segment]);
    const missing = referenceKeys.filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !referenceKeys.includes(k));
    expect({ missing, extra }, `${segment}.json: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`).toEqual({
      missing: [],
      extra: [],
    });
  });

  test.each(segments)('No value in the %s file is empty or only whitespace.', (segment) => {
    const empty = Object.entries(files[segment])
      .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
      .map(([k]) => k);
    expect(empty, `${segment}.json has empty values for: ${empty.join(', ')}`).toEqual([]);
  });

  test.each(segments)('Each key of the %s file uses the same {{variables}} as zh-hans.', (segment) => {
    const differ = referenceKeys
      .filter((k) => k in files[segment])
      .filter((k) => variables(files[segment][k] ?? '').join() !== variables(zhHans[k as UIKey]).join())
      .map((k) => `${k}: ${segment} {${variables(files[segment][k] ?? '').join()}} vs zh-hans {${variables(zhHans[k as UIKey]).join()}}`);
    expect(differ, differ.join('\n')).toEqual([]);
  });

  test('The interpolated keys use the variables the pages pass.', () => {
    expect(variables(zhHans['review.published'])).toEqual(['date']);
    expect(variables(zhHans['archive.read'])).toEqual(['year']);
    expect(variables(zhHans['review.credit'])).toEqual(['date', 'source']);
  });
});

describe('useTranslations', () => {
  test('nav.skip is the edition’s own string in each edition.', () => {
    expect(useTranslations('zh-hans')('nav.skip')).toBe('跳到正文');
    expect(useTranslations('zh-hant')('nav.skip')).toBe('跳到正文');
    expect(useTranslations('en')('nav.skip')).toBe('Skip to content');
  });

  test.each(segments)('Every key in %s returns that edition’s string, never the key or another edition’s.', (segment) => {
    const t = useTranslations(segment);
    const wrong = (Object.keys(zhHans) as UIKey[])
      .filter((k) => t(k) !== files[segment][k])
      .map((k) => `${k}: got "${t(k)}", want "${files[segment][k]}"`);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  test('Keys whose strings differ between the Chinese editions come out differently.', () => {
    expect(useTranslations('zh-hans')('nav.home')).toBe('首页');
    expect(useTranslations('zh-hant')('nav.home')).toBe('首頁');
    expect(useTranslations('en')('nav.home')).toBe('Home');
  });

  test('Variables are interpolated without HTML escaping.', () => {
    expect(useTranslations('en')('review.credit', { source: 'Nantong Daily', date: '2025 (on or after 6 January)' })).toBe(
      'First published in Nantong Daily, 2025 (on or after 6 January).',
    );
    expect(useTranslations('zh-hant')('review.source', { source: '南通日報 & <b>' })).toBe('來源：《南通日報 & <b>》');
    expect(useTranslations('zh-hans')('archive.read', { year: 2024 })).toBe('阅读 2024 年度回眸');
  });
});

describe('the zh-hant strings read as a Taiwan edition', () => {
  test('They quote with 「」 (『』 inside), never “” or ‘’, and use Taiwan UI words.', () => {
    const bad = Object.entries(zhHant).filter(([, v]) => /[“”‘’]/.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(bad, bad.join('\n')).toEqual([]);
    expect(zhHant['chart.table']).toBe('資料表');
    expect(zhHant['motion.label']).toBe('圖表動畫');
    expect(Object.values(zhHant).join('')).not.toMatch(/網絡|佈局|數據表|動效|搜索/);
  });

  test('The footer says the edition is converted by OpenCC and then corrected with a reviewed phrase table.', () => {
    expect(zhHant['review.edition']).toMatch(/OpenCC/);
    expect(zhHant['review.edition']).toMatch(/審訂的詞語對照表校正/);
  });
});
