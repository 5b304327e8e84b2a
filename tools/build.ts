/**
 * `npm run build`: atomic publishing. Astro writes the whole site (pages, zh-hant conversion,
 * search index, sitemap, feeds, share images, `_headers`, notices) into a staging folder beside
 * the output folder; only when every step succeeded and the result has every file a deploy needs
 * does the staging folder replace `dist/` (two renames in one folder). A failed build deletes
 * its staging folder and leaves the previous `dist/` byte for byte as it was, and says so.
 *
 * Tool (build machine). Honours OUT_DIR like astro.config.mjs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine, splitAtDoubleDash } from './args.ts';
import { publishedSite } from '../src/publish/site-file.ts';
import { distBelowFloor, floorFailure } from '../src/publish/header-floor.ts';

const USAGE = `usage: npm run build [-- --config FILE] [-- -- <astro build options>]
  --config  an Astro config other than astro.config.mjs (tests build with guards switched off)
  Options after a second "--" go to astro build unchanged (e.g. npm run build -- -- --verbose).
  OUT_DIR names the output folder (default dist/).`;

// Our own options before a "--", Astro's after it: a typo in ours is refused, not passed on.
const { own, passOn } = splitAtDoubleDash();
const { values } = parseCommandLine(USAGE, { config: { type: 'string' } }, { args: own });
const astroArgs = [...(values.config === undefined ? [] : ['--config', values.config]), ...passOn];

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const requested = path.resolve(root, process.env.OUT_DIR || 'dist');
const finalDir = outputFolder(requested);
const parent = path.dirname(finalDir);
const name = path.basename(finalDir);
// Hidden names that do not start with the output folder's name (a server's prefix check on
// "dist" must never match them).
const staging = path.join(parent, `.staging-${name}-${process.pid}`);
const retired = path.join(parent, `.retired-${name}-${process.pid}`);
const shown = path.relative(process.cwd(), requested) || requested;

/** Files every finished build has; a build missing one is not published. */
const REQUIRED = [
  'index.html',
  '404.html',
  'sitemap.xml',
  'robots.txt',
  '_headers',
  'THIRD-PARTY-NOTICES.txt',
  'pagefind/pagefind.js',
];

function fail(reason: string): never {
  fs.rmSync(staging, { recursive: true, force: true });
  const kept = fs.existsSync(finalDir)
    ? `${shown}/ is unchanged: the previous build is still there, byte for byte.`
    : `no ${shown}/ was written.`;
  console.error(`\nBuild failed (${reason}); ${kept}`);
  process.exit(1);
}

/**
 * The folder to replace. A `dist` that is a symbolic link (to a web server's folder, say) is
 * honoured: the build is staged beside the link's TARGET and swapped with it there, so the link
 * keeps pointing at the same path, which now holds the new build whole (renaming the link itself
 * once left the server's folder stale while the build said "Published"). A link that leads
 * nowhere, to a file, or to a folder holding the project itself is refused before building.
 */
function outputFolder(dir: string): string {
  const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!stat?.isSymbolicLink()) return dir; // a folder, or nothing there yet
  const refuse = (why: string): never => {
    console.error(
      `\nBuild refused: ${path.relative(process.cwd(), dir) || dir} is a link ${why}; nothing was built or changed.`,
    );
    process.exit(1);
  };
  let target: string;
  try {
    target = fs.realpathSync(dir);
  } catch {
    return refuse(`to ${fs.readlinkSync(dir)}, which does not exist: create that folder, or remove the link`);
  }
  if (!fs.statSync(target).isDirectory()) return refuse(`to ${target}, which is not a folder`);
  if (target === path.parse(target).root || root === target || root.startsWith(target + path.sep)) {
    return refuse(`to ${target}, which holds the project itself: point it at a folder of its own`);
  }
  return target;
}

// Leftovers of a build that was killed (no chance to clean up): never published, safe to delete.
for (const entry of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
  const m = new RegExp(`^\\.(staging|retired)-${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`).exec(
    entry,
  );
  if (m && !alive(Number(m[2]))) fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
}
/** Whether a process is running (a build of the same folder in progress keeps its staging folder). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const run = spawnSync(process.execPath, [astro, 'build', ...astroArgs], {
  cwd: root,
  stdio: 'inherit',
  // Telemetry off: a press office's build sends nothing anywhere (and prints no notice about it).
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: staging },
});
if (run.status !== 0)
  fail(run.signal ? `astro build was stopped by ${run.signal}` : 'see the messages above');

const missing = REQUIRED.filter((f) => !fs.existsSync(path.join(staging, f)));
if (missing.length > 0) fail(`the output lacks ${missing.join(', ')}`);
// The security-header floor, on exactly what is about to be published (src/publish/header-floor.ts).
const below = distBelowFloor(staging, publishedSite().base);
if (below.length > 0) fail(floorFailure(below));

// Swap: the old folder aside, the new one in, the old one deleted. Should the second rename
// fail, the old folder goes back.
const hadPrevious = fs.existsSync(finalDir);
if (hadPrevious) fs.renameSync(finalDir, retired);
try {
  fs.renameSync(staging, finalDir);
} catch (e) {
  if (hadPrevious) fs.renameSync(retired, finalDir);
  fail(`could not move the new build into place: ${(e as Error).message}`);
}
fs.rmSync(retired, { recursive: true, force: true });
const via = finalDir === requested ? '' : ` (a link: the build replaced the contents of ${finalDir})`;
console.log(`\nPublished to ${shown}/${via} (every step succeeded; the previous build was replaced whole).`);
