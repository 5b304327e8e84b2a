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
    expect(
      { missing, extra },
      `${segment}.json: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`,
    ).toEqual({
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
      .map(
        (k) =>
          `${k}: ${segment} {${variables(files[segment][k] ?? '').join()}} vs zh-hans {${variables(zhHans[k as UIKey]).join()}}`,
      );
    expect(differ, differ.join('\n')).toEqual([]);
  });

  test('The interpolated keys use the variables the pages pass.', () => {
    expect(variables(zhHans['review.published'])).toEqual(['date']);
    expect(variables(zhHans['archive.read'])).toEqual(['year']);
    expect(variables(zhHans['review.credit'])).toEqual(['date', 'source']);
  });
});

describe('useTranslations', () => {
  test.each(segments)(
    'Every key in %s returns that edition’s string, never the key or another edition’s.',
    (segment) => {
      const t = useTranslations(segment);
      const wrong = (Object.keys(zhHans) as UIKey[])
        .filter((k) => t(k) !== files[segment][k])
        .map((k) => `${k}: got "${t(k)}", want "${files[segment][k]}"`);
      expect(wrong, wrong.join('\n')).toEqual([]);
    },
  );

  test('The editions are written for their readers: Han script in the Chinese ones, none in English.', () => {
    const enWithHan = Object.entries(en)
      .filter(([, v]) => /\p{Script=Han}/u.test(v))
      .map(([k]) => k);
    expect(enWithHan).toEqual([]);
    for (const segment of ['zh-hans', 'zh-hant'] as const) {
      const withHan = Object.values(files[segment]).filter((v) => /\p{Script=Han}/u.test(v)).length;
      expect(withHan / referenceKeys.length, segment).toBeGreaterThan(0.9);
    }
    // The Traditional file is its own (Taiwan) text, not the Simplified one copied.
    const differ = referenceKeys.filter((k) => zhHant[k as UIKey] !== zhHans[k as UIKey]).length;
    expect(differ / referenceKeys.length).toBeGreaterThan(0.5);
  });

  test.each(segments)(
    'In %s every {{variable}} is filled in as given, with no HTML escaping and nothing left over.',
    (segment) => {
      const t = useTranslations(segment);
      const given = '南通 & <b>“x”</b>';
      const problems = (Object.keys(zhHans) as UIKey[])
        .filter((k) => variables(files[segment][k] ?? '').length > 0)
        .flatMap((k) => {
          const vars: Record<string, string> = Object.fromEntries(
            variables(files[segment][k] ?? '').map((v) => [v, `${v}:${given}`]),
          );
          const out = t(k, vars);
          return [
            ...Object.values(vars)
              .filter((v) => !out.includes(v))
              .map((v) => `${k}: "${v}" missing from "${out}"`),
            ...(out.includes('{{') ? [`${k}: a variable left in "${out}"`] : []),
          ];
        });
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );
});

describe('the zh-hant strings read as a Taiwan edition', () => {
  test('They quote with 「」 (『』 inside), never “” or ‘’, and use Taiwan UI words.', () => {
    const bad = Object.entries(zhHant)
      .filter(([, v]) => /[“”‘’]/.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    expect(bad, bad.join('\n')).toEqual([]);
    // Mainland UI words a Taiwan reader would not use (網路, 版面, 資料表, 動畫, 搜尋 are theirs).
    expect(Object.values(zhHant).join('')).not.toMatch(/網絡|佈局|數據表|動效|搜索/);
  });

  test('The footer says the edition is converted by OpenCC and then corrected with a reviewed phrase table.', () => {
    expect(zhHant['review.edition']).toMatch(/OpenCC/);
    expect(zhHant['review.edition']).toMatch(/審訂的詞語對照表校正/);
  });
});
