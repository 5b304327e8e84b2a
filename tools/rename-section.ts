/**
 * `npm run rename-section -- <year> <old-id> <new-id>`: renames a section id in every file of a
 * year (src/reviews/rename-section.ts). Honours CONTENT_DIR. Exits 1, saying why and changing
 * nothing, when it refuses; 2 for an unknown flag. Tool (an editor's machine).
 */
import { contentRoot } from '../src/config/paths.ts';
import { RenameRefused, renameSection, USAGE } from '../src/reviews/rename-section.ts';
import { parseCommandLine } from './args.ts';

const { positionals } = parseCommandLine(USAGE, {}, { allowPositionals: true });
const [year, from, to] = positionals;
if (positionals.length !== 3 || !year || !from || !to) {
  console.error(USAGE);
  process.exit(1);
}

try {
  const done = renameSection(contentRoot(), year, from, to);
  console.log(`Renamed section "${from}" to "${to}" in ${year}:`);
  for (const f of done.edited) console.log(`  edited  ${f}`);
  for (const [a, b] of done.moved) console.log(`  renamed ${a} → ${b}`);
  console.log(
    '\nNext: `npm run check:content` (a link to #' + from + ' in the text, if any, is yours to change).',
  );
} catch (e) {
  if (!(e instanceof RenameRefused)) throw e;
  console.error(e.message);
  process.exit(1);
}
