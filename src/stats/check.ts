import fs from 'node:fs';
import { writtenSegments, type LocaleSegment } from '../config/locales.ts';
import { closest, readYamlLocated, type LoadedReview, type SectionText } from '../reviews/load.ts';
import { chineseNumbers, englishNumbers, missingInEnglish } from '../reviews/numbers.ts';
import { relativeFile, type Problem } from '../reviews/problems.ts';
import { checkChartForms } from './rules/chart-form.ts';
import { checkChineseNumerals, holdsNumber } from './rules/chinese-numerals.ts';
import { checkCompare } from './rules/compare.ts';
import {
  statsFile as statsFileSchema,
  type ChartForm,
  type ChartRecord,
  type StatRecord,
  type StatsFile,
} from './schema.ts';

/**
 * Checks a year's `stats.yml` against that year's text, so that every figure a chart draws is the
 * figure the text states, in both written editions, and no number of the Chinese text is left
 * unaccounted for. Problems come back in the form of src/reviews/load.ts (file, line, fix); the
 * content check runs this for every year that has a stats.yml.
 */

export interface StatsContext {
  /** Section ids in reading order, from review.yml. */
  sections: string[];
  /** The year's sections per written edition, as load.ts read them. */
  editions: LoadedReview['editions'];
}

export interface StatsCheck {
  /** The parsed file; undefined when it is not valid YAML or fails its schema. */
  stats: StatsFile | undefined;
  problems: Problem[];
}

/** A piece of a section's text where a figure may stand: its title, its kicker or a paragraph. */
interface Piece {
  /** 'title', 'kicker', or the 0-based index of the paragraph. */
  where: 'title' | 'kicker' | number;
  /** The text as a reader sees it: MDX comments and component tags removed. */
  text: string;
  /** The line of the file on which the piece starts. */
  line: number;
}

/** A `<Chart id="…" />` line in an MDX section file. */
interface Placement {
  id: string;
  segment: LocaleSegment;
  section: string;
  file: string;
  line: number;
  /** How many of the section's paragraphs come before it: "after paragraph N". */
  after: number;
}

const NUMBER = /\d+(?:\.\d+)?/g;
/** A chart on a line of its own, the only form the page renders. */
const CHART_LINE = /^\s*<Chart\s+id="([^"]*)"\s*\/>\s*$/;

/** Which kind of figure each drawn chart form draws (a numbers block lists any kind). */
const FORM_KIND: Record<Exclude<ChartForm, 'numbers'>, StatRecord['kind']> = {
  change: 'change',
  bars: 'level',
  units: 'level',
  range: 'range',
};

/** How the Chinese text marks a qualifier, and how the English says it just before the number. */
const QUALIFIERS: Record<NonNullable<StatRecord['qualifier']>, { zh: RegExp; en: RegExp; says: string }> = {
  'more-than': {
    zh: /\d[万亿]?[余多]|(?:超过|逾)\d/,
    en: /\b(?:more than|over|upwards of|in excess of)\s+$/i,
    says: 'more than',
  },
  nearly: { zh: /(?<![最附])近\d/, en: /\b(?:nearly|almost|close to)\s+$/i, says: 'nearly' },
  'at-least': { zh: /至少\d/, en: /\bat least\s+$/i, says: 'at least' },
  'up-to': { zh: /(?:最多|多达|高达)\d/, en: /\bup to\s+$/i, says: 'up to' },
  reached: { zh: /均达到?\d/, en: /\b(?:all reached|reached|at least)\s+$/i, says: 'reached' },
};

const DOWN = /下降|减少|降低|下滑|缩减|压降/;
const UP = /上升|增长|提高|增加|提升/;

