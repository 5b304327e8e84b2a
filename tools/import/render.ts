import { stringify } from 'yaml';
import type { DateEvidence } from './dates.ts';
import { publishedField } from './dates.ts';
import type { Figures, FigureCandidate } from './figures.ts';
import type { Prefilled } from './prefill.ts';
import { copyrightHolder, type BylineEntry } from './lines.ts';
import type { Part } from './structure.ts';

/**
 * Tool: the files of an imported year, as text. Every value says, in a comment, how it was found;
 * every value the tool could not find or decide is `TODO`, which the content check reports as
 * "not yet written" (src/content-check/load.ts), so the year cannot be published until an editor has
 * settled each one. Only zh-hans is written: `editions: [zh-hans]` until a translation is added.
 */

/** A YAML scalar on one line, quoted only when YAML needs it. */
export const scalar = (value: string | number): string => stringify(value, { lineWidth: 0 }).trimEnd();

/** Whose figure: the one body the clause names, or the editor's choice among several; none if none. */
function ownerLines(f: FigureCandidate): string[] {
  if (f.bodies?.length === 1) return [`    owner: { zh-hans: ${scalar(f.bodies[0] ?? '')}, en: TODO }`];
  return f.bodies ? [`    owner: { zh-hans: TODO, en: TODO } # one of: ${f.bodies.join(', ')}`] : [];
}

export interface SectionOut {
  /** The section id, or TODO-section-N when the mapping does not know the heading. */
  id: string;
  nav: string;
  part: Part;
  /** How the id and nav were found. */
  idFound: string;
}

export interface Credit {
  source?: { text: string; how: string };
  copyright?: string;
  rights?: string;
}

/** A claim of the page set aside as a carrier's (tools/import/carrier.ts). */
export interface Doubt {
  /** What review.yml field it concerns. */
  field: 'published' | 'credit.source' | 'credit.copyright';
  /** What the page claims, as it says it. */
  claim: string;
  /** Why this claim is the carrier's (short). */
  why: string;
  /** Why the page reads as a repost: the signs, shared by every doubt of the page. */
  repost: string;
}

export interface ReviewOut {
  year: number;
  inputName: string;
  title?: { text: string; how: string };
  subtitles: string[];
  evidence: DateEvidence;
  byline?: { entries: BylineEntry[]; line: string };
  credit: Credit;
  sections: SectionOut[];
  /** The page's claims set aside as a carrier's (tools/import/carrier.ts). */
  doubts: Doubt[];
}

/** The credit block of review.yml: source and copyright as found, or TODO with why (not found, or a carrier's). */
function creditLines(c: Credit, doubts: Doubt[]): string[] {
  const doubt = (field: Doubt['field']) => doubts.find((d) => d.field === field);
  const sourceDoubt = doubt('credit.source');
  const copyrightDoubt = doubt('credit.copyright');
  const holder = c.copyright && !copyrightDoubt ? copyrightHolder(c.copyright) : undefined;
  return [
    '',
    '# The newspaper the text comes from and who holds the copyright in the article: credited, never',
    '# printed as body text.',
    sourceDoubt
      ? `# source doubted, not written: the page names ${sourceDoubt.claim}, but it reads as a repost (${sourceDoubt.repost}): ${sourceDoubt.why}. Write the newspaper's name.`
      : c.source
        ? `# source found: ${c.source.how}.`
        : "# source not found: write the newspaper's name.",
    copyrightDoubt
      ? `# copyright doubted, not written: the page names ${copyrightDoubt.claim}, but it reads as a repost: ${copyrightDoubt.why}. Write who holds the copyright in the article.`
      : holder
        ? `# copyright found: the holder named in the page's footer “${c.copyright ?? ''}” (a year range there is the web site's, not the article's, so it is not repeated).`
        : `# copyright not found${c.copyright ? ` (the footer line “${c.copyright}” names no holder)` : ''}: write who holds the copyright in the article.`,
    ...(c.rights && !copyrightDoubt
      ? [
          `# The footer's notice on reproduction (“${c.rights}”) is the newspaper's own ban, not printed`,
          '# here. When the press office grants permission, add it as permission: { zh-hans: … }.',
        ]
      : []),
    'credit:',
    `  source: { zh-hans: ${c.source && !sourceDoubt ? scalar(c.source.text) : 'TODO'} }`,
    '  copyright:',
    `    zh-hans: ${holder ? scalar(`原文版权归${holder}所有。`) : 'TODO'}`,
  ];
}

