/**
 * The peer for `npm run bench -- --peer` (tool, runs npm and Astro in a scratch folder): Astro
 * Starlight (its stock Pagefind search) serving the same 2024 review, built in a scratch folder
 * OUTSIDE the repo (default `/tmp/pingan-peer`, or `PEER_DIR`). Starlight is never a dependency of
 * this project: the scratch folder has its own package.json and `npm install`. Offline (npm cannot
 * install), it says so and the bench skips the peer.
 *
 * The peer site has one page per edition, each the whole review as one Markdown page, headed by
 * its sections: zh-hans and en from content/reviews/2024/{zh-hans,en}/*.mdx (components reduced
 * to their text, charts dropped), zh-hant from the source article itself (tools/bench/peer-pages.ts).
 * `npx node tools/bench-peer.ts` (the project's Node) sets it up and builds it alone.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxPage, seedPage, type PeerPage } from './peer-pages.ts';
import type { Edition } from './queries.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const peerDir = process.env['PEER_DIR'] ?? '/tmp/pingan-peer';
const seed = process.env['PEER_SEED'] ?? '/work/shared/seeds/000_ddefecf07402ccde.txt';
/** Starlight's locales: our segment → Starlight's `lang` (what goes into `<html lang>`). */
export const peerLocales: Record<Edition, string> = { 'zh-hans': 'zh-CN', 'zh-hant': 'zh-TW', en: 'en' };
/** Where each edition's page is on the peer. */
export const peerPage = (segment: string): string => `${segment}/2024/`;

export type Peer =
  | { skipped: string }
  | {
      skipped?: undefined;
      dist: string;
      segments: Edition[];
      versions: { starlight: string; astro: string; pagefind: string };
    };

function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  return spawnSync(cmd, args, {
    cwd: peerDir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    ...opts,
  });
}

/** The last lines of what a failed command said. */
const tail = (r: ReturnType<typeof run>, n: number) =>
  String(r.stderr || r.stdout)
    .trim()
    .split('\n')
    .slice(-n)
    .join(' / ');

const versionOf = (dir: string, pkg: string): string =>
  (
    JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** Installs Astro (our version) and Starlight once; the reason when npm could not. */
function install(log: (m: string) => void): string | undefined {
  if (fs.existsSync(path.join(peerDir, 'node_modules/@astrojs/starlight/package.json'))) return undefined;
  const astroVersion = versionOf(root, 'astro');
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
  return r.status !== 0 ? `npm could not install the peer (offline?): ${tail(r, 3)}` : undefined;
}

const CONFIG = `import { defineConfig } from 'astro/config';
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
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Writes the peer's config and pages; returns the editions it has pages for. */
function writeSite(): Edition[] {
  fs.writeFileSync(path.join(peerDir, 'astro.config.mjs'), CONFIG);
  fs.mkdirSync(path.join(peerDir, 'src'), { recursive: true });
  fs.writeFileSync(path.join(peerDir, 'src/content.config.ts'), CONTENT_CONFIG);
  const docs = path.join(peerDir, 'src/content/docs');
  fs.rmSync(docs, { recursive: true, force: true });
  const pages: [Edition, PeerPage | undefined][] = [
    ['zh-hans', mdxPage(root, 'zh-hans')],
    ['en', mdxPage(root, 'en')],
    ['zh-hant', fs.existsSync(seed) ? seedPage(seed) : undefined],
  ];
  const segments: Edition[] = [];
  for (const [segment, page] of pages) {
    if (!page) continue;
    segments.push(segment);
    fs.mkdirSync(path.join(docs, segment), { recursive: true });
    const front = `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n`;
    fs.writeFileSync(path.join(docs, segment, '2024.md'), front + page.body + '\n');
    // Starlight wants the default locale's index page.
    fs.writeFileSync(path.join(docs, segment, 'index.md'), `${front}[2024](./2024/)\n`);
  }
  return segments;
}

/**
 * Installs (once) and builds the peer. Returns its dist folder, editions and versions, or
 * `{ skipped }` with the reason (offline, install or build failed).
 */
export function preparePeer({ log = console.log }: { log?: (m: string) => void } = {}): Peer {
  fs.mkdirSync(peerDir, { recursive: true });
  const notInstalled = install(log);
  if (notInstalled) return { skipped: notInstalled };
  const segments = writeSite();
  fs.rmSync(path.join(peerDir, 'dist'), { recursive: true, force: true });
  const b = run(process.execPath, [path.join(peerDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    timeout: 600_000,
  });
  if (b.status !== 0) return { skipped: `the peer build failed: ${tail(b, 5)}` };
  return {
    dist: path.join(peerDir, 'dist'),
    segments,
    versions: {
      starlight: versionOf(peerDir, '@astrojs/starlight'),
      astro: versionOf(peerDir, 'astro'),
      pagefind: versionOf(peerDir, 'pagefind'),
    },
  };
}
