/**
 * `npm run import -- <file> [more pages] [--year 2023] [--pick N] [--encoding gb18030]`: a past review, as the
 * newspaper printed it online (a saved page or its text; an article split over several pages as
 * several files, in order), becomes content/reviews/<year>/ for an
 * editor to check (see tools/import/import.ts). Honours CONTENT_DIR like every other content tool.
 * Prints what was found, then what was doubted (a repost's carrier date and name), merged
 * (printed twice, imported once), left uncertain (each TODO with its file and line) and dropped
 * as page furniture. Exits 1, saying why and writing nothing, for input it cannot use;
 * 2 for an unknown flag (tools/args.ts).
 */
import { contentRoot } from '../../src/config/paths.ts';
import { relativeFile } from '../../src/content-files/problems.ts';
import { parseCommandLine } from '../args.ts';
import { importArticle } from './import.ts';
import { badInput, badYear } from './input-limits.ts';
import { ImportRefused } from './refused.ts';
import { closingSummary } from './summary.ts';

const USAGE = `usage: npm run import -- <file.html|file.txt> [more pages of the same article…] [--year YYYY] [--pick N] [--encoding NAME]
  --year      the year under review (default: found in the text)
  --pick      which article, when a page holds several (the import lists them)
  --encoding  the file's encoding, when it is neither UTF-8 nor GB18030 and does not say (e.g. big5)`;

const { values, positionals } = parseCommandLine(
  USAGE,
  { year: { type: 'string' }, pick: { type: 'string' }, encoding: { type: 'string' } },
  { allowPositionals: true },
);
if (positionals.length === 0) {
  console.error(`Which file?\n${USAGE}`);
  process.exit(1);
}
if (values.pick !== undefined && !/^[1-9]\d*$/.test(values.pick)) {
  console.error(
    `--pick ${values.pick}: give the number of the article, as the import listed them (1, 2, …).`,
  );
  process.exit(1);
}
const refused =
  (values.year !== undefined ? badYear(values.year) : undefined) ?? badInput(positionals[0] as string);
if (refused) {
  console.error(refused);
  process.exit(1);
}

try {
  const result = importArticle({
    file: positionals,
    root: contentRoot(),
    year: values.year,
    pick: values.pick === undefined ? undefined : Number(values.pick),
    encoding: values.encoding,
  });
  const { found } = result.summary;
  console.log(`Imported ${positionals.join(' + ')} into ${relativeFile(result.dir)}/:`);
  for (const f of result.files) console.log(`  ${relativeFile(f)}`);
  console.log('\nFound:');
  for (const f of found) console.log(`  ${f}`);
  console.log(closingSummary(result.summary));
  console.log(
    '\nNext: settle every TODO (the comments in each file say how). `npm run check:content` lists\n' +
      'each one left, with its file, line and fix; the site does not build until none is left.',
  );
} catch (e) {
  if (!(e instanceof ImportRefused)) throw e;
  console.error(e.message);
  process.exit(1);
}