export function checkStats(file: string, context: StatsContext): StatsCheck {
  const problems: Problem[] = [];
  const { data: stats, lineOf } = readYamlLocated(file, statsFileSchema, problems, 'stats.yml');
  if (!stats) return { stats: undefined, problems };

  const rel = relativeFile(file);
  const at = (...keyPath: (string | number)[]) => lineOf(keyPath);
  const report = (line: number | undefined, message: string, fix: string, inFile = rel) =>
    problems.push({ file: inFile, line, message, fix });

  const sectionOf = (segment: LocaleSegment, id: string) =>
    context.editions[segment]?.find((s) => s.id === id);
  const piecesCache = new Map<string, Piece[]>();
  const piecesOf = (section: SectionText) => {
    let found = piecesCache.get(section.file);
    if (!found) piecesCache.set(section.file, (found = pieces(section)));
    return found;
  };

  // ── ids ─────────────────────────────────────────────────────────────────────────────────
  // Stat and chart ids become anchors on the same page, so they share one namespace.
  const firstId = new Map<string, string>();
  const ids: [string, string, (string | number)[]][] = [
    ...stats.stats.map((s, i) => ['stat', s.id, ['stats', i, 'id']] as [string, string, (string | number)[]]),
    ...stats.charts.map(
      (c, i) => ['chart', c.id, ['charts', i, 'id']] as [string, string, (string | number)[]],
    ),
  ];
  for (const [what, id, keyPath] of ids) {
    const first = firstId.get(id);
    if (first) {
      report(
        lineOf(keyPath),
        `the id "${id}" is used again (first by the ${first})`,
        `give this ${what} an id of its own; stat and chart ids are anchors on one page and must all differ.`,
      );
    } else {
      firstId.set(id, `${what} at ${rel}:${lineOf(keyPath) ?? '?'}`);
    }
  }

  // ── stats: section, quote, numbers, English ─────────────────────────────────────────────
  /** Where each stat's quote stands in the zh-hans text (its one occurrence). */
  const statPiece = new Map<string, Piece>();
  const quotesBySection = new Map<string, string[]>();
  const addQuote = (section: string, quote: string) =>
    quotesBySection.set(section, [...(quotesBySection.get(section) ?? []), quote]);

  stats.stats.forEach((stat, i) => {
    const id = `stat "${stat.id}"`;
    for (const [segment, label] of Object.entries(stat.label)) {
      if (/\d/.test(label)) {
        report(
          at('stats', i, 'label', segment),
          `the ${segment} label of ${id} has a digit: “${label}”`,
          'write what is counted, without its number: the page adds the number from value.',
        );
      }
    }
    if (!context.sections.includes(stat.section)) {
      report(
        at('stats', i, 'section'),
        `${id} names section "${stat.section}", which review.yml does not list`,
        `use one of: ${closest(stat.section, context.sections).join(', ')}.`,
      );
      return;
    }
    addQuote(stat.section, stat.quote);
    const zh = sectionOf('zh-hans', stat.section);
    if (!zh) return; // load.ts reports the missing section file.

    const found = piecesOf(zh).flatMap((piece) => occurrences(piece.text, stat.quote).map(() => piece));
    const quoteLine = at('stats', i, 'quote');
    if (found.length === 0) {
      const elsewhere = context.sections.filter((s) => {
        const other = s !== stat.section ? sectionOf('zh-hans', s) : undefined;
        return other && piecesOf(other).some((p) => occurrences(p.text, stat.quote).length > 0);
      });
      report(
        quoteLine,
        `the quote of ${id} does not occur in ${relativeFile(zh.file)}: “${stat.quote}”`,
        elsewhere.length > 0
          ? `it occurs in section ${elsewhere.join(', ')}: correct "section", or quote this section's words.`
          : `copy the words exactly from ${relativeFile(zh.file)} (same characters, punctuation and digits), short but enough to find the figure.`,
      );
    } else if (found.length > 1) {
      report(
        quoteLine,
        `the quote of ${id} occurs ${found.length} times in ${relativeFile(zh.file)}: “${stat.quote}”`,
        'lengthen the quote with the words around the figure, so that it points at one place.',
      );
    }

    const figures = quoteFigures(stat.quote, stat.unit);
    const wanted = stat.kind === 'range' ? [stat.low ?? NaN, stat.value] : [stat.value];
    const stated = [...new Set(figures)];
    if (figures.length === 0) {
      report(
        quoteLine,
        `the quote of ${id} holds no figure: “${stat.quote}”`,
        'quote the words that state the figure, with its digits.',
      );
    } else if (stated.some((v) => !wanted.includes(v)) || wanted.some((v) => !stated.includes(v))) {
      report(
        quoteLine,
        stat.kind === 'range'
          ? `the quote of ${id} states ${stated.join(', ')}, but the range is ${stat.low} to ${stat.value} ${stat.unit}`
          : `the quote of ${id} states ${stated.join(', ')}, but its value is ${stat.value}`,
        stat.kind === 'range'
          ? 'a range quote holds both ends and nothing else; value is the upper end and low the lower end, in the unit (9年6个月 = 114 months).'
          : 'correct value (the true magnitude: 1260万 → 12600000, 20.7% → 20.7), or shorten the quote to the words of this one figure.',
      );
    }

    // The unit the quote writes: % is a percentage and 元 an amount of yuan.
    const writtenUnit = /\d[%％]/.test(stat.quote)
      ? 'percent'
      : /\d[万亿]?元/.test(stat.quote)
        ? 'yuan'
        : undefined;
    const unitAgrees =
      writtenUnit === 'percent'
        ? stat.unit === 'percent' || stat.unit === 'percentage-point'
        : writtenUnit === 'yuan'
          ? stat.unit === 'yuan'
          : stat.unit !== 'percent' && stat.unit !== 'percentage-point' && stat.unit !== 'yuan';
    if (!unitAgrees) {
      report(
        at('stats', i, 'unit'),
        `${id} has unit ${stat.unit}, but its quote writes ${writtenUnit === 'percent' ? 'a percentage' : writtenUnit === 'yuan' ? 'an amount in yuan' : 'neither % nor 元'} (“${stat.quote}”)`,
        writtenUnit
          ? `set "unit: ${writtenUnit}"${writtenUnit === 'percent' ? ' (or percentage-point)' : ''}.`
          : 'set the unit the text counts in (count, months, years), or quote the words that carry % or 元.',
      );
    }

    const zhQualifier = (Object.keys(QUALIFIERS) as (keyof typeof QUALIFIERS)[]).find((q) =>
      QUALIFIERS[q].zh.test(stat.quote),
    );
    if (stat.qualifier && !QUALIFIERS[stat.qualifier].zh.test(stat.quote)) {
      report(
        at('stats', i, 'qualifier'),
        `${id} says qualifier: ${stat.qualifier}, but its quote does not (“${stat.quote}”)`,
        'remove the qualifier, or quote the words that carry it (1000余名 for more-than).',
      );
    } else if (!stat.qualifier && zhQualifier) {
      report(
        at('stats', i),
        `the quote of ${id} says “${QUALIFIERS[zhQualifier].says}” (“${stat.quote}”), but the record has no qualifier`,
        `add "qualifier: ${zhQualifier}".`,
      );
    }

    if (stat.direction) {
      const saysDown = DOWN.test(stat.quote) && !UP.test(stat.quote);
      const saysUp = UP.test(stat.quote) && !DOWN.test(stat.quote);
      if ((stat.direction === 'up' && saysDown) || (stat.direction === 'down' && saysUp)) {
        report(
          at('stats', i, 'direction'),
          `${id} says direction: ${stat.direction}, but its quote says the figure went ${saysDown ? 'down' : 'up'} (“${stat.quote}”)`,
          `set "direction: ${saysDown ? 'down' : 'up'}".`,
        );
      }
    }

    if (found.length !== 1) return;
    const piece = found[0] as Piece;
    statPiece.set(stat.id, piece);
    const en = sectionOf('en', stat.section);
    if (!en) return;
    const enPieces = piecesOf(en);
    const aligned =
      typeof piece.where === 'number'
        ? en.paragraphs.length === zh.paragraphs.length
          ? enPieces.find((p) => p.where === piece.where)
          : undefined
        : enPieces.find((p) => p.where === piece.where);
    const enText = aligned?.text ?? enPieces.map((p) => p.text).join('\n\n');
    const enWhere = aligned ? `${relativeFile(en.file)}:${aligned.line}` : relativeFile(en.file);
    const values = englishFigures(enText, stat.unit);
    const missing = wanted.filter((v) => !values.has(v));
    const statRef = `${id} (${rel}:${at('stats', i) ?? '?'})`;
    // load.ts compares the figures of each paragraph pair already: say a missing figure once.
    const reportedByLoad =
      aligned !== undefined &&
      chineseNumbers(stat.quote).some((n) => missingInEnglish(piece.text, aligned.text).includes(n.raw));
    if (reportedByLoad) return;
    if (missing.length > 0) {
      report(
        aligned?.line,
        stat.kind === 'range'
          ? `the English does not state ${missing.join(' and ')} ${stat.unit} of the range ${stat.low}–${stat.value} of ${statRef}, which the Chinese gives as “${stat.quote}”`
          : `the English does not state ${stat.value} of ${statRef}, which the Chinese gives as “${stat.quote}”`,
        `write the figure in digits in ${enWhere} as the Chinese states it (1260万 → 12.6 million; 1000余 → more than 1,000; 9年6个月 → 9 years and 6 months), or correct the record.`,
        relativeFile(en.file),
      );
    } else if (stat.qualifier && !qualifiedInEnglish(enText, stat.value, QUALIFIERS[stat.qualifier].en)) {
      const says = QUALIFIERS[stat.qualifier].says;
      report(
        aligned?.line,
        `the English gives ${stat.value} of ${statRef} without “${says}”, but the Chinese says “${stat.quote}”`,
        `write “${says} ${stat.value.toLocaleString('en')}” in ${enWhere}, as the Chinese qualifies the figure.`,
        relativeFile(en.file),
      );
    }
  });

  // ── not charted ─────────────────────────────────────────────────────────────────────────
  stats.not_charted.forEach((entry, i) => {
    const line = at('not_charted', i, 'quote');
    if (!holdsNumber(entry.quote)) {
      report(
        line,
        `the not_charted quote “${entry.quote}” holds no number`,
        'list only numbers of the text here: quote the words around the number, with its digits.',
      );
    }
    if (!context.sections.includes(entry.section)) {
      report(
        at('not_charted', i, 'section'),
        `a not_charted entry names section "${entry.section}", which review.yml does not list`,
        `use one of: ${closest(entry.section, context.sections).join(', ')}.`,
      );
      return;
    }
    addQuote(entry.section, entry.quote);
    const zh = sectionOf('zh-hans', entry.section);
    if (zh && !piecesOf(zh).some((p) => occurrences(p.text, entry.quote).length > 0)) {
      report(
        line,
        `the not_charted quote does not occur in ${relativeFile(zh.file)}: “${entry.quote}”`,
        `copy the words exactly from ${relativeFile(zh.file)}, or correct "section".`,
      );
    }
  });

  // ── coverage: every number of the zh-hans text is a stat or not charted ─────────────────
  for (const zh of context.editions['zh-hans'] ?? []) {
    const quotes = quotesBySection.get(zh.id) ?? [];
    for (const piece of piecesOf(zh)) {
      const spans = quotes.flatMap((q) =>
        occurrences(piece.text, q).map((start) => [start, start + q.length] as const),
      );
      for (const m of piece.text.matchAll(NUMBER)) {
        const start = m.index;
        const end = start + m[0].length;
        if (spans.some(([s, e]) => s <= start && end <= e)) continue;
        const around = wholeNumbers(piece.text, Math.max(0, start - 8), end + 8).replace(/\s+/g, ' ');
        report(
          piece.line + (piece.text.slice(0, start).match(/\n/g)?.length ?? 0),
          `the number ${m[0]} in “…${around}…” is neither a record in ${rel} nor listed under not_charted`,
          `add a record to stats.yml or list it under not_charted (section: ${zh.id}, the exact quote around it, and a reason such as year, date or name).`,
          relativeFile(zh.file),
        );
      }
    }
  }

  // ── charts: known stats, each stat in one chart, one kind per chart ─────────────────────
  // A chart may gather figures from several sections (the year-on-year changes are stated in
  // the lede and in political-leadership); it is placed in the section of its first figure.
  const statById = new Map(stats.stats.map((s, i) => [s.id, { stat: s, index: i }]));
  const chartOfStat = new Map<string, string>();
  /** The section each chart belongs in (that of its first known stat). */
  const chartSection = new Map<string, string>();
  stats.charts.forEach((chart, j) => {
    for (const key of ['title', 'takeaway'] as const) {
      for (const [segment, text] of Object.entries(chart[key] ?? {})) {
        if (/\d/.test(text)) {
          report(
            at('charts', j, key, segment),
            `the ${segment} ${key} of chart "${chart.id}" has a digit: “${text}”`,
            `write the ${key} without numbers: the chart shows them from the records.`,
          );
        }
      }
    }
    const known: StatRecord[] = [];
    chart.stats.forEach((statId, k) => {
      const entry = statById.get(statId);
      if (!entry) {
        report(
          at('charts', j, 'stats', k),
          `chart "${chart.id}" names stat "${statId}", which stats.yml does not define`,
          `use one of: ${closest(statId, [...statById.keys()]).join(', ')}.`,
        );
        return;
      }
      const other = chartOfStat.get(statId);
      if (other) {
        report(
          at('charts', j, 'stats', k),
          `stat "${statId}" is drawn by chart "${other}" and again by chart "${chart.id}"`,
          'every stat belongs to exactly one chart: remove it from one of them.',
        );
        return;
      }
      chartOfStat.set(statId, chart.id);
      known.push(entry.stat);
    });
    if (known[0]) chartSection.set(chart.id, known[0].section);
    const kinds = [...new Set(known.map((s) => s.kind))];
    if (chart.form === 'numbers') {
      // A numbers block lists figures of any kind; src/stats/rules/chart-form.ts checks forms.
    } else if (kinds.length > 1) {
      report(
        at('charts', j, 'stats'),
        `chart "${chart.id}" mixes kinds of figure: ${kinds.join(', ')}`,
        'a chart draws one kind of figure (changes, levels or a range): split it, or list the figures in a numbers block (form: numbers).',
      );
    } else if (chart.form && kinds[0] && FORM_KIND[chart.form] !== kinds[0]) {
      const suits = (Object.keys(FORM_KIND) as (keyof typeof FORM_KIND)[]).filter(
        (f) => FORM_KIND[f] === kinds[0],
      );
      report(
        at('charts', j, 'form'),
        `chart "${chart.id}" has form ${chart.form}, which does not draw ${kinds[0]} figures`,
        `use form ${suits.join(' or ')}, or numbers (a "by the numbers" block, no drawing).`,
      );
    }
  });
  stats.stats.forEach((stat, i) => {
    if (!chartOfStat.has(stat.id)) {
      report(
        at('stats', i, 'id'),
        `stat "${stat.id}" is in no chart`,
        `add "${stat.id}" to the stats of a chart or numbers block of section ${stat.section}: every figure is shown.`,
      );
    }
  });

  // ── placement: <Chart id="…" /> lines in the MDX of each written edition ────────────────
  const chartIds = stats.charts.map((c) => c.id);
  const placements: Placement[] = [];
  for (const segment of writtenSegments) {
    for (const section of context.editions[segment] ?? []) {
      const lines = fs.readFileSync(section.file, 'utf8').replace(/\r\n/g, '\n').split('\n');
      const bodyStart = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
      for (let n = bodyStart; n < lines.length; n++) {
        const text = lines[n] ?? '';
        if (!/^\s*<Chart\b/.test(text)) continue;
        const line = n + 1;
        const fileRel = relativeFile(section.file);
        const m = CHART_LINE.exec(text);
        const alone = (lines[n - 1] ?? '').trim() === '' && (lines[n + 1] ?? '').trim() === '';
        if (!m || !alone) {
          report(
            line,
            `a chart is written in a form the page does not render: “${text.trim()}”`,
            'write it as <Chart id="…" /> on a line of its own, with a blank line before and after.',
            fileRel,
          );
          continue;
        }
        const id = m[1] ?? '';
        if (!chartIds.includes(id)) {
          report(
            line,
            `<Chart id="${id}" /> names no chart in ${rel}`,
            `use one of: ${closest(id, chartIds).join(', ')}.`,
            fileRel,
          );
          continue;
        }
        const after = section.paragraphs.filter((p) => p.line < line).length;
        placements.push({ id, segment, section: section.id, file: section.file, line, after });
      }
    }
  }

  /**
   * Where a chart belongs when no edition places it yet: after the last paragraph of its home
   * section that states one of its figures.
   */
  const suggestedAfter = (chart: ChartRecord) =>
    Math.max(
      0,
      ...chart.stats
        .filter((s) => statById.get(s)?.stat.section === chartSection.get(chart.id))
        .map((s) => statPiece.get(s)?.where)
        .map((w) => (typeof w === 'number' ? w + 1 : 0)),
    );
  const settled = new Map<string, Placement[]>();
  for (const chart of stats.charts) {
    const home = chartSection.get(chart.id);
    if (!home) continue;
    for (const segment of writtenSegments) {
      const edition = context.editions[segment];
      if (!edition) continue;
      // A section file that is missing or did not parse is reported by load.ts; its charts wait.
      const homeSection = sectionOf(segment, home);
      if (!homeSection) continue;
      const placed = placements.filter((p) => p.id === chart.id && p.segment === segment);
      const homeFile = homeSection.file;
      const tag = `<Chart id="${chart.id}" />`;
      if (placed.length === 0) {
        const other = placements.find(
          (p) => p.id === chart.id && p.segment !== segment && p.section === home,
        );
        const after = other ? other.after : suggestedAfter(chart);
        report(
          undefined,
          `chart "${chart.id}" is not placed in the ${segment} edition`,
          `add the line ${tag} (with a blank line before and after) to ${relativeFile(homeFile)} ${after > 0 ? `after paragraph ${after}` : 'before its first paragraph'}${other ? `, where ${relativeFile(other.file)} places it` : ' (the last paragraph that states its figures)'}.`,
          relativeFile(homeFile),
        );
        continue;
      }
      const first = placed[0] as Placement;
      for (const again of placed.slice(1)) {
        report(
          again.line,
          `chart "${chart.id}" is placed again (first at ${relativeFile(first.file)}:${first.line})`,
          'place each chart once per edition: remove one of the lines.',
          relativeFile(again.file),
        );
      }
      for (const p of placed) {
        if (p.section !== home) {
          report(
            p.line,
            `chart "${chart.id}" draws figures of section ${home} but is placed in section ${p.section}`,
            `move the line ${tag} to ${relativeFile(homeFile)}, after the text that states its figures.`,
            relativeFile(p.file),
          );
        }
      }
      if (placed.length === 1 && first.section === home) settled.set(`${segment} ${chart.id}`, [first]);
    }
  }
  // Both editions place the same charts in the same order, after the same paragraph.
  for (const id of context.sections) {
    const inBoth = (p: Placement) =>
      p.section === id &&
      writtenSegments.every((s) => settled.has(`${s} ${p.id}`)) &&
      settled.get(`${p.segment} ${p.id}`)?.[0] === p;
    const zh = placements.filter((p) => p.segment === 'zh-hans' && inBoth(p));
    const en = placements.filter((p) => p.segment === 'en' && inBoth(p));
    const show = (list: Placement[]) => list.map((p) => `${p.id} after paragraph ${p.after}`).join(', ');
    const differs = en.findIndex((p, k) => p.id !== zh[k]?.id || p.after !== zh[k]?.after);
    if (differs >= 0 && zh[0]) {
      const p = en[differs] as Placement;
      report(
        p.line,
        `the charts of section ${id} are placed as ${show(en)}, but ${relativeFile(zh[0].file)} places them as ${show(zh)}`,
        'place the same charts in the same order, after the same paragraph, in both editions (their paragraphs correspond one to one).',
        relativeFile(p.file),
      );
    }
  }

  // Chart forms and their integrity rules (src/stats/rules/chart-form.ts).
  const zhText = (id: string) => {
    const zh = sectionOf('zh-hans', id);
    return zh
      ? piecesOf(zh)
          .map((p) => p.text)
          .join('\n')
      : '';
  };
  problems.push(...checkChartForms(stats, { file: rel, lineOf, textOf: zhText }));
  problems.push(...checkCompare({ ...stats, lineOf, file: rel }));
  problems.push(...checkChineseNumerals({ sections: context.editions['zh-hans'] ?? [], stats, lineOf, file: rel }));

  return { stats, problems };
}

