import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { relativeFile } from '../../src/reviews/problems.ts';
import { boundFromText, parseStatedDate, type DateEvidence, type KnownDate } from './dates.ts';
import { decodeInput } from './decode.ts';
import { findFigures, type Piece } from './figures.ts';
import { readPage } from './html.ts';
import {
  canonical,
  classifyLine,
  joinChinese,
  sourceFromCopyright,
  splitWireOpening,
  tidy,
  type BylineEntry,
} from './lines.ts';
import { ImportRefused } from './refused.ts';
import { reviewYml, sectionMdx, statsYml, type ChartOut, type Credit, type SectionOut } from './render.ts';
import { isHeadingLike, splitBody, type BodyLine } from './structure.ts';

/**
 * Tool: `npm run import -- <file> [--year 2023]` turns a newspaper article (a saved page or plain
 * text, Simplified or Traditional, UTF-8 or GB18030) into a new year folder. It writes into a
 * hidden staging folder beside the years (the content check skips dot-folders) and renames it into
 * `content/reviews/<year>/` only when every file is written, never over an existing year. Any
 * refusal (ImportRefused) happens before anything is written.
 */

export interface ImportOptions {
  file: string;
  /** The content folder (content/, or CONTENT_DIR). */
  root: string;
  /** The mapping of headings to section ids (content/import/section-ids.yml by default). */
  mapping?: string;
  year?: string | undefined;
  pick?: number | undefined;
  encoding?: string | undefined;
}

export interface Summary {
  found: string[];
  /** Each TODO left for the editor, with its file and line. */
  uncertain: { file: string; line: number; text: string }[];
  /** What was not taken into the year folder, and why. */
  dropped: { text: string; why: string }[];
}

export interface ImportResult {
  year: number;
  dir: string;
  files: string[];
  summary: Summary;
}

interface Mapping {
  lede: { id: string; nav: string };
  closing: { id: string; nav: string };
  headings: Record<string, string>;
}

function readMapping(file: string): Mapping {
  const data = parseYaml(fs.readFileSync(file, 'utf8')) as Partial<Mapping> | null;
  if (!data?.lede?.id || !data.closing?.id || typeof data.headings !== 'object') {
    throw new Error(`${file}: expected lede, closing and headings (see the comments in the file).`);
  }
  return { lede: data.lede, closing: data.closing, headings: data.headings ?? {} };
}

const HAN = /[\u3400-\u9fff]/g;

