import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/**
 * No unused dependency (issue 26): every package named in package.json is imported by the code
 * (src/, tools/, tests/, e2e/, e2e-engines/ and the root config files), or is a tool a script or
 * config runs by name (listed below with the file that runs it, which this test also reads, so a
 * stale entry fails too). A type package counts when the package it types is used.
 */
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];

/** Packages used by name rather than imported: the file that names them, and the text it holds. */
const RUN_BY_NAME: Record<string, { file: string; text: string }> = {
  '@astrojs/check': { file: 'package.json', text: 'astro check' }, // `npm run check` loads it
  typescript: { file: 'package.json', text: 'astro check' }, // @astrojs/check's peer: the compiler it runs
  eslint: { file: 'package.json', text: '"lint": "eslint .' },
  prettier: { file: 'tools/test.ts', text: "'prettier', '--check'" },
  node: { file: 'tools/node-integrity.json', text: 'node_modules/node/bin/node' }, // the pinned runtime
};

const SCANNED_DIRS = ['src', 'tools', 'tests', 'e2e', 'e2e-engines'];
const CODE = /\.(ts|mts|js|mjs|astro)$/;

function codeFiles(): string[] {
  const rootFiles = fs
    .readdirSync(ROOT)
    .filter((f) => CODE.test(f))
    .map((f) => path.join(ROOT, f))
    .filter((f) => fs.statSync(f).isFile()); // not the .astro/ folder
  const nested = SCANNED_DIRS.flatMap((d) =>
    (fs.readdirSync(path.join(ROOT, d), { recursive: true }) as string[])
      .filter((f) => CODE.test(f) && !f.split(path.sep).includes('node_modules'))
      .map((f) => path.join(ROOT, d, f))
      .filter((f) => fs.statSync(f).isFile()),
  );
  return [...rootFiles, ...nested];
}

/** The package a module specifier names: `@scope/name` or `name`; builtins as `node:`. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return 'node:';
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Static and dynamic imports, `import 'x'`, `require('x')` and `import.meta.resolve('x/…')`. */
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|import\.meta\.resolve\s*\(\s*)['"]([^'"\n]+)['"]/g;

function importedPackages(source: string): Set<string> {
  const found = new Set<string>();
  for (const m of source.matchAll(SPECIFIER)) {
    const name = packageOf(m[1]!);
    if (name) found.add(name);
  }
  return found;
}

function typedPackage(typesName: string): string {
  const bare = typesName.slice('@types/'.length);
  return bare.includes('__') ? `@${bare.replace('__', '/')}` : bare;
}

describe('every dependency in package.json is used', () => {
  const imported = new Set<string>();
  for (const f of codeFiles()) for (const p of importedPackages(fs.readFileSync(f, 'utf8'))) imported.add(p);

  test('the scan finds the imports it should (it cannot pass by reading nothing)', () => {
    expect(imported).toContain('astro');
    expect(imported).toContain('d3-scale');
    expect(imported).toContain('node:');
  });

  test('each one is imported, or run by name from the file that says so', () => {
    const used = (name: string): boolean => {
      if (name === '@types/node') return imported.has('node:');
      if (name.startsWith('@types/')) return used(typedPackage(name));
      return imported.has(name) || name in RUN_BY_NAME;
    };
    expect(
      declared.filter((name) => !used(name)),
      'remove these from package.json and the lock',
    ).toEqual([]);
  });

  test.each(Object.entries(RUN_BY_NAME))('%s is still run by name where the list says', (name, where) => {
    expect(declared).toContain(name);
    expect(fs.readFileSync(path.join(ROOT, where.file), 'utf8')).toContain(where.text);
  });
});

describe('Lighthouse, the bench’s alone, is its own package (bench/lighthouse/)', () => {
  const dir = path.join(ROOT, 'bench', 'lighthouse');
  const own = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; integrity?: string; hasInstallScript?: boolean }>;
  };

  test('not installed by the project’s npm ci', () => {
    expect(declared).not.toContain('lighthouse');
  });

  test('its lock pins the version its package.json names, every package hashed, no install script', () => {
    expect(own.devDependencies['lighthouse']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['node_modules/lighthouse']?.version).toBe(own.devDependencies['lighthouse']);
    const entries = Object.entries(lock.packages).filter(([k]) => k !== '');
    expect(entries.length).toBeGreaterThan(50);
    expect(entries.filter(([, e]) => !e.integrity?.startsWith('sha512-')).map(([k]) => k)).toEqual([]);
    expect(entries.filter(([, e]) => e.hasInstallScript).map(([k]) => k)).toEqual([]);
  });

  test('its install refuses unlisted install scripts, as the project’s does', () => {
    expect(fs.readFileSync(path.join(dir, '.npmrc'), 'utf8')).toMatch(/^strict-allow-scripts=true$/m);
  });
});

describe('the scan itself', () => {
  test('reads the forms of import the code uses, and only package names', () => {
    const source = [
      "import a from 'd3-format';",
      "import 'd3-transition';",
      "const b = await import('@scope/pkg/sub');",
      "import type { X } from 'vite';",
      "new URL(import.meta.resolve('harfbuzzjs/dist/x.wasm'));",
      "import fs from 'node:fs';",
      "import local from './local.ts';",
      "import v from 'virtual:pwa';",
    ].join('\n');
    expect([...importedPackages(source)].sort()).toEqual(
      ['@scope/pkg', 'd3-format', 'd3-transition', 'harfbuzzjs', 'node:', 'vite'].sort(),
    );
  });
});
