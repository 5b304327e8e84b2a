/**
 * `npm test`: every test, from a fresh clone.
 *   1. find a browser (CHROME_PATH, else Debian's /usr/bin/chromium, else install it with apt as
 *      root, else stop and say what to install);
 *   2. the static checks, each counted as one test: type check (`npm run check`, astro check),
 *      lint (`eslint .`) and format check (`prettier --check .`);
 *   3. build the site (`npm run build`);
 *   4. unit tests and build checks over dist/ (Vitest), with Debian's nginx (installed with apt as
 *      root when missing) running the generated nginx configuration;
 *   5. browser tests on phone profiles (Playwright, Debian Chromium);
 *   6. the reading walk in WebKit and Gecko (tools/test-engines.ts, which finds or installs
 *      Debian's webkit2gtk-driver, xvfb and firefox-esr the same way).
 * Says which browser engines ran, and prints one closing line "N passed, N failed" over all.
 * Tool (any machine); takes no arguments but --help.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseCommandLine } from './args.ts';

parseCommandLine(
  'usage: npm test\n  Type check, lint and format check; builds the site, then runs every test: Vitest, Playwright (Chromium), WebKit and Gecko.',
  {},
);

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Passed and failed counts of one suite, read from its JSON report. */
interface Counts {
  passed: number;
  failed: number;
}

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function cjkFontsInstalled(): boolean {
  if (!has('fc-list')) return false;
  return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
}

function findBrowser(): string {
  const chromePath = env['CHROME_PATH'];
  if (chromePath) {
    if (fs.existsSync(chromePath)) return chromePath;
    fail(`CHROME_PATH is set to ${chromePath}, but no file is there.`);
  }
  const debian = '/usr/bin/chromium';
  const isRoot = process.getuid?.() === 0;
  if ((!fs.existsSync(debian) || !cjkFontsInstalled()) && isRoot && has('apt-get')) {
    console.log('Installing Debian chromium and fonts-noto-cjk (running as root)…');
    const apt = (args: string[]) =>
      spawnSync('apt-get', args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (
      apt(['update', '-qq']).status !== 0 ||
      apt(['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']).status !== 0
    ) {
      fail('apt-get could not install chromium and fonts-noto-cjk.');
    }
  }
  if (fs.existsSync(debian)) {
    if (!cjkFontsInstalled())
      console.warn('Warning: no CJK font found; install fonts-noto-cjk or screenshots show boxes.');
    return debian;
  }
  fail(
    "No browser for the tests. Install Debian's Chromium and CJK fonts:\n" +
      '  sudo apt-get install -y chromium fonts-noto-cjk\n' +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

/**
 * Debian's nginx for tests/build/nginx.test.ts (which runs the generated configuration): installed
 * with apt as root when missing, like the browser; otherwise that test says what to install.
 */
function ensureNginx(): void {
  if (has('nginx') || fs.existsSync('/usr/sbin/nginx')) return;
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.log('Installing Debian nginx-light (running as root)…');
    const apt = (args: string[]) =>
      spawnSync('apt-get', args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (apt(['update', '-qq']).status === 0 && apt(['install', '-y', '-qq', 'nginx-light']).status === 0)
      return;
  }
  console.warn(
    'Warning: no nginx; the nginx test will fail. Install it: sudo apt-get install -y nginx-light',
  );
}

function fail(message: string): never {
  console.error(`\nnpm test: ${message}`);
  process.exit(1);
}

function run(label: string, cmd: string, args: string[]): number {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each reporter's JSON has its own shape
function count<T = Counts>(file: string, read: (json: any) => T, none: T): T {
  try {
    return read(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return none;
  }
}

const chromePath = findBrowser();
ensureNginx();
env['CHROME_PATH'] = chromePath;
fs.mkdirSync('.tmp', { recursive: true });
for (const f of ['.tmp/vitest.json', '.tmp/playwright.json', '.tmp/engines.json'])
  fs.rmSync(f, { force: true });

/**
 * The static checks run first (they need no build and fail fast); each is one test in the closing
 * count, and a failed one fails the run, but the rest still run so one pass shows every problem.
 */
const statics = [
  { label: 'type check', cmd: 'npm', args: ['run', 'check', '--silent'] },
  { label: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  { label: 'format check', cmd: 'npx', args: ['prettier', '--check', '.'] },
].map((s) => ({ label: s.label, ok: run(s.label, s.cmd, s.args) === 0 }));
const st: Counts = {
  passed: statics.filter((s) => s.ok).length,
  failed: statics.filter((s) => !s.ok).length,
};

if (run('build', 'npm', ['run', 'build', '--silent']) !== 0) fail('the build failed (see above).');
const unit = run('unit tests and build checks', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest.json',
]);
const e2e = run('browser tests (Chromium)', 'npx', ['playwright', 'test']);
const engines = run('browser tests (WebKit and Gecko)', process.execPath, ['tools/test-engines.ts']);

const none = { passed: 0, failed: 0 };
const v = count(
  '.tmp/vitest.json',
  (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0) }),
  none,
);
const p = count(
  '.tmp/playwright.json',
  (j) => ({ passed: j.stats.expected, failed: j.stats.unexpected + j.stats.flaky }),
  none,
);
/** tools/test-engines.ts's summary: counts over both engines, and each engine's own. */
type EngineCounts = Counts & { engines?: (Counts & { engine: string; version: string })[] };
const en = count<EngineCounts>('.tmp/engines.json', (j) => j, none);
const passed = st.passed + v.passed + p.passed + en.passed;
const failed =
  st.failed +
  v.failed +
  p.failed +
  en.failed +
  (unit !== 0 && v.failed === 0 ? 1 : 0) +
  (e2e !== 0 && p.failed === 0 ? 1 : 0) +
  (engines !== 0 && en.failed === 0 ? 1 : 0);
let chromium = chromePath;
try {
  chromium = execFileSync(chromePath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  /* the name of the binary is enough */
}
const engineLines = [
  `Chromium: ${chromium}, ${p.passed + p.failed} tests`,
  ...(en.engines ?? []).map((e) => `${e.engine}: ${e.version}, ${e.passed + e.failed} tests`),
];
console.log(`\nBrowser engines that ran: ${engineLines.join(' · ')}`);
const failedStatics = statics.filter((s) => !s.ok).map((s) => s.label);
console.log(
  `Type check, lint, format check: ${st.passed} passed, ${st.failed} failed` +
    (failedStatics.length ? ` (${failedStatics.join(', ')})` : ''),
);
console.log(
  `Vitest: ${v.passed} passed, ${v.failed} failed · Playwright (Chromium): ${p.passed} passed, ${p.failed} failed · WebKit and Gecko: ${en.passed} passed, ${en.failed} failed`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(st.failed === 0 && unit === 0 && e2e === 0 && engines === 0 && passed > 0 ? 0 : 1);
