/**
 * The peer's pages (tool, reads the project's content): each edition's 2024 review as one
 * Markdown page headed by its sections, for Starlight to build (tools/bench/peer.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/reviews/frontmatter.ts';

export interface PeerPage {
  title: string;
  body: string;
}

const ORDER = ['lede', 'political-leadership', 'service-to-development', 'team-building', 'outlook'];

/** One edition's sections (content/reviews/2024/<ed>/*.mdx) as one Markdown page, components reduced to their text, charts dropped. */
export function mdxPage(root: string, edition: string): PeerPage {
  const dir = path.join(root, 'content/reviews/2024', edition);
  const files = fs
    .readdirSync(dir)
    .sort((a, b) => ORDER.indexOf(a.replace('.mdx', '')) - ORDER.indexOf(b.replace('.mdx', '')));
  const yml = fs.readFileSync(path.join(root, 'content/reviews/2024/review.yml'), 'utf8');
  const title = new RegExp(`^\\s+${edition}: ['"]?(.+?)['"]?$`, 'm').exec(yml)?.[1] ?? '2024';
  const parts = files.map((f) => section(fs.readFileSync(path.join(dir, f), 'utf8')));
  return { title, body: parts.join('\n\n') };
}

/** One section file as a `##` heading, its kicker and its text. */
function section(text: string): string {
  // Split where the MDX compiler splits (src/reviews/frontmatter.ts), not by a second regex.
  const { yaml, body: rest } = splitFrontmatter(text);
  const fm = (parse(yaml ?? '') ?? {}) as Record<string, unknown>;
  const field = (k: string) => (typeof fm[k] === 'string' ? fm[k] : '');
  const body = rest
    .replace(/^<Chart [^>]*\/>\s*$/gm, '')
    .replace(/<Term [^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const heading = field('title') || field('nav');
  const kicker = field('kicker');
  return `## ${heading}\n\n${kicker ? `${kicker}\n\n` : ''}${body}`;
}

/** The source article (Traditional) as one Markdown page: short lines without a full stop are headings. */
export function seedPage(seed: string): PeerPage {
  const lines = fs
    .readFileSync(seed, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const body = lines
    .map((l) => (l.length <= 24 && !/[。；;!！?？——]$/.test(l) && /[,，]/.test(l) ? `## ${l}` : l))
    .join('\n\n');
  return { title: '平安南通2024年度回眸', body };
}
