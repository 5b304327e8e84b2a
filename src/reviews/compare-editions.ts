import { closest } from '../content-files/closest.ts';
import { missingInEnglish } from '../content-files/numbers.ts';
import { isPlaceholder } from '../content-files/placeholder.ts';
import { relativeFile, type Problem } from '../content-files/problems.ts';
import { idOf } from './components.ts';
import type { Glossary } from './schema.ts';
import type { LoadedReview, SectionText } from './types.ts';

/**
 * zh-hans and en must line up (content check, build time): same headings, same paragraph count,
 * same figures, and every <Term> of the English names a note, once.
 */
export function compareEditions(
  editions: LoadedReview['editions'],
  glossary: Glossary,
  glossaryFile: string,
  problems: Problem[],
) {
  const zh = editions['zh-hans'] ?? [];
  const en = editions['en'] ?? [];
  problems.push(...termProblems(en, glossary, glossaryFile));
  for (const zhSection of zh) {
    const enSection = en.find((s) => s.id === zhSection.id);
    if (enSection) problems.push(...sectionPairProblems(zhSection, enSection));
  }
}

/**
 * Each <Term id> names a note of the glossary and is linked once, at its first use. The ids are
 * read by the MDX parser (the section's model, src/reviews/section-model.ts) and looked up as the glossary's OWN keys, so
 * `constructor` or `__proto__` is a missing note, not a function inherited from Object.
 */
function termProblems(en: SectionText[], glossary: Glossary, glossaryFile: string): Problem[] {
  const problems: Problem[] = [];
  const usedNotes = new Map<string, string>();
  for (const enSection of en) {
    const file = relativeFile(enSection.file);
    for (const use of enSection.model.components.filter((u) => u.name === 'Term')) {
      const id = idOf(use);
      const where = `${file}:${use.line}`;
      if (id === undefined) continue; // no single text id: the MDX guard reports it
      if (!Object.hasOwn(glossary, id)) {
        problems.push({
          file,
          line: use.line,
          message: `<Term id="${id}"> names no note in ${relativeFile(glossaryFile)}`,
          fix: `add "${id}" to ${relativeFile(glossaryFile)}, or use one of: ${closest(id, Object.keys(glossary)).join(', ')}.`,
        });
      } else if (usedNotes.has(id)) {
        problems.push({
          file,
          line: use.line,
          message: `<Term id="${id}"> is used again (first at ${usedNotes.get(id)})`,
          fix: 'link a term to its note once, at its first use; write later uses as plain text.',
        });
      } else {
        usedNotes.set(id, where);
      }
    }
  }
  return problems;
}

/** One section in both editions: the same headings, paragraph by paragraph the same figures. */
function sectionPairProblems(zhSection: SectionText, enSection: SectionText): Problem[] {
  const problems: Problem[] = [];
  const enFile = relativeFile(enSection.file);
  for (const key of ['title', 'kicker'] as const) {
    if (Boolean(zhSection.frontmatter[key]) !== Boolean(enSection.frontmatter[key])) {
      problems.push({
        file: enFile,
        line: 1,
        message: `"${key}" is ${enSection.frontmatter[key] ? 'set here but not' : 'missing here but set'} in ${relativeFile(zhSection.file)}`,
        fix: `give both editions a ${key}, or neither.`,
      });
    }
  }
  if (zhSection.paragraphs.length !== enSection.paragraphs.length) {
    problems.push({
      file: enFile,
      message: `${enSection.paragraphs.length} paragraphs, but the Chinese ${relativeFile(zhSection.file)} has ${zhSection.paragraphs.length}`,
      fix: 'translate paragraph by paragraph: one English paragraph (separated by a blank line) for each Chinese one, in the same order.',
    });
    return problems;
  }
  const pairs: [string, string, number][] = [
    [zhSection.frontmatter.title ?? '', enSection.frontmatter.title ?? '', 1],
    [zhSection.frontmatter.kicker ?? '', enSection.frontmatter.kicker ?? '', 1],
    ...zhSection.paragraphs.map(
      (p, i) =>
        [p.visible, enSection.paragraphs[i]?.visible ?? '', enSection.paragraphs[i]?.line ?? 1] as [
          string,
          string,
          number,
        ],
    ),
  ];
  for (const [zhText, enText, line] of pairs) {
    // A placeholder is reported as not yet written; its words are not a translation to compare.
    if (isPlaceholder(zhText) || isPlaceholder(enText)) continue;
    // The words a reader sees (the section model's): no figure hides in a tag's attribute.
    const missing = missingInEnglish(zhText, enText);
    if (missing.length > 0) {
      problems.push({
        file: enFile,
        line,
        message: `the English does not state ${missing.join(', ')} from the Chinese “${zhText.slice(0, 24)}…”`,
        fix: 'write every Arabic-numeral figure of the Chinese paragraph in its English paragraph, in digits (1260万 → 12.6 million; 5月 → May).',
      });
    }
  }
  return problems;
}
