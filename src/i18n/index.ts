import i18next, { type TFunction } from 'i18next';
import { getLocale, type LocaleSegment } from '../config/locales.ts';
import en from './en.json' with { type: 'json' };
import zhHans from './zh-hans.json' with { type: 'json' };
import zhHant from './zh-hant.json' with { type: 'json' };

/** UI strings per edition: flat dotted keys, one JSON file each, parity checked by a test. */
export const dictionaries: Record<LocaleSegment, Record<string, string>> = {
  'zh-hans': zhHans,
  'zh-hant': zhHant,
  en,
};
export type UIKey = keyof typeof zhHans;

const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(
    // i18next normalises language codes (zh-hans → zh-Hans), so key resources by the BCP-47 tag.
    Object.entries(dictionaries).map(([seg, dict]) => [getLocale(seg).lang, { translation: dict }]),
  ),
  lng: 'zh-Hans',
  // Keys are flat ("nav.skip"), not nested objects.
  keySeparator: false,
  nsSeparator: false,
  // A missing key must never fall back to another language silently; parity is tested.
  fallbackLng: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The translate function of one edition. Astro escapes output, so i18next does not. */
export function useTranslations(
  segment: LocaleSegment,
): (key: UIKey, vars?: Record<string, unknown>) => string {
  const t: TFunction = instance.getFixedT(getLocale(segment).lang);
  return (key, vars) => t(key, vars ?? {});
}
