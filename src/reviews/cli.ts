/**
 * `npm run check:content`: checks everything under the content folder and prints every problem
 * with its file, line and fix. Exits 1 when there is any.
 */
import { checkContent, contentRoot } from './load.ts';
import { formatProblems, relativeFile } from './problems.ts';

const { reviews, problems } = checkContent();
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  `Content OK: ${reviews.map((r) => r.year).join(', ')} in ${relativeFile(contentRoot()) || '.'}.`,
);
