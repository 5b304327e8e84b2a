import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { contentRoot } from '../config/paths.ts';
import { siteConfig, type SiteConfig, type SiteFile } from '../config/site.ts';
import { ContentError, relativeFile, type Problem } from '../content-files/problems.ts';
import { readYamlLocated } from '../content-files/yaml.ts';

/**
 * Build time: the public address as the content folder sets it, `content/site.yml`, checked like
 * every content file (a schema, each problem with its file, line and fix). The file is optional:
 * without it, or with its fields left out, the build is a preview for the local address.
 */

export const siteFile = (): string => path.join(contentRoot(), 'site.yml');

const address = z
  .string()
  .trim()
  .regex(
    /^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/,
    'must be a web address like https://www.example.gov.cn (no ?query or #fragment)',
  );
const basePath = z
  .string()
  .trim()
  .regex(
    /^\/?([A-Za-z0-9._~-]+\/)*([A-Za-z0-9._~-]+\/?)?$/,
    'must be plain folder names separated by /, like /reviews/',
  );

export const siteFileSchema = z.strictObject({
  address: address.nullish(),
  basePath: basePath.nullish(),
});

/**
 * Reads and checks content/site.yml into `problems`; a missing file (or one holding only
 * comments) sets nothing.
 */
export function readSiteFile(problems: Problem[], file = siteFile()): SiteFile {
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, 'utf8');
  // Comments only: nothing set yet (the press office fills it in).
  if (text.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l))) return {};
  const before = problems.length;
  const located = readYamlLocated(file, siteFileSchema, problems, 'site.yml');
  // The schema's generic fixes, said for this file.
  for (const p of problems.slice(before)) {
    if (/"address"/.test(p.message))
      p.fix =
        'write https:// and the host, e.g. `address: https://www.example.gov.cn` (a path after it is the folder).';
    else if (/"basePath"/.test(p.message))
      p.fix = 'write plain folder names, e.g. `basePath: /reviews/`, or leave the line out for the root.';
  }
  const data = located.data;
  if (!data || problems.length > before) return {};
  const out: SiteFile = { address: data.address ?? undefined, basePath: data.basePath ?? undefined };
  try {
    siteConfig({}, out);
  } catch (e) {
    problems.push({
      file: relativeFile(file),
      line: located.lineOf(['address']),
      message: (e as Error).message,
      fix: 'write the address as https://host/ and the folder once, under basePath.',
    });
    return {};
  }
  return out;
}

/** Where the site is published: content/site.yml, overridden by SITE_URL / BASE_PATH. Throws ContentError on a bad file. */
export function publishedSite(env: Record<string, string | undefined> = process.env): SiteConfig {
  const problems: Problem[] = [];
  const file = readSiteFile(problems);
  if (problems.length > 0) throw new ContentError(problems);
  return siteConfig(env, file);
}
