import fs from 'node:fs';
import path from 'node:path';

/**
 * `THIRD-PARTY-NOTICES.txt` for the published folder: the license of every third-party package
 * whose code ships to readers. Which packages ship is not a hand-kept list: the build records the
 * `node_modules` packages in the browser bundle (src/integrations/publish.ts), and Pagefind's
 * search bundle is always there. Build-tool module.
 */

/** The package a bundled module id belongs to (`…/node_modules/d3-selection/src/x.js` → d3-selection). */
export function packageOfModule(id: string): string | undefined {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.replace(/^\0/, ''));
  return m?.[1]?.replace(/\\/g, '/');
}

const LICENSE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE', 'COPYING'];

export interface Notice {
  name: string;
  version: string;
  license: string;
  text: string;
  shipsAs: string;
}

export function noticeFor(pkg: string, shipsAs: string, nodeModules = path.resolve('node_modules')): Notice {
  const dir = path.join(nodeModules, pkg);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version?: string;
    license?: string;
  };
  const file = LICENSE_FILES.map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file)
    throw new Error(`Third-party notices: ${pkg} ships to readers but has no license file in ${dir}.`);
  return {
    name: pkg,
    version: meta.version ?? '?',
    license: meta.license ?? 'see text',
    // Pagefind's LICENSE is a folder (its own license and ripgrep's): all of it goes in.
    text: fs.statSync(file).isDirectory()
      ? fs
          .readdirSync(file)
          .sort()
          .map((f) => fs.readFileSync(path.join(file, f), 'utf8').trim())
          .join('\n\n')
      : fs.readFileSync(file, 'utf8').trim(),
    shipsAs,
  };
}

export function noticesText(notices: Notice[]): string {
  const sorted = [...notices].sort((a, b) => a.name.localeCompare(b.name));
  const head = [
    'Third-party software in this website',
    '',
    'The pages, charts and search of this site include the following open-source software,',
    'under the licenses reproduced below. (The share-image font is used at build time only; its',
    'license is in the project source, src/publish/fonts/OFL.txt.)',
    '',
    ...sorted.map((n) => `- ${n.name} ${n.version} (${n.license}): ${n.shipsAs}`),
  ];
  const bodies = sorted.map((n) =>
    [`${'='.repeat(72)}`, `${n.name} ${n.version} — ${n.license}`, '', n.text].join('\n'),
  );
  return `${[head.join('\n'), ...bodies].join('\n\n')}\n`;
}
