/**
 * `npm run new-review -- <year>`: makes content/reviews/<year>/ for an editor to fill in (see
 * src/reviews/scaffold.ts). Honours CONTENT_DIR like every other content tool. Exits 1, saying
 * why, for a missing or malformed year and for a year that already exists; 2 for an unknown flag.
 * Tool (an editor's machine).
 */
import { contentRoot } from '../src/config/paths.ts';
import { relativeFile } from '../src/content-files/problems.ts';
import { ScaffoldRefused, scaffoldReview, USAGE } from '../src/reviews/scaffold.ts';
import { parseCommandLine } from './args.ts';

const { positionals } = parseCommandLine(USAGE, {}, { allowPositionals: true });
if (positionals.length !== 1) {
  console.error(positionals.length === 0 ? `Which year? ${USAGE}` : USAGE);
  process.exit(1);
}

try {
  const made = scaffoldReview(contentRoot(), positionals[0] ?? '');
  console.log(
    `Made ${relativeFile(made.dir)}/ with the sections of ${made.from ?? 'the usual layout'} (${made.sections.join(', ')}):`,
  );
  for (const f of made.files) console.log(`  ${relativeFile(f)}`);
  console.log(
    '\nNext: write the text and values in place of every TODO (each file says what goes where).\n' +
      '`npm run check:content` lists every TODO still to write, with its file, line and fix;\n' +
      'the site does not build until none is left.',
  );
} catch (e) {
  if (!(e instanceof ScaffoldRefused)) throw e;
  console.error(e.message);
  process.exit(1);
}
