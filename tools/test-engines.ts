/**
 * `npm run test:engines`: the cross-engine reading suite (e2e-engines/) against dist/, in WebKit
 * (Debian's WebKitGTK MiniBrowser over WebDriver, under xvfb-run) and Gecko (Debian's
 * firefox-esr over WebDriver BiDi), one browser session per engine, both engines at once.
 *
 * Finds the browsers, or installs them with apt when running as root (as tools/test.ts does
 * for Chromium), or stops and says what to install. Ends by saying plainly which engines ran, and
 * writes the counts to .tmp/engines.json for tools/test.ts. Tool (any machine); no arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseCommandLine } from './args.ts';

parseCommandLine(
  'usage: npm run test:engines\n  The reading walk in WebKit and Gecko against dist/ (build first).',
  {},
);

const engines = [
  {
    name: 'WebKit',
    file: 'e2e-engines/webkit.test.ts',
    needs: [
      '/usr/bin/WebKitWebDriver',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/bin/xvfb-run',
    ],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
  {
    name: 'Gecko',
    file: 'e2e-engines/gecko.test.ts',
    needs: ['/usr/bin/firefox-esr'],
    packages: ['firefox-esr'],
  },
];
const packages = engines.flatMap((e) => e.packages);
const missing = () => engines.flatMap((e) => e.needs).filter((f) => !fs.existsSync(f));

function fail(message: string): never {
  console.error(`\ntest-engines: ${message}`);
  fs.mkdirSync('.tmp', { recursive: true });
  fs.writeFileSync('.tmp/engines.json', JSON.stringify({ passed: 0, failed: 1, engines: [] }));
  process.exit(1);
}

if (missing().length > 0 && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian ${packages.join(', ')} (running as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', ...packages]))
    fail(`apt-get could not install ${packages.join(', ')}.`);
}
if (missing().length > 0) {
  fail(
    `WebKit and Gecko are needed for the cross-engine tests; missing: ${missing().join(', ')}.\n` +
      `  sudo apt-get install -y ${packages.join(' ')}`,
  );
}
if (!fs.existsSync('dist/index.html')) fail('no dist/: run `npm run build` first.');

fs.rmSync('.tmp/engines', { recursive: true, force: true });
const started = Date.now();
const status =
  spawnSync(
    process.execPath,
    [
      '--test',
      '--test-concurrency=2',
      '--test-timeout=180000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      ...engines.map((e) => e.file),
    ],
    { stdio: 'inherit' },
  ).status ?? 1;
const seconds = Math.round((Date.now() - started) / 1000);

const ran = engines.map((e) => {
  try {
    return JSON.parse(fs.readFileSync(`.tmp/engines/${e.name.toLowerCase()}.json`, 'utf8'));
  } catch {
    return { engine: e.name, version: 'did not run', passed: 0, failed: 1 };
  }
});
const passed = ran.reduce((n, r) => n + r.passed, 0);
// A suite that crashed outside its tests still fails the run.
const failed =
  ran.reduce((n, r) => n + r.failed, 0) + (status !== 0 && ran.every((r) => r.failed === 0) ? 1 : 0);
fs.writeFileSync('.tmp/engines.json', JSON.stringify({ passed, failed, seconds, engines: ran }));
console.log(`\nEngines ran (${seconds} s):`);
for (const r of ran) console.log(`  ${r.engine}: ${r.version}: ${r.passed} passed, ${r.failed} failed`);
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1);
