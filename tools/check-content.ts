/**
 * `npm run check:content`: checks everything under the content folder and prints every problem
 * with its file, line and fix. Exits 1 when there is any. Tool (an editor's machine, CI); the
 * check itself is the one the build runs (src/reviews/).
 */
import { checkContent, contentRoot } from '../src/content-check/load.ts';
import { formatProblems, relativeFile } from '../src/content-files/problems.ts';
import { synonymProblems } from '../src/search/synonyms.ts';
import { readSiteFile } from '../src/publish/site-file.ts';
import { parseCommandLine } from './args.ts';

parseCommandLine(
  'usage: npm run check:content\n' +
    '  Checks the content folder (CONTENT_DIR, default content/) and lists every problem with its file, line and fix.',
  {},
);

let result: ReturnType<typeof checkContent>;
try {
  result = checkContent();
} catch (e) {
  // Content problems are reported above as file, line and fix; reaching this is a fault in the
  // checker itself. Say so, so an editor does not search their text for a stack trace's cause.
  console.error(
    'The content check itself failed: this is a fault in the checker (src/reviews/), not a problem\n' +
      'it found in the content. Please pass this on to a developer, with the error below:\n',
  );
  console.error(e);
  process.exit(2);
}
const { reviews } = result;
// The search's synonym table is content too (content/search-synonyms.yml).
// So is the public address (content/site.yml).
const problems = [...result.problems, ...synonymProblems()];
readSiteFile(problems);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content OK: ${reviews.map((r) => r.year).join(', ')} in ${relativeFile(contentRoot()) || '.'}.`);
