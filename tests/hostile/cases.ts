import fs from 'node:fs';
import path from 'node:path';

/**
 * The hostile-content suite, kept as data: each case is one mutation of a copy of content/ that
 * an editor, a translator's pull request or a CMS export could make. tests/hostile/hostile.test.ts
 * runs every case and asserts that
 * - the content check fails, naming the file (and the line, where the mistake has one);
 * - no code ran: the canary file the payload would write never exists.
 * Cases with `bypass` must also be stopped with the content check switched off, by the build's
 * own guards: an .mdx case by the MDX guard inside the compiler, compiled in process as
 * @astrojs/mdx compiles it (tests/helpers/mdx.ts); the others (the phrase table's load-time
 * check, the glossary's, the CSP's known-script check) live in the build, so they are built.
 * Cases with `realBuild` are built for real (`npm run build`'s tools/build.ts over a previous
 * build), with the check on and, for `bypass`, off: the build fails, names the file, leaves the
 * previous output folder byte for byte as it was, and no script (the marker) reaches it. One
 * real build per guard shows the build runs the same check and guard the in-process steps test.
 */
export interface HostileCase {
  name: string;
  /** Breaks the content copy at `root`; `canary` is the file a payload would write. */
  mutate: (root: string, canary: string) => void;
  /** The file the check must name, relative to the content root. */
  file: string;
  /** The line it must name (undefined: a folder or a link, which has no line). */
  line?: number;
  /** Also with the content check off: the build's own guard must stop it. */
  bypass?: boolean;
  /** Build it for real (a bypass case whose file is not .mdx must: its guard is in the build). */
  realBuild?: boolean;
}

/** A marker that must never reach the output. */
export const MARKER = 'HOSTILE_MARKER_7f3a';

const EN = 'reviews/2024/en/outlook.mdx';
const ZH = 'reviews/2024/zh-hans/outlook.mdx';
/** Appends a block (after a blank line) at the end of a file. */
const appendAt = (root: string, file: string, text: string): void => {
  const f = path.join(root, file);
  fs.appendFileSync(f, `\n${text}\n`);
};
const writeCanary = (canary: string) =>
  `(await import('node:fs')).writeFileSync(${JSON.stringify(canary)}, 'ran')`;

// Line numbers come from the untouched files, so an edit of the text does not break the suite.
const ORIGINAL = fs.readFileSync(new URL(`../../content/${EN}`, import.meta.url), 'utf8');
const EN_APPEND_LINE = ORIGINAL.split('\n').length + 1;
const ORIGINAL_ZH = fs.readFileSync(new URL(`../../content/${ZH}`, import.meta.url), 'utf8');
const ZH_APPEND_LINE = ORIGINAL_ZH.split('\n').length + 1;
const REVIEW = fs
  .readFileSync(new URL('../../content/reviews/2024/review.yml', import.meta.url), 'utf8')
  .split('\n');
const GLOSSARY = fs
  .readFileSync(new URL('../../content/glossary/en.yml', import.meta.url), 'utf8')
  .split('\n');
const PHRASES = fs
  .readFileSync(new URL('../../content/zh-hant-phrases.yml', import.meta.url), 'utf8')
  .split('\n');

/** Closes the frontmatter of the English outlook with `closer` (line 3) and puts `then` after it. */
const closeWith = (root: string, closer: string, then: string) => {
  const f = path.join(root, EN);
  fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('\n---\n', `\n${closer}\n${then}---\n`));
};

