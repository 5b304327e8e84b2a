import { ImportRefused } from './refused.ts';

/** Tool: the year under review: from the headline, else "回望YYYY年", else the year the body names most. */
export function guessYear(title: string | undefined, lines: string[], name: string): [number, string] {
  const fromTitle = title ? /(\d{4})年/.exec(title)?.[1] : undefined;
  if (fromTitle) {
    return [Number(fromTitle), `the headline names ${fromTitle}年`];
  }
  const text = lines.join('\n');
  const look = /(?:回望|回顾|回眸|盘点)(\d{4})年/.exec(text)?.[1];
  if (look) {
    return [Number(look), `the text looks back on it (${/(?:回望|回顾|回眸|盘点)\d{4}年/.exec(text)?.[0]})`];
  }
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<!\d)(\d{4})年(?!\d)/g)) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) {
    throw new ImportRefused(
      `${name}: which year does this review cover? ${first ? `The text names ${ranked.map(([y, n]) => `${y}年 ${n} times`).join(', ')}.` : 'The text names no year.'}\nfix: give it: npm run import -- ${name} --year YYYY`,
    );
  }
  return [
    first[0],
    `the year the text names most (${first[0]}年, ${first[1]} times); give --year if that is wrong`,
  ];
}