export function importArticle(options: ImportOptions): ImportResult {
  const name = relativeFile(path.resolve(options.file)) || options.file;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(options.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ImportRefused(
      `${name} cannot be read (${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(e))}).\nfix: give the path of a saved page (.html) or a text file (.txt).`,
    );
  }
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
    throw new ImportRefused(
      `--year ${options.year} is not a year: give the year under review as four digits (--year 2023).`,
    );
  }
  const decoded = decodeInput(bytes, name, options.encoding);
  const found: string[] = [`encoding: ${decoded.encoding} (${decoded.how})`];
  const dropped: Summary['dropped'] = [];
  const isHtml = /\.x?html?$/i.test(options.file) || /^\s*<(!doctype\s+html|html[\s>])/i.test(decoded.text);

  // ── lines: body, byline, credit, furniture ────────────────────────────────────────────────
  let headline: { text: string; how: string } | undefined;
  let stated: KnownDate | undefined;
  const body: BodyLine[] = [];
  let byline: { entries: BylineEntry[]; line: string } | undefined;
  const credit: Credit = {};
  const take = (raw: string, where: 'article' | 'outside' | 'footer'): BodyLine | undefined => {
    let text = canonical(raw);
    const wire = where === 'article' ? splitWireOpening(text) : undefined;
    if (wire) {
      if (!byline) byline = { entries: wire.byline, line: wire.opening };
      dropped.push({ text: wire.opening, why: 'the wire-style opening: its byline is in review.yml' });
      text = wire.rest;
    }
    const kind = classifyLine(text);
    if (!kind) {
      if (where === 'article') return { text: joinChinese(text) };
      dropped.push({
        text,
        why: where === 'footer' ? 'after the byline: the page footer' : 'outside the article: page furniture',
      });
      return undefined;
    }
    if (kind.kind === 'byline') {
      if (!byline) byline = { entries: kind.entries, line: text };
      else dropped.push({ text, why: 'a second byline line' });
    } else if (kind.kind === 'copyright') {
      if (!credit.copyright) credit.copyright = text;
    } else if (kind.kind === 'rights') {
      if (!credit.rights) credit.rights = text;
    } else if (kind.kind === 'source') {
      credit.source ??= { text: kind.source, how: `the page's source line “${text}”` };
      const d = stated ? undefined : parseStatedDate(text);
      if (d) stated = { ...d, how: `the source line “${text}”` };
    } else {
      const source = /来源\s*[:：]\s*([^\s|]{2,20})/.exec(text)?.[1];
      if (source) credit.source ??= { text: source, how: `the page's line “${text}”` };
      if (kind.why === 'a dateline' && !stated) {
        const d = parseStatedDate(text);
        if (d) stated = { ...d, how: `the dateline “${text}”` };
      }
      dropped.push({ text, why: kind.why });
    }
    return undefined;
  };

  if (isHtml) {
    const page = readPage(decoded.text, name, options.pick);
    if (page.headline) headline = { text: canonical(page.headline), how: "the page's headline (<h1>)" };
    stated = page.date;
    for (const b of page.blocks) {
      const line = take(b.text, 'article');
      if (line) body.push(b.heading ? { ...line, heading: true } : line);
    }
    for (const o of page.outside) take(o, 'outside');
  } else {
    if (options.pick !== undefined)
      throw new ImportRefused(
        '--pick chooses between articles of a web page; a text file holds one article. Leave --pick out.',
      );
    const lines = decoded.text.split(/\r?\n/).map(tidy).filter(Boolean);
    const bylineAt = lines.findIndex((l) => classifyLine(canonical(l))?.kind === 'byline');
    const footerFrom = bylineAt >= 0 && bylineAt >= lines.length * 0.6 ? bylineAt : lines.length;
    lines.forEach((l, i) => {
      const line = take(l, i > footerFrom ? 'footer' : 'article');
      if (line) body.push(line);
    });
  }
  if (
    (body
      .map((b) => b.text)
      .join('')
      .match(HAN)?.length ?? 0) < 100
  ) {
    throw new ImportRefused(
      `${name} has no recognisable article: after the page furniture, fewer than 100 Chinese characters of text are left.\n` +
        'fix: check that the file is the article itself (its full text, in Chinese).',
    );
  }

  // ── the year under review ─────────────────────────────────────────────────────────────────
  const [year, yearHow] = options.year
    ? [Number(options.year), 'as given with --year']
    : guessYear(
        headline?.text ?? (body[0] && isHeadingLike(body[0]) ? body[0].text : undefined),
        body.map((b) => b.text),
        name,
      );
  found.push(`year: ${year} (${yearHow})`);
  const reviewsDir = path.join(options.root, 'reviews');
  const dir = path.join(reviewsDir, String(year));
  if (fs.existsSync(dir)) {
    throw new ImportRefused(
      `${relativeFile(dir)}/ already exists: import never writes over a year. Delete or move it first if this import is to replace it, or give another year with --year.`,
    );
  }

  // ── parts and section ids ─────────────────────────────────────────────────────────────────
  const structure = splitBody(body, year);
  if (!headline && structure.headline)
    headline = {
      text: structure.headline,
      how: 'the first line of the text, a headline (short, no sentence punctuation)',
    };
  const mappingFile = options.mapping ?? path.join(options.root, 'import', 'section-ids.yml');
  const mapping = readMapping(mappingFile);
  // Named from the folder above the content folder: "content/import/section-ids.yml".
  const mappingName = path.relative(path.dirname(options.root), mappingFile).split(path.sep).join('/');
  // An article that opens with its first heading has no lede: no empty section is written.
  const sections: SectionOut[] =
    structure.lede.paragraphs.length === 0
      ? []
      : [
          {
            id: mapping.lede.id,
            nav: mapping.lede.nav,
            part: structure.lede,
            idFound: `the opening, as ${mappingName} names it`,
          },
        ];
  const used = new Set([mapping.lede.id, mapping.closing.id]);
  structure.sections.forEach((part, i) => {
    const title = part.title ?? '';
    // Matched without a numbering the page may add (“一、政治引领，……”, “（二）……”).
    const unnumbered = title.replace(/^[（(]?[一二三四五六七八九十]+[）)、.．]\s*/, '');
    const phrase = unnumbered.split(/[，,：:]/)[0] ?? unnumbered;
    const mapped = mapping.headings[title] ?? mapping.headings[unnumbered] ?? mapping.headings[phrase];
    const id = mapped && !used.has(mapped) ? mapped : `TODO-section-${i + 2}`;
    used.add(id);
    const nav = phrase.length <= 8 ? phrase : 'TODO';
    sections.push({
      id,
      nav,
      part,
      idFound:
        mapped && id === mapped
          ? `${mappingName} maps “${mapped === mapping.headings[title] ? title : phrase}” to ${id}; nav is the heading's first phrase`
          : `TODO: “${title}” is not in ${mappingName}: name this section`,
    });
  });
  if (structure.closing) {
    sections.push({
      id: mapping.closing.id,
      nav: mapping.closing.nav,
      part: structure.closing,
      idFound: `the closing paragraph, as ${mappingName} names it`,
    });
  }

  // ── date, byline, credit ──────────────────────────────────────────────────────────────────
  const paragraphs = sections.flatMap((s) => s.part.paragraphs);
  const bound = boundFromText(paragraphs, year);
  const evidence: DateEvidence = { ...(stated ? { known: stated } : {}), ...(bound ? { after: bound } : {}) };
  if (!credit.source && credit.copyright) {
    const source = sourceFromCopyright(credit.copyright);
    if (source)
      credit.source = {
        text: source,
        how: `the copyright holder in “${credit.copyright}” (a paper's company …报社 publishes …报)`,
      };
  }

  // ── figures ───────────────────────────────────────────────────────────────────────────────
  const figures = findFigures(
    sections.map((s) => ({
      id: s.id,
      pieces: [
        ...(s.part.title ? [{ where: 'title', text: s.part.title } as Piece] : []),
        ...(s.part.kicker ? [{ where: 'kicker', text: s.part.kicker } as Piece] : []),
        ...s.part.paragraphs.map((text, i) => ({ where: i, text }) as Piece),
      ],
    })),
  );
  const statIds = figures.stats.map((_, i) => `TODO-figure-${i + 1}`);
  const charts: ChartOut[] = [];
  figures.stats.forEach((f, i) => {
    const after = typeof f.where === 'number' ? f.where + 1 : 0;
    let chart = charts.find(
      (c) =>
        c.section === f.section &&
        c.after === after &&
        figures.stats[statIds.indexOf(c.stats[0] ?? '')]?.kind === f.kind,
    );
    if (!chart)
      charts.push((chart = { id: `TODO-chart-${charts.length + 1}`, section: f.section, after, stats: [] }));
    chart.stats.push(statIds[i] as string);
  });

  // ── write: staging folder, then one rename ───────────────────────────────────────────────
  const files: [string, string][] = [
    [
      'review.yml',
      reviewYml({
        year,
        inputName: name,
        ...(headline ? { title: headline } : {}),
        subtitles: structure.subtitles,
        evidence,
        ...(byline ? { byline } : {}),
        credit,
        sections,
      }),
    ],
    ['stats.yml', statsYml(year, figures, statIds, charts)],
    ...sections.map((s): [string, string] => {
      const after = new Map<number, string[]>();
      for (const c of charts.filter((c) => c.section === s.id))
        after.set(c.after, [...(after.get(c.after) ?? []), c.id]);
      return [`zh-hans/${s.id}.mdx`, sectionMdx(s, after)];
    }),
  ];
  fs.mkdirSync(reviewsDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(reviewsDir, `.import-${year}-`));
  try {
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      fs.writeFileSync(path.join(staging, file), text);
    }
    // Checked again: another import or scaffold may have made the year meanwhile, and a rename
    // onto an empty folder would replace it.
    if (fs.existsSync(dir))
      throw new ImportRefused(`${relativeFile(dir)}/ appeared while importing; nothing was written.`);
    fs.renameSync(staging, dir);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }

  // ── summary ───────────────────────────────────────────────────────────────────────────────
  found.push(
    headline ? `title: ${headline.text} (${headline.how})` : 'title: not found',
    `sections: ${sections.map((s) => `${s.id} (${s.part.paragraphs.length} paragraph${s.part.paragraphs.length === 1 ? '' : 's'}${s.part.title ? `, heading “${s.part.title}”` : ''}${s.part.kicker ? ', kicker' : ''})`).join('; ')}`,
    byline ? `byline: ${byline.entries.map((e) => `${e.role} ${e.name}`).join(', ')}` : 'byline: not found',
    `credit: ${[credit.source && `source ${credit.source.text}`, credit.copyright && 'copyright line', credit.rights && 'rights notice'].filter(Boolean).join(', ') || 'not found'}`,
    evidence.known
      ? `date: ${evidence.known.how}`
      : evidence.after
        ? `date: on or after ${evidence.after.quote} (${evidence.after.how})`
        : 'date: not found',
    `figures: ${figures.stats.length} candidates in ${charts.length} candidate charts; ${figures.notCharted.length} years, dates and names under not_charted; ${figures.chinese.length} in Chinese numerals under not_charted, each reason TODO`,
  );
  const written = files.map(([file]) => path.join(dir, file));
  const uncertain: Summary['uncertain'] = [];
  for (const file of written) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // A TODO value or line, or a comment's "TODO:" note; not the comments that explain TODOs.
        const hash = line.search(/(^|\s)#(\s|$)/);
        const code = hash >= 0 ? line.slice(0, hash) : line;
        const comment = hash >= 0 ? line.slice(hash) : '';
        if (/TODO/.test(code) || /TODO:/.test(comment)) {
          uncertain.push({ file: relativeFile(file), line: i + 1, text: line.trim() });
        }
      });
  }
  return { year, dir, files: written, summary: { found, uncertain, dropped } };
}

/** The year under review: from the headline, else "回望YYYY年", else the year the body names most. */
function guessYear(title: string | undefined, lines: string[], name: string): [number, string] {
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
