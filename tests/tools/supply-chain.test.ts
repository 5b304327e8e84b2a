import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/**
 * What installs run and what they fetch (issue 21): install scripts are allowed only by name, and
 * the pinned Node binary, which the `node` package's install script downloads outside the
 * lockfile's hashes, is the one recorded in tools/node-integrity.json.
 */
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  allowScripts?: Record<string, boolean>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};

describe('install scripts, allowed by name only', () => {
  test('every package of the lockfile with an install script is allowed by name in package.json', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, e]) => e.hasInstallScript)
      .map(([p]) => p.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    const unlisted = withScripts.filter((name) => pkg.allowScripts?.[name] !== true);
    expect(unlisted, 'add a reviewed entry to allowScripts, or remove the package').toEqual([]);
  });

  test('npm refuses an unlisted install script instead of warning (.npmrc strict-allow-scripts)', () => {
    const npmrc = read('.npmrc');
    expect(npmrc).toMatch(/^strict-allow-scripts=true$/m);
    expect(npmrc).not.toMatch(/^allow-scripts=/m);
  });
});

describe('the pinned Node binary', () => {
  const recorded = JSON.parse(read('tools/node-integrity.json')) as {
    version: string;
    sha256: Record<string, string>;
  };

  test('its version is the devDependency', () => {
    expect(recorded.version).toBe(pkg.devDependencies['node']);
    expect(lock.packages['node_modules/node']?.version).toBe(recorded.version);
  });

  test('its bytes are the ones recorded for this platform', () => {
    const platform = `${process.platform}-${process.arch}`;
    const expected = recorded.sha256[platform];
    expect(expected, `no SHA-256 recorded for ${platform} in tools/node-integrity.json`).toMatch(
      /^[0-9a-f]{64}$/,
    );
    const binary = fs.readFileSync(path.join(ROOT, 'node_modules', 'node', 'bin', 'node'));
    expect(createHash('sha256').update(binary).digest('hex')).toBe(expected);
  });
});