export function reviewYml(r: ReviewOut): string {
  const date = publishedField(r.evidence);
  const lines: string[] = [
    `# The ${r.year} review: everything about it that is not its text.`,
    '#',
    `# Imported by \`npm run import\` from ${r.inputName}. Each value says how it was found. Every TODO`,
    '# is still to be settled by an editor: `npm run check:content` lists each one left (file, line,',
    '# fix), and the site does not build until none is left.',
    '',
    '# Written in zh-hans only (the imported text). When an English translation is added, write',
    '# editions: [zh-hans, en] and give the en texts below and in en/.',
    'editions: [zh-hans]',
    '',
    '# When it was published, as far as the source tells it: YYYY-MM-DD, YYYY-MM, YYYY, or',
    '# "YYYY (on or after YYYY-MM-DD)" (the year and a day it cannot be earlier than); never invent',
    '# a day or a month (src/reviews/date.ts).',
    ...date.comment.map((c) => `# ${c}`),
    `published: ${scalar(date.value)}`,
    '',
    '# The page title and a one-line description for search engines and link previews.',
    r.title
      ? `# Found: ${r.title.how}.`
      : "# Not found: the text has no headline line. Write the review's title.",
    'title:',
    `  zh-hans: ${r.title ? scalar(r.title.text) : 'TODO'}`,
    ...(r.subtitles.length > 0 ? [`# The page's subtitle reads: ${r.subtitles.join(' / ')}`] : []),
    '# Not in the source: write one line saying what the review covers.',
    'description:',
    '  zh-hans: TODO',
    '',
  ];
  if (r.byline) {
    lines.push(`# The byline as printed, in order. Found: the byline line “${r.byline.line}”.`, 'byline:');
    for (const e of r.byline.entries) {
      lines.push(`  - role: { zh-hans: ${scalar(e.role)} }`, `    name: { zh-hans: ${scalar(e.name)} }`);
    }
  } else {
    lines.push(
      '# The byline as printed, in order. Not found: no line of roles and names (记者 …) was recognised.',
      'byline:',
      '  - role: { zh-hans: TODO }',
      '    name: { zh-hans: TODO }',
    );
  }
  lines.push(...creditLines(r.credit, r.doubts));
  lines.push(
    '',
    '# Sections in reading order. Each id is a file <id>.mdx in zh-hans/ and the anchor (#id) of the',
    '# section on the page. A TODO id is a heading content/import/section-ids.yml does not know yet:',
    '# name it (lowercase words joined by hyphens), rename its .mdx file and the `section:` entries',
    '# of stats.yml with it, and add the heading to section-ids.yml for the next import.',
    'sections:',
    ...r.sections.map((s) => `  - ${s.id} # ${s.idFound}`),
  );
  return `${lines.join('\n')}\n`;
}

/** One section's MDX, with a chart line (TODO id) after each paragraph that states figures. */
export function sectionMdx(s: SectionOut, chartsAfter: Map<number, string[]>): string {
  const fm = [
    '---',
    ...s.part.found.map((f) => `# Found: ${f}.`),
    `# Section id and nav: ${s.idFound}.`,
    `nav: ${scalar(s.nav)}`,
    ...(s.part.title ? [`title: ${scalar(s.part.title)}`] : []),
    ...(s.part.kicker ? [`kicker: ${scalar(s.part.kicker)}`] : []),
    '---',
  ];
  const body: string[] = [];
  const charts = (after: number) => (chartsAfter.get(after) ?? []).map((id) => `<Chart id="${id}" />`);
  body.push(...charts(0));
  s.part.paragraphs.forEach((p, i) => body.push(p, ...charts(i + 1)));
  return `${fm.join('\n')}\n\n${body.join('\n\n')}\n`;
}

export interface ChartOut {
  id: string;
  section: string;
  /** Paragraphs before it: where its line goes in the MDX. */
  after: number;
  stats: string[];
  /** Why it can only be a numbers block (one figure alone), when that is plain; else the form is the editor's. */
  listed?: string;
}

const where = (w: FigureCandidate['where']) => (typeof w === 'number' ? `paragraph ${w + 1}` : `the ${w}`);

/** One candidate chart of stats.yml: its figures, and its form when one figure alone can only be listed. */
function chartLines(c: ChartOut): string[] {
  return [
    `  # ${c.section}.mdx, after paragraph ${c.after}.`,
    `  - id: ${c.id}`,
    `    stats: [${c.stats.join(', ')}]`,
    ...(c.listed
      ? [
          '    # A drawing of one number compares nothing: listed in the numbers block (merge it into a',
          '    # chart if the text gives a figure of the same unit and meaning to draw beside it).',
          '    form: numbers',
          `    why: ${scalar(c.listed)}`,
        ]
      : [
          '    form: TODO # change, bars, units or range to draw figures that compare; numbers to list them',
          '    why: TODO # why this form suits these figures',
          '    title: { zh-hans: TODO, en: TODO }',
          '    takeaway: { zh-hans: TODO, en: TODO }',
        ]),
    '',
  ];
}

