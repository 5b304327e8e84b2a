import { contentTypeOf } from './content-types.ts';
import type { HeaderGroup } from './header-groups.ts';
import { headersFor, type HeaderRule } from './headers.ts';

/**
 * Object storage (AWS S3, Aliyun OSS, Tencent COS) behind a CDN, from the `_headers` rules
 * (header-groups.ts): storage keeps per-object Content-Type and Cache-Control, set at upload, and
 * the CDN adds the security headers. So: a manifest of every file with both, an upload command
 * per file for each provider's own tool, and the response headers to set at the CDN per group of
 * paths.
 */

export interface ManifestEntry {
  /** The file inside the built folder, e.g. `en/2024/index.html`. */
  file: string;
  /** The object key (base path included, no leading slash), e.g. `reviews/en/2024/index.html`. */
  key: string;
  contentType: string;
  cacheControl: string;
}

/** Every file of the build (`_headers` excluded) with its key, Content-Type and the Cache-Control `_headers` gives it. */
export function manifest(files: string[], base: string, rules: HeaderRule[]): ManifestEntry[] {
  const prefix = base.replace(/^\/+/, '');
  return files
    .filter((f) => f !== '_headers')
    .sort()
    .map((file) => ({
      file,
      key: `${prefix}${file}`,
      contentType: contentTypeOf(file),
      cacheControl: headersFor(rules, `${base}${file}`)['cache-control'] ?? '',
    }));
}

/** A word for a POSIX shell, single-quoted. */
const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The upload script for one provider: one command per file, metadata included. */
export function uploadScript(provider: 's3' | 'oss' | 'cos', entries: ManifestEntry[], dist: string): string {
  const tool = { s3: 'aws (AWS CLI v2)', oss: 'ossutil (Aliyun OSS)', cos: 'coscli (Tencent COS)' }[provider];
  const url = { s3: 's3://', oss: 'oss://', cos: 'cos://' }[provider];
  const lines = [
    '#!/bin/sh',
    `# Uploads the built site with ${tool}, each file with its Content-Type and Cache-Control.`,
    "# Written by `npm run host-config -- object-storage` from the build's _headers: regenerate after every build.",
    '# Usage: BUCKET=<bucket name> sh <this file>   (hashed files first, pages last, so no page names a file not yet there)',
    'set -eu',
    ': "${BUCKET:?set BUCKET to the bucket name}"',
  ];
  // Pages and their indexes last: a reader never gets a page whose scripts are not uploaded yet.
  const ordered = [...entries].sort(
    (a, b) => Number(a.file.endsWith('.html')) - Number(b.file.endsWith('.html')),
  );
  for (const e of ordered) {
    const src = sh(`${dist}/${e.file}`);
    const dest = `"${url}$BUCKET/"${sh(e.key)}`;
    if (provider === 's3')
      lines.push(
        `aws s3 cp ${src} ${dest} --content-type ${sh(e.contentType)} --cache-control ${sh(e.cacheControl)}`,
      );
    else
      lines.push(
        `${provider === 'oss' ? 'ossutil' : 'coscli'} cp ${src} ${dest} --meta ${sh(`Content-Type:${e.contentType}#Cache-Control:${e.cacheControl}`)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The response headers to set at the CDN, per group of paths (Cache-Control is the objects' own). */
export function cdnHeaders(groups: HeaderGroup[], base: string): string {
  const lines = [
    '# Response headers to set at the CDN in front of the bucket',
    '',
    "Written by `npm run host-config -- object-storage` from the build's _headers: regenerate after every build",
    "(the Content-Security-Policy names the build's own inline code). Cache-Control is not here: it is set on",
    'each object at upload (upload-*.sh). Set the error document to `404.html` (HTTP status 404) and the index',
    'document to `index.html`. CloudFront: a response headers policy per path pattern; Aliyun CDN: 节点 HTTP',
    '响应头 (自定义); Tencent CDN: HTTP 响应头配置, by directory or file type.',
  ];
  for (const g of groups) {
    const headers = g.headers.filter(([n]) => n.toLowerCase() !== 'cache-control');
    lines.push(
      '',
      `## ${g.patterns.length === 1 ? `Every path under ${base}` : `Paths matching all of: ${g.patterns.join(', ')}`}`,
      '',
      `${g.paths.length} file(s) of this build, e.g. ${g.paths.slice(0, 3).join(', ')}`,
      '',
      '```',
      ...headers.map(([n, v]) => `${n}: ${v}`),
      '```',
    );
  }
  return `${lines.join('\n')}\n`;
}
