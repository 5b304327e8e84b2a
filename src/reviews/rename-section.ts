import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { writtenSegments } from '../config/locales.ts';
import { relativeFile } from '../content-files/problems.ts';
import { reservedSectionId } from './limits.ts';
import { sectionId } from './schema.ts';

/**
 * `npm run rename-section -- <year> <old-id> <new-id>`: renames a section id everywhere a year
 * names it, so an editor never edits files one by one: the entry in review.yml's `sections`, the
 * section's .mdx file in each written edition, and every `section:` field of stats.yml (figures,
 * numbers not charted, and any chart entry that names a section). Only the id itself changes in
 * the YAML files (comments and layout stay). It refuses, changing nothing, a year or old id that
 * does not exist, a new id that is not usable as an anchor, and a new id the year already has
 * (in review.yml or as a file).
 */

export const USAGE =
  'usage: npm run rename-section -- <year> <old-id> <new-id>\n' +
  '  Renames a section id in review.yml, in the .mdx file names of every edition and in stats.yml.';

export class RenameRefused extends Error {}

export interface Renamed {
  /** Files whose text changed, and files renamed (old → new), relative to the project. */
  edited: string[];
  moved: [string, string][];
}

/** Character ranges of the scalars whose value is `id`: under `sections` (review.yml) or keys `section` (stats.yml). */
function idRanges(node: Node | null | undefined, id: string, inSection: boolean): [number, number][] {
  if (isScalar(node))
    return inSection && node.value === id && node.range ? [[node.range[0], node.range[1]]] : [];
  if (isSeq(node)) return node.items.flatMap((item) => idRanges(item as Node, id, inSection));
  if (isMap(node)) {
    return node.items.flatMap((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      return idRanges(pair.value as Node, id, key === 'section' || key === 'sections');
    });
  }
  return [];
}

/** The text with every range replaced by `to` (ranges from the end, so offsets stay true). */
function replaced(text: string, ranges: [number, number][], to: string): string {
  let out = text;
  for (const [start, end] of [...ranges].sort((a, b) => b[0] - a[0])) {
    const quote = out[start] === '"' || out[start] === "'" ? out[start] : '';
    out = `${out.slice(0, start)}${quote}${to}${quote}${out.slice(end)}`;
  }
  return out;
}

export function renameSection(root: string, year: string, from: string, to: string): Renamed {
  const dir = path.join(root, 'reviews', year);
  const metaFile = path.join(dir, 'review.yml');
  if (!fs.existsSync(metaFile))
    throw new RenameRefused(`There is no review for ${year}: ${relativeFile(metaFile)} does not exist.`);
  if (!sectionId.safeParse(to).success)
    throw new RenameRefused(
      `"${to}" cannot be a section id: write lowercase English words joined by hyphens, e.g. team-building.`,
    );
  const reserved = reservedSectionId(to);
  if (reserved) throw new RenameRefused(`"${to}" cannot be a section id: ${reserved}.`);
  const meta = fs.readFileSync(metaFile, 'utf8');
  const doc = parseDocument(meta);
  const sections = doc.toJS()?.sections;
  const ids: unknown[] = Array.isArray(sections) ? sections : [];
  if (!ids.includes(from))
    throw new RenameRefused(
      `${relativeFile(metaFile)} lists no section "${from}" (it lists: ${ids.join(', ')}).`,
    );
  if (ids.filter((id) => id === from).length > 1)
    throw new RenameRefused(
      `${relativeFile(metaFile)} lists "${from}" more than once: write each section's own id there by hand, then rename its files.`,
    );
  if (from === to) throw new RenameRefused(`The section is already called "${to}".`);
  const moves: [string, string][] = writtenSegments
    .map((s) => [path.join(dir, s, `${from}.mdx`), path.join(dir, s, `${to}.mdx`)] as [string, string])
    .filter(([a]) => fs.existsSync(a));
  const clash = ids.includes(to) ? metaFile : moves.find(([, b]) => fs.existsSync(b))?.[1];
  if (clash)
    throw new RenameRefused(
      `The year already has a section "${to}" (${relativeFile(clash)}): choose another id, or merge the two sections by hand.`,
    );

  const edits: [string, string][] = [
    [metaFile, replaced(meta, idRanges(doc.get('sections', true) as Node, from, true), to)],
  ];
  const statsFile = path.join(dir, 'stats.yml');
  if (fs.existsSync(statsFile)) {
    const stats = fs.readFileSync(statsFile, 'utf8');
    const ranges = idRanges(parseDocument(stats).contents, from, false);
    if (ranges.length > 0) edits.push([statsFile, replaced(stats, ranges, to)]);
  }
  // Everything is computed before anything is written: a refusal above changed nothing.
  for (const [file, text] of edits) fs.writeFileSync(file, text);
  for (const [a, b] of moves) fs.renameSync(a, b);
  return {
    edited: edits.map(([f]) => relativeFile(f)),
    moved: moves.map(([a, b]) => [relativeFile(a), relativeFile(b)]),
  };
}
