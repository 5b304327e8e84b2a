import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inlineCode } from '../../src/publish/inline-code.ts';
import { checkContent } from '../../src/content-check/load.ts';
import { formatProblems } from '../../src/content-files/problems.ts';
import { contentCopies } from '../helpers/content.ts';
import { CASES, MARKER, type HostileCase } from './cases.ts';
import { runBuild } from '../helpers/build.ts';
import { compileError } from '../helpers/mdx.ts';

/**
 * Runs every hostile case (tests/hostile/cases.ts) through the content check and, with the check
 * off, the MDX guard inside the compiler (both in process, no Astro build); the cases marked
 * `realBuild` also through the real `npm run build` (tools/build.ts, atomic publishing) over a
 * folder holding a previous build, which shows the build runs that same check and guard.
 */
const { copyContent } = contentCopies('hostile');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

/** Every file under `dir` with its SHA-256: what "byte for byte" compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const f = path.join(e.parentPath, e.name);
    out[path.relative(dir, f)] = createHash('sha256').update(fs.readFileSync(f)).digest('hex');
  }
  return out;
}

/** A stand-in previous build: a few files, one of them binary. */
function previousBuild(dir: string): void {
  fs.mkdirSync(path.join(dir, 'en', '2024'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>previous build</title>');
  fs.writeFileSync(
    path.join(dir, 'en', '2024', 'index.html'),
    '<!doctype html><title>previous review</title>',
  );
  fs.writeFileSync(path.join(dir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");
  fs.writeFileSync(path.join(dir, 'share.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
}

function build(content: string, tmp: string, out: string, config?: string) {
  const env = { CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(tmp, 'cache') };
  return runBuild({ via: 'tools', env, ...(config ? { config } : {}), timeout: 180_000 });
}

/** Asserts what every failed build must leave: the previous folder as it was, no staging left, no canary. */
function expectNothingPublished(tmp: string, out: string, before: Record<string, string>, canary: string) {
  expect(snapshot(out)).toEqual(before);
  expect(fs.readdirSync(tmp).filter((n) => n.startsWith('.staging') || n.startsWith('.retired'))).toEqual([]);
  expect(fs.existsSync(canary), 'the payload ran: the canary file was written').toBe(false);
  for (const f of Object.keys(snapshot(out))) {
    expect(fs.readFileSync(path.join(out, f), 'latin1')).not.toContain(MARKER);
  }
}

const SELECTED = CASES.filter(
  (c) => !process.env['HOSTILE_ONLY'] || c.name.includes(process.env['HOSTILE_ONLY']),
);

/** Breaks a fresh content copy with the case; returns it, a temp folder and the canary's path. */
function hostileCopy(c: HostileCase) {
  const content = copyContent();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-hostile-build-'));
  temps.push(tmp);
  const canary = path.join(tmp, 'canary');
  c.mutate(content, canary);
  return { content, tmp, canary };
}

describe('hostile content never runs code (in process: the check, and the guard inside the compiler)', () => {
  test.each(SELECTED.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { content, canary } = hostileCopy(c);

    // 1. The content check fails, naming the file and the line.
    const { problems } = checkContent(content);
    const report = formatProblems(problems);
    const hit = problems.find((p) => p.file.endsWith(c.file));
    expect(hit, `no problem names ${c.file}:\n${report}`).toBeDefined();
    if (c.line !== undefined) {
      expect(
        problems.some((p) => p.file.endsWith(c.file) && p.line === c.line),
        `no problem names ${c.file}:${c.line}:\n${report}`,
      ).toBe(true);
    }
    expect(fs.existsSync(canary)).toBe(false);

    // 2. With the check off, an .mdx case is stopped by the guard inside the compiler, with file and line.
    if (c.bypass && c.file.endsWith('.mdx')) {
      const at = path.join(content, c.file);
      const error = await compileError(fs.readFileSync(at, 'utf8'), at);
      expect(error?.message, 'the compiler guard let it through').toMatch(
        new RegExp(`${c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${c.line ?? ''}`),
      );
      expect(fs.existsSync(canary)).toBe(false);
    }
  });

  test('a bypass case whose guard is outside the compiler is built for real', () => {
    const unbuilt = CASES.filter((c) => c.bypass && !c.file.endsWith('.mdx') && !c.realBuild);
    expect(unbuilt.map((c) => c.name)).toEqual([]);
  });
});

describe('hostile content never ships a script, never half-publishes (real builds)', () => {
  test.each(SELECTED.filter((c) => c.realBuild).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { content, tmp, canary } = hostileCopy(c);
    // The build fails, says the previous output is unchanged, and publishes nothing.
    const out = path.join(tmp, 'dist');
    previousBuild(out);
    const before = snapshot(out);
    const r = build(content, tmp, out);
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toContain(c.file);
    expect(r.output).toMatch(/Build failed .*is unchanged: the previous build is still there, byte for byte/);
    expectNothingPublished(tmp, out, before, canary);

    // With the content check switched off, the build's own guards still hold.
    if (c.bypass) {
      const b = build(content, tmp, out, 'tests/hostile/no-content-check.config.mjs');
      expect(b.status, b.output).not.toBe(0);
      expect(b.output).toMatch(/is unchanged: the previous build is still there/);
      expectNothingPublished(tmp, out, before, canary);
    }
  });
});

describe('the suite can fail', () => {
  test('without the guards, an MDX export does run code at build (the canary is written)', () => {
    const content = copyContent();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-hostile-control-'));
    temps.push(tmp);
    const canary = path.join(tmp, 'canary');
    fs.appendFileSync(
      path.join(content, 'reviews/2024/en/outlook.mdx'),
      `\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(canary)}, 'ran');\n`,
    );
    const r = runBuild({
      via: 'astro',
      config: 'tests/hostile/no-guards.config.mjs',
      timeout: 180_000,
      env: {
        CONTENT_DIR: content,
        OUT_DIR: path.join(tmp, 'dist'),
        ASTRO_CACHE_DIR: path.join(tmp, 'cache'),
      },
    });
    expect(fs.existsSync(canary), r.output).toBe(true);
  });
});

describe('YAML values are text, never HTML', () => {
  test('markup in a title and a description reaches the pages as text; no script ships', () => {
    const content = copyContent();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-hostile-yaml-'));
    temps.push(tmp);
    const payload = `<script>console.log('${MARKER}')</script><img src=x onerror=alert(1)>`;
    const meta = path.join(content, 'reviews/2024/review.yml');
    fs.writeFileSync(
      meta,
      fs
        .readFileSync(meta, 'utf8')
        .replace("en: 'Safe Nantong: the 2024 review'", `en: ${JSON.stringify(`Safe Nantong ${payload}`)}`)
        .replace(/^ {2}en: How Nantong’s.*$/m, `  en: ${JSON.stringify(`How ${payload}`)}`),
    );
    expect(checkContent(content).problems).toEqual([]);
    const out = path.join(tmp, 'dist');
    const r = build(content, tmp, out);
    expect(r.status, r.output).toBe(0);
    let pagesWithPayloadText = 0;
    for (const f of Object.keys(snapshot(out)).filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(out, f), 'utf8');
      // As text it is escaped in text (&lt;script&gt;), inert inside a quoted attribute, \u003c in
      // JSON-LD: parsed as the browser parses it, no script holds it and no element has a handler.
      const code = inlineCode(html);
      expect(
        code.scripts.filter((s) => s.includes(MARKER)),
        f,
      ).toEqual([]);
      expect(code.handlers, f).toEqual([]);
      if (html.includes(MARKER)) pagesWithPayloadText++;
    }
    expect(pagesWithPayloadText).toBeGreaterThan(0);
  });
});
