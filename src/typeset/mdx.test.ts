import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { typesetSection } from './mdx.ts';
import { paragraph, phrased } from './render.ts';

/** A section file compiled by the MDX compiler with the typesetting plugin, as the build does. */
async function compile(source: string, edition: string): Promise<string> {
  const file = `/site/content/reviews/2024/${edition}/lede.mdx`;
  const { code } = await mdxToJs(source, {
    hastPlugins: [typesetSection],
    fileURL: pathToFileURL(file),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
  return code;
}

describe('typesetting inside the MDX compiler', () => {
  test('a Chinese section paragraph carries its no-wrap spans in the compiled module', async () => {
    const code = await compile('全市建成100家驿站，服务群众。\n', 'zh-hans');
    // The spans are elements of the compiled section: `astro dev` renders them as the build does.
    expect(code).toMatch(/class: "nobr",\s*children: "100家"/);
    expect(code).toMatch(/class: "nobr",\s*children: "群众。"/);
  });

  test('the script is the edition folder’s: English rules in en/, Traditional numbers in zh-hant/', async () => {
    const en = await compile('It rose to 12.6 million cases in the city.\n', 'en');
    expect(en).toMatch(/class: "nobr",\s*children: "12.6 million"/);
    const hant = await compile('審結1800餘件案件無一瑕疵。\n', 'zh-hant');
    expect(hant).toMatch(/class: "nobr",\s*children: "1800餘件"/);
  });

  test('a note term takes the punctuation after it, and a Chinese run in English is its own run', async () => {
    const code = await compile('the <Term id="safe">term</Term>, then 平安南通 stays.\n', 'en');
    expect(code).toMatch(/id: "safe",\s*punctuation: ","/);
    expect(code).not.toMatch(/children: ", then/);
  });

  test('files that are not sections are left alone', async () => {
    const { code } = await mdxToJs('全市建成100家驿站。\n', {
      hastPlugins: [typesetSection],
      fileURL: pathToFileURL('/site/src/pages/about.mdx'),
      jsxImportSource: 'astro',
    });
    expect(code).not.toContain('nobr');
  });
});

describe('typesetting where components render text', () => {
  test('headings break between phrases in Chinese only, escaped as Astro escapes', () => {
    expect(phrased('平安南通年度回眸', 'hans')).toBe('平安南通<wbr>年度<wbr>回眸');
    expect(phrased('A & B', 'en')).toBe('A &amp; B');
    expect(paragraph('建成100家驿站。', 'hans')).toBe(
      '建成<span class="nobr">100家</span><span class="nobr">驿站。</span>',
    );
  });

  test('zh-hant text (made when the content loaded) is set as it is: breaks between phrases, no character changed', () => {
    // No conversion follows the page any more, so 回流 keeps its breaks and stays 回流.
    expect(phrased('抓獲的境外回流人員（全市）', 'hant')).toBe(
      '抓獲<wbr>的境外<wbr>回流<wbr>人員<wbr>（全市）',
    );
    expect(phrased('全市政法系統', 'hant')).toContain('<wbr>');
  });
});
