/**
 * `npm run font:subset [-- --source /path/to/NotoSansCJK-Bold.ttc]`
 *
 * Makes the two small fonts the share images are drawn with (src/publish/fonts/*.subset.otf):
 * Noto Sans CJK Bold, SC and TC faces, cut down to the characters the cards need (every review's
 * title, source and date in every edition, the site name and tagline, and every figure card's
 * figures, labels, owners and notes: src/publish/figure-cards.ts) plus a reserve: printable
 * ASCII, common CJK punctuation and 年月日, so a new year's English title or date needs no new
 * subset. It records how the files were made in src/publish/fonts/subset.json.
 *
 * Run it again when a new title uses a character the subset lacks (the build says which). It
 * needs the full font once, on the machine that runs it: Debian's fonts-noto-cjk, or the
 * NotoSansCJK-Bold.ttc of https://github.com/notofonts/noto-cjk releases, via --source.
 * Subsetting is HarfBuzz's hb-subset (tools/fonts/hb-subset.ts). Tool (an editor's or
 * developer's machine); what the cards need comes from the library code in src/publish/.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { create, type Font, type FontCollection } from 'fontkitten';
import { locales, type LocaleSegment } from '../src/config/locales.ts';
import { toHant } from '../src/i18n/hant.ts';
import { checkContent } from '../src/content-check/load.ts';
import { formatProblems } from '../src/content-files/problems.ts';
import { reviewCards } from '../src/publish/cards.ts';
import { figureCards } from '../src/publish/figure-cards.ts';
import {
  cardCharacters,
  figureCardCharacters,
  faceOf,
  fontFiles,
  fontsDir,
  missingCharacters,
  SUBSET_RESERVE,
  type Face,
} from '../src/publish/share-card.ts';
import { describeCharacter } from '../src/publish/font-coverage.ts';
import { parseCommandLine } from './args.ts';
import { harfbuzzVersion, loadSubsetter } from './fonts/hb-subset.ts';

const USAGE = `usage: npm run font:subset [-- --source /path/to/NotoSansCJK-Bold.ttc]
  --source  the full Noto Sans CJK Bold collection (default: Debian's fonts-noto-cjk copy)`;
const { values } = parseCommandLine(USAGE, { source: { type: 'string' } });
const source = path.resolve(values.source ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc');
/** PostScript names of the faces inside the collection. */
const faceNames: Record<Face, string> = { sc: 'NotoSansCJKsc-Bold', tc: 'NotoSansCJKtc-Bold' };

if (!fs.existsSync(source)) {
  console.error(
    `No source font at ${source}.\n` +
      'Install it (Debian: apt-get install fonts-noto-cjk) or pass --source /path/to/NotoSansCJK-Bold.ttc.',
  );
  process.exit(1);
}

// What the cards need: the same function the build uses, over the same content.
const { reviews, problems } = checkContent();
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const dictionaries = Object.fromEntries(
  locales.map((l) => [
    l.segment,
    JSON.parse(fs.readFileSync(path.resolve(`src/i18n/${l.segment}.json`), 'utf8')),
  ]),
) as Record<LocaleSegment, Record<string, string>>;
const needed: Record<Face, Set<string>> = { sc: new Set(SUBSET_RESERVE), tc: new Set(SUBSET_RESERVE) };
// A reserve of common hanzi, so that next year's title almost never needs a new subset (adding a
// year should be adding a folder): GB2312 level 1, the 3,755 most used Simplified characters, and
// their Traditional forms as OpenCC writes them for the zh-hant edition.
for (const ch of commonHanzi()) {
  needed.sc.add(ch);
  for (const t of toHant(ch)) needed.tc.add(t);
}
const cardNeeds: Record<Face, Set<string>> = { sc: new Set(), tc: new Set() };
const drawn = [
  ...reviewCards(reviews, dictionaries).map(({ segment, card }) => ({ segment, text: cardCharacters(card) })),
  ...figureCards(reviews).map(({ segment, card }) => ({ segment, text: figureCardCharacters(card) })),
];
for (const { segment, text } of drawn) {
  for (const ch of text) {
    needed[faceOf(segment)].add(ch);
    cardNeeds[faceOf(segment)].add(ch);
  }
}

const sourceBytes = fs.readFileSync(source);
const collection = create(sourceBytes) as Font | FontCollection;
const faces = collection.isCollection ? collection.fonts : [collection];

const subset = await loadSubsetter();

const record: Record<string, unknown> = {
  note: 'Made by `npm run font:subset` (tools/font-subset.ts). Do not edit the .otf files by hand.',
  source: {
    file: path.basename(source),
    sha256: createHash('sha256').update(sourceBytes).digest('hex'),
    bytes: sourceBytes.length,
  },
  tool: `harfbuzzjs ${harfbuzzVersion()} (hb-subset), flags: no hinting, no layout closure; GSUB/GPOS/vertical tables dropped (the cards are drawn glyph by glyph)`,
  faces: {},
};

for (const face of ['sc', 'tc'] as Face[]) {
  const index = faces.findIndex((f) => f.postscriptName === faceNames[face]);
  if (index < 0) {
    console.error(
      `${source} has no face ${faceNames[face]} (it has ${faces.map((f) => f.postscriptName).join(', ')}).`,
    );
    process.exit(1);
  }
  const text = [...needed[face]].sort().join('');
  const bytes = subset(sourceBytes, index, text);
  const out = path.join(fontsDir(), fontFiles[face]);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  const font = create(bytes) as Font;
  // hb-subset silently leaves out what the source font does not have (an emoji, a zero-width
  // space): say so, and fail, rather than report success and leave the editor in a loop.
  const lacking = missingCharacters(font, [...cardNeeds[face]].join(''));
  if (lacking.length > 0) {
    console.error(
      `${faceNames[face]} itself has no glyph for ${lacking.map(describeCharacter).join(', ')}, so no subset of it can draw the share images.\n` +
        'fix: remove these characters from the review titles / sources in review.yml (npm run check:content shows where).',
    );
    process.exit(1);
  }
  (record['faces'] as Record<string, unknown>)[face] = {
    file: fontFiles[face],
    face: `${faceNames[face]} (index ${index} of the collection), ${font.version}`,
    copyright: font.copyright,
    characters: text,
    glyphs: font.numGlyphs,
    bytes: bytes.length,
  };
  console.log(
    `${fontFiles[face]}: ${[...text].length} characters, ${font.numGlyphs} glyphs, ${bytes.length} bytes`,
  );
}
fs.writeFileSync(path.join(fontsDir(), 'subset.json'), `${JSON.stringify(record, null, 2)}\n`);

/** GB2312 level 1 (rows 0xB0–0xD7): the 3,755 most common Simplified Chinese characters. */
function commonHanzi(): string[] {
  const gb = new TextDecoder('gbk');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let col = 0xa1; col <= 0xfe; col++) {
      const ch = gb.decode(new Uint8Array([row, col]));
      if (/\p{Script=Han}/u.test(ch)) out.push(ch);
    }
  }
  return out;
}
