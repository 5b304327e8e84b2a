import type { WrittenSegment } from '../config/locales.ts';
import { isPlaceholder } from '../content-files/placeholder.ts';
import { relativeFile, type Problem } from '../content-files/problems.ts';
import { readText } from '../content-files/text-file.ts';
import { parseYamlText } from '../content-files/yaml.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { sizeProblems } from './limits.ts';
import { modelSafetyProblems } from './mdx-safety.ts';
import { modelOfFile } from './model-store.ts';
import { sectionFrontmatter } from './schema.ts';
import type { SectionModel } from './section-model.ts';
import type { Paragraph, SectionText } from './types.ts';

/**
 * One MDX section file read for the content check (build time): frontmatter, hazards, and the
 * file parsed once into its model (src/reviews/section-model.ts), which the pages then render from.
 */

/** Problems found by the MDX safety check (src/reviews/mdx-safety.ts), to drop where another check already speaks. */
const fromParser = new WeakSet<Problem>();

/** Whether a problem came from the MDX parser, which a more specific check may explain better. */
export const isParserProblem = (p: Problem): boolean => fromParser.has(p);

/** Reads `---` frontmatter and the paragraphs of an MDX section file. */
export function readSection(
  file: string,
  id: string,
  segment: WrittenSegment,
  problems: Problem[],
): SectionText | undefined {
  const text = readText(file, problems, 'this section file');
  if (text === undefined) return undefined;
  const source = text.replace(/\r\n/g, '\n');
  const rel = relativeFile(file);
  // Where the frontmatter ends is the compiler's decision (src/reviews/frontmatter.ts); a file
  // that only the compiler's rule splits the editor's way still fails here, at its line.
  const split = splitFrontmatter(text);
  problems.push(...split.problems.map((p) => ({ file: rel, ...p })));
  if (split.yaml === undefined) return undefined;
  // The YAML starts on line 2 (the rest of the opening line, reported above unless empty, is not YAML).
  const yaml = split.yaml.replace(/^[^\n]*\n/, '');
  const frontmatter = parseYamlText(yaml, file, sectionFrontmatter, problems, 'the frontmatter', 1);
  const bodyStartLine = split.closingLine + 1;
  const model = modelOfFile(file, text, id);
  const { paragraphs } = model;
  paragraphProblems(paragraphs, rel, segment, problems);
  problems.push(...strayBlocks(model, rel));
  // Parsed, not pattern-matched: code, raw HTML, unknown components and unsafe links anywhere in
  // the file (src/reviews/mdx-safety.ts). A line the paragraph check above already explained is
  // not reported twice.
  const explained = new Set(problems.filter((p) => p.file === rel).map((p) => p.line));
  for (const p of modelSafetyProblems(model)) {
    if (explained.has(p.line)) continue;
    const problem = { file: rel, ...p };
    fromParser.add(problem);
    problems.push(problem);
  }
  problems.push(...sizeProblems(rel, source, paragraphs));
  if (paragraphs.length === 0) {
    problems.push({
      file: rel,
      line: bodyStartLine,
      message: 'the section has no text',
      fix: 'write the section’s paragraphs after the frontmatter, separated by blank lines.',
    });
  }
  return frontmatter ? { id, file, source, frontmatter, model, paragraphs } : undefined;
}

/**
 * A `<Term>` standing alone on its line is no paragraph to the parser: the page would show its
 * words outside any paragraph, without an id, and the English could not be paired with it.
 */
function strayBlocks(model: SectionModel, rel: string): Problem[] {
  return model.blocks.flatMap((b) =>
    b.kind === 'other' && b.type === 'mdxJsxFlowElement' && b.name === 'Term'
      ? [
          {
            file: rel,
            line: b.line,
            message: 'a <Term> stands alone on its line, so the page shows it outside any paragraph',
            fix: 'write it inside its sentence (text before or after it on the same line), or join the line to the paragraph above.',
          },
        ]
      : [],
  );
}

/** A paragraph still to write (TODO), or one holding characters MDX would read as code. */
function paragraphProblems(
  paragraphs: Paragraph[],
  rel: string,
  segment: WrittenSegment,
  problems: Problem[],
) {
  for (const p of paragraphs) {
    if (isPlaceholder(p.text)) {
      problems.push({
        file: rel,
        line: p.line,
        message: `a paragraph is not yet written: it still says “${p.text.split('\n')[0]?.slice(0, 60)}”`,
        fix:
          segment === 'en'
            ? 'replace it with the English of the zh-hans paragraph in the same place (one English paragraph per Chinese one, in the same order).'
            : 'replace it with the text as published, one paragraph per block, blocks separated by a blank line.',
      });
      continue;
    }
    const hazard = mdxHazard(p.text);
    if (hazard) problems.push({ file: rel, line: p.line, ...hazard });
  }
}

/**
 * Characters MDX reads as code rather than text: `{` opens an expression and `<` a component.
 * Catching them here gives the editor a fix instead of a compiler error.
 */
function mdxHazard(text: string): { message: string; fix: string } | undefined {
  const withoutComments = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const brace = /(?<!\\)[{}]/.exec(withoutComments);
  if (brace) {
    return {
      message: `MDX reads "${brace[0]}" as the start or end of code: “…${withoutComments.slice(Math.max(0, brace.index - 12), brace.index + 12)}…”`,
      fix: `write \\${brace[0]} for a literal brace (or the full-width ${brace[0] === '{' ? '｛' : '｝'} in Chinese text).`,
    };
  }
  const tag = /<(?![A-Z][A-Za-z]*[\s/>]|\/[A-Z])/.exec(withoutComments);
  if (tag) {
    return {
      message: `MDX reads "<" as the start of a component: “…${withoutComments.slice(Math.max(0, tag.index - 12), tag.index + 12)}…”`,
      fix: 'write &lt; for a literal less-than sign (or the full-width ＜ in Chinese text); components start with a capital, like <Term id="…">.',
    };
  }
  return undefined;
}
