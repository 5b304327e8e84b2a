import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { LoaderContext } from 'astro/loaders';
import { toHant } from '../i18n/hant.ts';
import { REAL_CONTENT } from '../../tests/helpers/content.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { sectionsLoader } from './hant-sections.ts';

/**
 * The sections loader run over the real content with a stand-in for Astro's content layer (a
 * store, the MDX entry type reading frontmatter and body): every zh-hans section gets its zh-hant
 * section, whose source is the zh-hans source converted.
 */
interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  deferredRender?: boolean;
}

async function load(): Promise<{ store: Map<string, Stored>; root: string }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hant-sections-'));
  const store = new Map<string, Stored>();
  const context = {
    collection: 'sections',
    config: {
      root: pathToFileURL(`${root}/`),
      srcDir: pathToFileURL(`${root}/src/`),
      cacheDir: pathToFileURL(`${root}/cache/`),
    },
    logger: { warn() {}, info() {}, error() {} },
    store: {
      keys: () => [...store.keys()],
      get: (id: string) => store.get(id),
      set: (entry: Stored) => store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
      addModuleImport() {},
    },
    generateDigest: (d: unknown) => JSON.stringify(d),
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    entryTypes: new Map([
      [
        '.mdx',
        {
          getEntryInfo: async ({ contents }: { contents: string }) => {
            const split = splitFrontmatter(contents);
            return { body: split.body, data: (parseYaml(split.yaml ?? '') ?? {}) as Record<string, unknown> };
          },
        },
      ],
    ]),
  } as unknown as LoaderContext;
  await sectionsLoader(path.join(REAL_CONTENT, 'reviews')).load(context);
  return { store, root };
}

describe('the generated zh-hant sections', () => {
  test('Every zh-hans section has a zh-hant section whose source is the zh-hans source converted.', async () => {
    const { store, root } = await load();
    const hans = [...store.keys()].filter((id) => id.includes('/zh-hans/'));
    expect(hans.length).toBeGreaterThan(0);
    for (const id of hans) {
      const source = fs.readFileSync(path.join(root, store.get(id)?.filePath ?? ''), 'utf8');
      const hant = store.get(id.replace('/zh-hans/', '/zh-hant/'));
      expect(hant, id).toBeDefined();
      const file = path.join(root, hant?.filePath ?? '');
      // The path the MDX pipeline's paragraph ids (and the typesetting) read the section from.
      expect(file.split(path.sep).join('/')).toMatch(/\/reviews\/\d{4}\/zh-hant\/[a-z0-9-]+\.mdx$/);
      expect(fs.readFileSync(file, 'utf8')).toBe(toHant(source));
      expect(hant?.body).toBe(splitFrontmatter(toHant(source)).body);
      expect(hant?.data['nav']).toBe(toHant(String(store.get(id)?.data['nav'])));
      expect(hant?.deferredRender).toBe(true);
    }
    // No other zh-hant entry: one per zh-hans section.
    expect([...store.keys()].filter((id) => id.includes('/zh-hant/'))).toHaveLength(hans.length);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
