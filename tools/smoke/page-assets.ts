/**
 * What a built page loads, read with the project's HTML parser (node-html-parser) rather than by
 * pattern: scripts (and the chunks inline module scripts import), styles, icons, feeds, images,
 * share images (meta tags and JSON-LD). Part of the smoke check (tools/smoke.ts); runs in Node.
 */
import { parse } from 'node-html-parser';

/** One thing a page loads: the reference as written (resolve it against the page) and its kind. */
export interface PageAsset {
  ref: string;
  kind: string;
}

/** What a page loads, its og:site_name, and how many of its JSON-LD blocks are not valid JSON. */
export interface PageAssets {
  assets: PageAsset[];
  siteName: string | undefined;
  badJsonLd: number;
}

const LINK_RELS = /\b(stylesheet|icon|modulepreload|preload|manifest|apple-touch-icon)\b/;
const SHARE_IMAGE_KEYS = ['og:image', 'twitter:image', 'image'];

export function pageAssets(html: string): PageAssets {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const assets: PageAsset[] = [];
  const add = (ref: string | undefined, kind: string) => {
    if (ref && !/^(data|mailto|tel|javascript):/i.test(ref)) assets.push({ ref, kind });
  };
  let siteName: string | undefined;
  let badJsonLd = 0;
  for (const el of root.querySelectorAll('script')) {
    const src = el.getAttribute('src');
    if (src !== undefined) add(src, 'script');
    else if (el.getAttribute('type') === 'application/ld+json') {
      try {
        const data = JSON.parse(el.rawText);
        add(data.image?.url, 'share image');
        add(data.publisher?.logo?.url, 'icon');
      } catch {
        badJsonLd += 1;
      }
    } else {
      // Inline module scripts may import chunks lazily (Astro inlines small scripts).
      for (const ref of scriptImports(el.rawText)) add(ref, 'script');
    }
  }
  for (const el of root.querySelectorAll('link[href]')) {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase();
    if (LINK_RELS.test(rel)) add(el.getAttribute('href'), rel);
    if (rel === 'alternate' && /rss|atom/.test(el.getAttribute('type') ?? ''))
      add(el.getAttribute('href'), 'feed');
  }
  for (const el of root.querySelectorAll('img[src], source[src]')) add(el.getAttribute('src'), 'image');
  for (const el of root.querySelectorAll('meta')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '';
    const content = el.getAttribute('content');
    if (SHARE_IMAGE_KEYS.includes(key)) add(content, 'share image');
    if (key === 'og:site_name' && content && siteName === undefined) siteName = content;
  }
  return { assets, siteName, badJsonLd };
}

/** Chunk references a script imports (`import("/_astro/x.js")`, `from "./y.js"`), as written. */
export function scriptImports(code: string): string[] {
  return [
    ...code.matchAll(
      /(?:import\s*\(\s*|from\s*|import\s*)["'`]((?:\.{1,2}\/|\/)[^"'`?#\s]+\.(?:js|mjs|css))["'`]/g,
    ),
  ].map((m) => m[1] as string);
}
