#!/usr/bin/env node
/**
 * The peer for `npm run bench -- --peer`: Astro Starlight (its stock Pagefind search) serving the
 * same 2024 review, built in a scratch folder OUTSIDE the repo (default `/tmp/pingan-peer`, or
 * `PEER_DIR`). Starlight is never a dependency of this project: the scratch folder has its own
 * package.json and `npm install`. Offline (npm cannot install), it says so and the bench skips
 * the peer.
 *
 * The peer site has one page per edition, each the whole review as one Markdown page, headed by
 * its sections: zh-hans and en from content/reviews/2024/{zh-hans,en}/*.mdx (components reduced
 * to their text, charts dropped), zh-hant from the source article itself.
 *
 *   npx node scripts/bench-peer.mjs      # set up and build the peer (Node ≥ 22, as Astro needs)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const peerDir = process.env.PEER_DIR ?? '/tmp/pingan-peer';
const seed = process.env.PEER_SEED ?? '/work/shared/seeds/000_ddefecf07402ccde.txt';
/** Starlight's locales: our segment → Starlight's `lang` (what goes into `<html lang>`). */
export const peerLocales = { 'zh-hans': 'zh-CN', 'zh-hant': 'zh-TW', en: 'en' };
/** Where each edition's page is on the peer. */
export const peerPage = (segment) => `${segment}/2024/`;

const order = ['lede', 'political-leadership', 'service-to-development', 'team-building', 'outlook'];

/** One edition's sections (content/reviews/2024/<ed>/*.mdx) as one Markdown page. */
function mdxPage(edition) {
  const dir = path.join(root, 'content/reviews/2024', edition);
  const files = fs
    .readdirSync(dir)
    .sort((a, b) => order.indexOf(a.replace('.mdx', '')) - order.indexOf(b.replace('.mdx', '')));
  const yml = fs.readFileSync(path.join(root, 'content/reviews/2024/review.yml'), 'utf8');
  const title = new RegExp(`^\\s+${edition}: ['"]?(.+?)['"]?$`, 'm').exec(yml)?.[1] ?? '2024';
  const parts = files.map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const field = (k) =>
      new RegExp(`^${k}: ?(.*)$`, 'm').exec(fm?.[1] ?? '')?.[1]?.replace(/^["']|["']$/g, '') ?? '';
    const body = text
      .slice(fm ? fm[0].length : 0)
      .replace(/^<Chart [^>]*\/>\s*$/gm, '')
      .replace(/<Term [^>]*>([\s\S]*?)<\/Term>/g, '$1')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const heading = field('title') || field('nav');
    const kicker = field('kicker');
    return `## ${heading}\n\n${kicker ? `${kicker}\n\n` : ''}${body}`;
  });
  return { title, body: parts.join('\n\n') };
}

/** The source article (Traditional) as one Markdown page: short lines without a full stop are headings. */
function seedPage() {
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

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    cwd: peerDir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    ...opts,
  });
  return r;
}

/**
 * Installs (once) and builds the peer. Returns `{ dist, versions }`, or `{ skipped }` with the
 * reason (offline, install or build failed).
 */
export function preparePeer({ log = console.log } = {}) {
  fs.mkdirSync(peerDir, { recursive: true });
  const astroVersion = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8'),
  ).version;
  if (!fs.existsSync(path.join(peerDir, 'node_modules/@astrojs/starlight/package.json'))) {
    log(`peer: installing Astro ${astroVersion} + @astrojs/starlight into ${peerDir} …`);
    fs.writeFileSync(
      path.join(peerDir, 'package.json'),
      JSON.stringify({ name: 'pingan-bench-peer', private: true, type: 'module' }, null, 2),
    );
    const r = run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--save-exact',
        `astro@${astroVersion}`,
        '@astrojs/starlight',
        'sharp',
      ],
      { timeout: 600_000 },
    );
    if (r.status !== 0)
      return {
        skipped: `npm could not install the peer (offline?): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`,
      };
  }
  fs.writeFileSync(
    path.join(peerDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: '平安南通',
      defaultLocale: 'zh-hans',
      locales: {
        'zh-hans': { label: '简体中文', lang: 'zh-CN' },
        'zh-hant': { label: '繁體中文', lang: 'zh-TW' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
`,
  );
  fs.mkdirSync(path.join(peerDir, 'src'), { recursive: true });
  fs.writeFileSync(
    path.join(peerDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = path.join(peerDir, 'src/content/docs');
  fs.rmSync(docs, { recursive: true, force: true });
  const pages = {
    'zh-hans': mdxPage('zh-hans'),
    en: mdxPage('en'),
    'zh-hant': fs.existsSync(seed) ? seedPage() : undefined,
  };
  for (const [segment, page] of Object.entries(pages)) {
    if (!page) continue;
    fs.mkdirSync(path.join(docs, segment), { recursive: true });
    const front = `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n`;
    fs.writeFileSync(path.join(docs, segment, '2024.md'), front + page.body + '\n');
    // Starlight wants the default locale's index page.
    fs.writeFileSync(
      path.join(docs, segment, 'index.md'),
      `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n[2024](./2024/)\n`,
    );
  }
  fs.rmSync(path.join(peerDir, 'dist'), { recursive: true, force: true });
  const b = run(process.execPath, [path.join(peerDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    timeout: 600_000,
  });
  if (b.status !== 0)
    return {
      skipped: `the peer build failed: ${(b.stderr || b.stdout).trim().split('\n').slice(-5).join(' / ')}`,
    };
  const version = (p) =>
    JSON.parse(fs.readFileSync(path.join(peerDir, 'node_modules', p, 'package.json'), 'utf8')).version;
  return {
    dist: path.join(peerDir, 'dist'),
    segments: Object.keys(pages).filter((s) => pages[s]),
    versions: {
      starlight: version('@astrojs/starlight'),
      astro: version('astro'),
      pagefind: version('pagefind'),
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const r = preparePeer();
  console.log(
    r.skipped ? `peer skipped: ${r.skipped}` : `peer built: ${r.dist} (${JSON.stringify(r.versions)})`,
  );
  if (r.skipped) process.exitCode = 1;
}