/** The title, kicker and paragraphs of a section, with the lines they start on. */
function pieces(section: SectionText): Piece[] {
  const raw = fs.readFileSync(section.file, 'utf8').replace(/\r\n/g, '\n').split('\n');
  const found: Piece[] = [];
  for (const key of ['title', 'kicker'] as const) {
    const text = section.frontmatter[key];
    if (text) found.push({ where: key, text, line: raw.findIndex((l) => l.startsWith(`${key}:`)) + 1 || 1 });
  }
  section.paragraphs.forEach((p, i) => found.push({ where: i, text: visibleText(p.text), line: p.line }));
  return found;
}

/** text.slice(from, to), widened so that it cuts no number in two (for context in messages). */
function wholeNumbers(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start > 0 && /[\d.]/.test(text[start] ?? '') && /[\d.]/.test(text[start - 1] ?? '')) start--;
  while (end < text.length && /[\d.%]/.test(text[end] ?? '') && /[\d.]/.test(text[end - 1] ?? '')) end++;
  return text.slice(start, end);
}

/** A paragraph without MDX comments and component tags (the words of a <Term> stay). */
function visibleText(text: string): string {
  return text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<\/?[A-Za-z][^>]*>/g, '');
}

/**
 * Where `quote` starts in `text`, leaving out places where it would cut a number in two: “0.7%”
 * does not quote the 20.7% of “下降20.7%”, nor does “6” quote the 6 of “16条”.
 */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + quote.length, i + quote.length + 2);
    const cutsStart = /^[\d.]/.test(quote) && (/\d$/.test(before) || /\d\.$/.test(before));
    const cutsEnd = /[\d.]$/.test(quote) && (/^\d/.test(after) || /^\.\d/.test(after));
    if (!cutsStart && !cutsEnd) found.push(i);
  }
  return found;
}