/**
 * stats.yml: every figure as a candidate record (ids, labels and chart choice TODO), grouped into
 * one candidate chart per paragraph and kind; years and dates under not_charted.
 */
export function statsYml(year: number, figures: Figures, prefilled: Prefilled[], charts: ChartOut[]): string {
  const lines: string[] = [
    `# Every figure in the ${year} review, as data: candidates found by \`npm run import\`.`,
    '#',
    '# Each record below is a number of the zh-hans text with its exact quote, section, value, unit',
    '# and kind, as the import read them (the comment above it says how). For each one:',
    '#   - check value, unit, kind (level, change, rate, range), direction and qualifier;',
    '#   - name it: id (lowercase-hyphenated, e.g. fraud-cases) in place of TODO-figure-N, here and',
    '#     in its chart; write label (what is counted, no digits) in zh-hans and en;',
    '#   - or, if it is not a figure to chart (a detail of one case, a name), move it to not_charted',
    '#     with its quote and a reason, and take it out of its chart.',
    '# Charts: one candidate per paragraph and kind, placed in the MDX after that paragraph as',
    '# <Chart id="TODO-chart-N" />. Name each, choose its form (change, bars, units or range to',
    '# draw two or more figures of one unit and meaning; numbers for a "by the numbers" list) and',
    '# say why; for a drawn chart write title and takeaway (no digits; a takeaway restates its',
    '# figures only, and a comparison needs a compare entry); merge or split them, and rename the',
    '# <Chart> line in the MDX with it.',
    '# The stats.yml of an earlier year shows every kind of record in use.',
    '',
    'stats:',
  ];
  figures.stats.forEach((f, i) => {
    lines.push(
      `  # ${f.section}.mdx, ${where(f.where)}: ${f.how}.${f.ambiguous ? ' TODO: this quote occurs more than once in the section; lengthen it.' : ''}`,
      ...(prefilled[i]?.how.length ? [`  # Derived: ${prefilled[i]?.how.join('; ')}.`] : []),
      `  - id: ${prefilled[i]?.id ?? `TODO-figure-${i + 1}`}`,
      `    section: ${f.section}`,
      `    value: ${f.value}`,
      ...(f.low !== undefined ? [`    low: ${f.low}`] : []),
      `    unit: ${f.unit}`,
      `    kind: ${f.kind}`,
      ...(f.direction ? [`    direction: ${f.direction}`] : []),
      ...(f.qualifier ? [`    qualifier: ${f.qualifier}`] : []),
      `    quote: ${scalar(f.quote)}`,
      `    label: { zh-hans: ${prefilled[i]?.label ? scalar(prefilled[i]?.label ?? '') : 'TODO'}, en: TODO }`,
      ...ownerLines(f),
      '',
    );
  });
  if (figures.stats.length === 0) lines[lines.length - 1] = 'stats: []';
  lines.push(charts.length === 0 ? 'charts: []' : 'charts:');
  for (const c of charts) lines.push(...chartLines(c));

  lines.push('', figures.notCharted.length === 0 ? 'not_charted: []' : 'not_charted:');
  for (const n of figures.notCharted) {
    lines.push(
      `  # ${n.section}.mdx, ${where(n.where)}: ${n.how}.${n.reason ? '' : ' TODO: say why it is not a figure, or make it a record.'}${n.ambiguous ? ' TODO: this quote occurs more than once; lengthen it.' : ''}`,
      `  - section: ${n.section}`,
      `    quote: ${scalar(n.quote)}`,
      `    reason: ${n.reason ? scalar(n.reason) : 'TODO'}`,
    );
  }
  if (figures.chinese.length > 0) {
    // Chinese-numeral figures are figures too (src/stats/rules/chinese-numerals.ts): each is listed
    // with its clause and reason TODO, for the editor to say why it is not charted or make it a record.
    if (figures.notCharted.length === 0) lines[lines.length - 1] = 'not_charted:';
    for (const c of figures.chinese) {
      lines.push(
        `  # ${c.section}.mdx, ${where(c.where)}: ${c.what}.${c.reason ? ' The reason is what its words say; check it.' : ' TODO: say why it is not charted (a name, a rank, a period, a detail of one case …), or make it a record.'}${c.ambiguous ? ' TODO: this quote occurs more than once; lengthen it.' : ''}`,
        `  - section: ${c.section}`,
        `    quote: ${scalar(c.quote)}`,
        `    reason: ${c.reason ? scalar(c.reason) : 'TODO'}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
