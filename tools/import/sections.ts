import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { SectionOut } from './render.ts';
import type { Structure } from './structure.ts';

/**
 * Tool: section ids and nav labels for the parts of an imported article, from the editors' table
 * of headings (content/import/section-ids.yml). A heading the table does not know gets a TODO id
 * and says so; nothing is guessed.
 */

export interface Mapping {
  lede: { id: string; nav: string };
  closing: { id: string; nav: string };
  headings: Record<string, string>;
}

export function readMapping(file: string): Mapping {
  const data = parseYaml(fs.readFileSync(file, 'utf8')) as Partial<Mapping> | null;
  if (!data?.lede?.id || !data.closing?.id || typeof data.headings !== 'object') {
    throw new Error(`${file}: expected lede, closing and headings (see the comments in the file).`);
  }
  return { lede: data.lede, closing: data.closing, headings: data.headings ?? {} };
}

/** One titled part: its id from the table (matched without the page's numbering), else TODO. */
function titled(
  part: Structure['sections'][number],
  index: number,
  mapping: Mapping,
  mappingName: string,
  used: Set<string>,
): SectionOut {
  const title = part.title ?? '';
  // Matched without a numbering the page may add (“一、政治引领，……”, “（二）……”).
  const unnumbered = title.replace(/^[（(]?[一二三四五六七八九十]+[）)、.．]\s*/, '');
  const phrase = unnumbered.split(/[，,：: ]/)[0] ?? unnumbered;
  const mapped = mapping.headings[title] ?? mapping.headings[unnumbered] ?? mapping.headings[phrase];
  const id = mapped && !used.has(mapped) ? mapped : `TODO-section-${index + 2}`;
  used.add(id);
  return {
    id,
    nav: phrase.length <= 8 ? phrase : 'TODO',
    part,
    idFound:
      mapped && id === mapped
        ? `${mappingName} maps “${mapped === mapping.headings[title] ? title : phrase}” to ${id}; nav is the heading's first phrase`
        : `TODO: “${title}” is not in ${mappingName}: name this section`,
  };
}

/** The lede (if the article has one), each titled part, and the closing (if any), in order. */
export function sectionsOf(structure: Structure, mapping: Mapping, mappingName: string): SectionOut[] {
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
  structure.sections.forEach((part, i) => sections.push(titled(part, i, mapping, mappingName, used)));
  if (structure.closing) {
    sections.push({
      id: mapping.closing.id,
      nav: mapping.closing.nav,
      part: structure.closing,
      idFound: `the closing paragraph, as ${mappingName} names it`,
    });
  }
  return sections;
}
