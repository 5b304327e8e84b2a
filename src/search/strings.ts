/**
 * The search page's strings in the browser. The page hands over its edition's `search.*` entries
 * from `src/i18n/<edition>.json` (the i18next resources); this formats them the way i18next does
 * (`{{name}}` interpolation, `_one`/`_other` plural keys chosen by `Intl.PluralRules`) without
 * shipping i18next itself (15 KB gzip) to every reader who searches.
 */
export type Strings = Record<string, string>;

/** The entries of a dictionary whose keys start with `prefix`. */
export function pickStrings(dictionary: Record<string, string>, prefix = 'search.'): Strings {
  return Object.fromEntries(Object.entries(dictionary).filter(([k]) => k.startsWith(prefix)));
}

export function createFormatter(
  strings: Strings,
  lang: string,
): (key: string, vars?: Record<string, string | number>) => string {
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  return (key, vars = {}) => {
    const count = vars['count'];
    const template =
      (typeof count === 'number'
        ? (strings[`${key}_${plural.select(count)}`] ?? strings[`${key}_other`])
        : undefined) ?? strings[key];
    if (template === undefined) throw new Error(`Missing UI string "${key}"`);
    return template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (_, name: string) => {
      const v = vars[name];
      return v === undefined ? '' : typeof v === 'number' ? number.format(v) : v;
    });
  };
}