export const CASES: HostileCase[] = [
  {
    name: 'a frontmatter closed by ---<tab> hides an export from any reader but the compiler',
    mutate: (root, canary) => closeWith(root, '---\t', `export const x = ${writeCanary(canary)};\n`),
    file: EN,
    line: 3,
    bypass: true,
    realBuild: true,
  },
  {
    name: 'a frontmatter closed by ---{expression}',
    mutate: (root, canary) => closeWith(root, `---{${writeCanary(canary)}}`, ''),
    file: EN,
    line: 3,
    bypass: true,
  },
  {
    name: 'MDX import runs code at build',
    mutate: (root, canary) =>
      appendAt(root, EN, `import fs from 'node:fs'\nfs.writeFileSync(${JSON.stringify(canary)}, 'ran')`),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
  {
    name: 'MDX export with top-level await runs code at build',
    mutate: (root, canary) => appendAt(root, EN, `export const x = ${writeCanary(canary)};`),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
  {
    name: 'a {expression} alone on its line',
    mutate: (root, canary) => appendAt(root, EN, `{${writeCanary(canary)}}`),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
  {
    name: 'an expression in a component attribute, alone on its line (<Term id={…} />)',
    mutate: (root, canary) => appendAt(root, EN, `<Term id={${writeCanary(canary)}} />`),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
  {
    name: 'an expression attribute inside a paragraph',
    mutate: (root, canary) => appendAt(root, ZH, `文字<Chart id={${writeCanary(canary)}} />文字`),
    file: ZH,
    line: ZH_APPEND_LINE,
    bypass: true,
  },
  {
    name: 'a spread attribute {...code}',
    mutate: (root, canary) => appendAt(root, EN, `<Chart {...${writeCanary(canary)}} />`),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
  {
    name: '<Fragment set:html> ships an inline script',
    mutate: (root) => appendAt(root, EN, `<Fragment set:html="<script>console.log('${MARKER}')</script>" />`),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
  {
    name: 'a raw <script> element',
    mutate: (root) => appendAt(root, EN, `<script>console.log('${MARKER}')</script>`),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
  {
    name: 'a capitalised unknown tag <Script>',
    mutate: (root) => appendAt(root, EN, `<Script>console.log('${MARKER}')</Script>`),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
  {
    name: 'a javascript: link',
    mutate: (root) => appendAt(root, EN, `A [link](javascript:console.log('${MARKER}')) here.`),
    file: EN,
    line: EN_APPEND_LINE,
  },
  {
    name: 'a javascript: link spelt with a character reference (&#106;avascript:)',
    mutate: (root) => appendAt(root, EN, `A [link](&#106;avascript:alert('${MARKER}')) here.`),
    file: EN,
    line: EN_APPEND_LINE,
  },
  {
    name: 'a data: URL in a link reference definition',
    mutate: (root) =>
      appendAt(root, EN, `A [link][r] here.\n\n[r]: data:text/html,<script>${MARKER}</script>`),
    file: EN,
    line: EN_APPEND_LINE + 2,
  },
  {
    name: 'an external image (a tracker)',
    mutate: (root) => appendAt(root, EN, `![](https://tracker.example/${MARKER}.gif)`),
    file: EN,
    line: EN_APPEND_LINE,
  },
  {
    name: 'a protocol-relative link off the site',
    mutate: (root) => appendAt(root, EN, `A [link](//evil.example/${MARKER}) here.`),
    file: EN,
    line: EN_APPEND_LINE,
  },
  {
    name: 'an HTML value in zh-hant-phrases.yml ships an inline script',
    mutate: (root) => {
      const f = path.join(root, 'zh-hant-phrases.yml');
      const text = fs
        .readFileSync(f, 'utf8')
        .replace('迴流人員: 回流人員', `迴流人員: "回流人員<script>console.log('${MARKER}')</script>"`);
      fs.writeFileSync(f, text);
    },
    file: 'zh-hant-phrases.yml',
    line: PHRASES.findIndex((l) => l.startsWith('迴流人員:')) + 1,
    bypass: true,
    realBuild: true,
  },
  {
    name: 'a phrase-table key that rewrites markup (p → script)',
    mutate: (root) =>
      fs.appendFileSync(path.join(root, 'zh-hant-phrases.yml'), `\n"<p": "<script>${MARKER}</script><p"\n`),
    file: 'zh-hant-phrases.yml',
    line: PHRASES.length + 1,
  },
  {
    name: 'a broken zh-hant-phrases.yml',
    mutate: (root) => fs.appendFileSync(path.join(root, 'zh-hant-phrases.yml'), '\n測試: 未: 閉合\n'),
    file: 'zh-hant-phrases.yml',
    line: PHRASES.length + 1,
  },
  {
    name: 'a year folder 0000',
    mutate: (root) =>
      fs.cpSync(path.join(root, 'reviews', '2024'), path.join(root, 'reviews', '0000'), { recursive: true }),
    file: 'reviews/0000',
  },
  {
    name: 'a year folder 3000',
    mutate: (root) =>
      fs.cpSync(path.join(root, 'reviews', '2024'), path.join(root, 'reviews', '3000'), { recursive: true }),
    file: 'reviews/3000',
  },
  {
    name: 'a section id "main" collides with <main id="main">',
    mutate: (root) => {
      const y = path.join(root, 'reviews', '2024');
      fs.writeFileSync(
        path.join(y, 'review.yml'),
        fs.readFileSync(path.join(y, 'review.yml'), 'utf8').replace('  - outlook', '  - main'),
      );
      for (const ed of ['zh-hans', 'en'])
        fs.renameSync(path.join(y, ed, 'outlook.mdx'), path.join(y, ed, 'main.mdx'));
    },
    file: 'reviews/2024/review.yml',
    line: REVIEW.findIndex((l) => l.startsWith('sections:')) + 1,
  },
  {
    name: 'a 2 MB Chinese paragraph',
    mutate: (root) => appendAt(root, ZH, '平安南通'.repeat(170_000)),
    file: ZH,
    line: ZH_APPEND_LINE,
  },
  {
    name: 'a zero-width space in a title (the share-image font has no glyph)',
    mutate: (root) => {
      const f = path.join(root, 'reviews', '2024', 'review.yml');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('年度回眸', '年度\u200b回眸'));
    },
    file: 'reviews/2024/review.yml',
    line: REVIEW.findIndex((l) => l.startsWith('  zh-hans: 2024年')) + 1,
  },
  {
    name: 'a bidi control in a title',
    mutate: (root) => {
      const f = path.join(root, 'reviews', '2024', 'review.yml');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace("en: 'Safe Nantong", "en: '\u202eSafe Nantong"));
    },
    file: 'reviews/2024/review.yml',
    line: REVIEW.findIndex((l) => l.startsWith("  en: 'Safe Nantong")) + 1,
  },
  {
    name: 'an emoji in a title',
    mutate: (root) => {
      const f = path.join(root, 'reviews', '2024', 'review.yml');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('年度回眸', '年度回眸🎉'));
    },
    file: 'reviews/2024/review.yml',
    line: REVIEW.findIndex((l) => l.startsWith('title:')) + 1,
  },
  {
    name: 'a symlink out of content/ (the build would publish /etc/passwd)',
    mutate: (root) => {
      const f = path.join(root, 'reviews', '2024', 'en', 'outlook.mdx');
      fs.rmSync(f);
      fs.symlinkSync('/etc/passwd', f);
    },
    file: 'reviews/2024/en/outlook.mdx',
    realBuild: true,
  },
  {
    name: 'a <meta http-equiv="refresh"> in a phrase-table value (applied to every zh-hant page)',
    mutate: (root) => {
      const f = path.join(root, 'zh-hant-phrases.yml');
      const meta = `<meta http-equiv=refresh content=0;url=https://evil.example/${MARKER}>`;
      fs.writeFileSync(
        f,
        fs.readFileSync(f, 'utf8').replace('迴流人員: 回流人員', `迴流人員: "回流人員${meta}"`),
      );
    },
    file: 'zh-hant-phrases.yml',
    line: PHRASES.findIndex((l) => l.startsWith('迴流人員:')) + 1,
    bypass: true,
    realBuild: true,
  },
  {
    name: 'a right-to-left override in a glossary note (checked when Astro loads it too)',
    mutate: (root) => {
      const f = path.join(root, 'glossary', 'en.yml');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('  zh: 十四五', '  zh: 十四五\u202e'));
    },
    file: 'glossary/en.yml',
    line: GLOSSARY.findIndex((l) => l === '  zh: 十四五') + 1,
    bypass: true,
    realBuild: true,
  },
  {
    name: '<Term id="constructor"> (an id Object.prototype has)',
    mutate: (root) => appendAt(root, EN, 'The <Term id="constructor">plan</Term> again.'),
    file: EN,
    line: EN_APPEND_LINE,
  },
  {
    name: 'a section named "top", an id the page uses',
    mutate: (root) => {
      const y = path.join(root, 'reviews', '2024');
      fs.writeFileSync(
        path.join(y, 'review.yml'),
        fs.readFileSync(path.join(y, 'review.yml'), 'utf8').replace('  - outlook', '  - top'),
      );
      for (const ed of ['zh-hans', 'en'])
        fs.renameSync(path.join(y, ed, 'outlook.mdx'), path.join(y, ed, 'top.mdx'));
    },
    file: 'reviews/2024/review.yml',
    line: REVIEW.findIndex((l) => l.startsWith('sections:')) + 1,
  },
  {
    name: 'a YAML tag (!!js/function) in review.yml',
    mutate: (root) => {
      const f = path.join(root, 'reviews', '2024', 'review.yml');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/^published: /m, 'published: !!js/function '));
    },
    file: 'reviews/2024/review.yml',
    line: REVIEW.findIndex((l) => l.startsWith('published:')) + 1,
  },
  {
    name: '58 KB of nested <Term> (once a crash with exit 2 and no file)',
    mutate: (root) => appendAt(root, EN, '<Term id="neeq">'.repeat(4000) + 'x' + '</Term>'.repeat(4000)),
    file: EN,
    line: EN_APPEND_LINE,
    bypass: true,
  },
];
