import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { hantFingerprint, hantSource } from '../i18n/hant.ts';

/**
 * The content layer's side of the generated zh-hant edition (the conversion itself is
 * src/i18n/hant.ts). Build time, inside Astro's content sync: each text is converted once, when
 * its collection loads, and stored; pages only look it up.
 */

/** How the MDX integration reads an entry (Astro hands loaders its entry types, untyped). */
interface EntryType {
  getEntryInfo(input: {
    contents: string;
    fileUrl: URL;
  }): Promise<{ body: string; data: Record<string, unknown> }>;
}
type Context = LoaderContext & { entryTypes: Map<string, EntryType> };

/** `<year>/zh-hans/<section>`: the entries a zh-hant section is made from. */
const HANS_ID = /^(\d{4})\/zh-hans\/([^/]+)$/;

/**
 * The `sections` collection: the written editions' MDX (`<year>/<edition>/<section>`, by Astro's
 * glob loader) and, for each zh-hans section, its zh-hant section `<year>/zh-hant/<section>`: the
 * converted source written under Astro's cache folder and compiled by the same MDX pipeline as
 * every section (content guard, paragraph ids, and whatever else the pipeline does by edition).
 */
export function sectionsLoader(base: string): Loader {
  const written = glob({ pattern: '*/{zh-hans,en}/*.mdx', base });
  return {
    name: 'pingan:sections',
    load: async (context) => {
      const ctx = context as Context;
      const digests = hantDigests(ctx);
      // The glob loader drops every entry it did not load, the zh-hant ones too: they follow.
      await written.load(digests);
      const hans = [...ctx.store.keys()].filter((id) => HANS_ID.test(id));
      await Promise.all(
        hans.map((id) =>
          hantSection(ctx, path.resolve(fileURLToPath(ctx.config.root), ctx.store.get(id)?.filePath ?? '')),
        ),
      );
      // `astro dev`: an edited zh-hans section makes its zh-hant section again.
      const regenerate = (file: string) => {
        if (/[\\/]zh-hans[\\/][^\\/]+\.mdx$/.test(file) && file.startsWith(path.resolve(base))) {
          hantSection(ctx, file).catch((e: unknown) => ctx.logger.error(`zh-hant ${file}: ${String(e)}`));
        }
      };
      ctx.watcher?.on('change', regenerate);
      ctx.watcher?.on('add', regenerate);
    },
  };
}

/** One zh-hant section from its zh-hans file: converted, written, read as MDX and stored. */
async function hantSection(ctx: Context, hansFile: string): Promise<void> {
  const [, year, section] = /[\\/](\d{4})[\\/]zh-hans[\\/]([^\\/]+)\.mdx$/.exec(hansFile) ?? [];
  if (!year || !section) throw new Error(`${hansFile} is not a zh-hans section file`);
  const hant = hantSource(await fs.readFile(hansFile, 'utf8'), hansFile);
  // `…/reviews/<year>/zh-hant/<section>.mdx`: the path the paragraph-id plugin reads the section from.
  const file = path.join(
    fileURLToPath(ctx.config.cacheDir),
    'zh-hant',
    'reviews',
    year,
    'zh-hant',
    `${section}.mdx`,
  );
  const old = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (old !== hant) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, hant);
  }
  const entryType = ctx.entryTypes.get('.mdx');
  if (!entryType)
    throw new Error('no MDX entry type: the MDX integration (src/integrations/mdx-pipeline.ts) is missing');
  const { body, data } = await entryType.getEntryInfo({ contents: hant, fileUrl: new URL(`file://${file}`) });
  const id = `${year}/zh-hant/${section}`;
  const filePath = path.relative(fileURLToPath(ctx.config.root), file).split(path.sep).join('/');
  ctx.store.set({
    id,
    data: await ctx.parseData({ id, data, filePath: file }),
    body,
    filePath,
    digest: ctx.generateDigest(hant),
    deferredRender: true,
  });
}

/**
 * A loader's context whose digests also cover the conversion's own input (the phrase table): the
 * content store keeps an entry whose file is unchanged, and its zh-hant text with it, so an edited
 * phrase table must count as a change of every entry a schema converts (review.yml, stats.yml).
 */
export function hantDigests(context: LoaderContext): LoaderContext {
  const fingerprint = hantFingerprint();
  return {
    ...context,
    generateDigest: (data) =>
      context.generateDigest(typeof data === 'string' ? `${data}\0${fingerprint}` : { data, fingerprint }),
  };
}

/** A loader whose entries hold converted text: re-parsed when the phrase table changes. */
export function withHantDigests(loader: Loader): Loader {
  return { ...loader, load: (context) => loader.load(hantDigests(context)) };
}