/** The figures a zh-hans quote states, in the record's unit: 9年6个月 is 114 months, 1260万 is 12600000. */
export function quoteFigures(quote: string, unit: StatRecord['unit']): number[] {
  const values: number[] = [];
  let rest = quote;
  if (unit === 'months' || unit === 'years') {
    rest = quote.replace(
      /(\d+)年(?:(\d+)个月)?|(\d+)个月/g,
      (_m, years?: string, months?: string, onlyMonths?: string) => {
        const total =
          onlyMonths !== undefined ? Number(onlyMonths) : Number(years) * 12 + Number(months ?? 0);
        values.push(unit === 'months' ? total : total / 12);
        return ' ';
      },
    );
  }
  return [...values, ...chineseNumbers(rest).map((n) => n.value)];
}

/** The values an English text states; for a record in months or years, its durations (9 years and 6 months = 114 months). */
export function englishFigures(text: string, unit: StatRecord['unit']): Set<number> {
  if (unit !== 'months' && unit !== 'years') return englishNumbers(text).values;
  // A length of time is stated as one: “9 years and 6 months” is 114 months, and neither its 6
  // nor the 6 of “January 6” is a duration of 6 months.
  const durations = new Set<number>();
  for (const m of text.matchAll(/(\d+)\s+years?(?:,?\s+(?:and\s+)?(\d+)\s+months?)?|(\d+)\s+months?/gi)) {
    const total = m[3] !== undefined ? Number(m[3]) : Number(m[1]) * 12 + Number(m[2] ?? 0);
    durations.add(unit === 'months' ? total : total / 12);
  }
  return durations;
}

/** Whether the English states `value` right after a qualifier such as “more than”. */
function qualifiedInEnglish(text: string, value: number, qualifier: RegExp): boolean {
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion)\b)?/gi)) {
    if (
      englishNumbers(m[0]).values.has(value) &&
      qualifier.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      return true;
  }
  return false;
}
