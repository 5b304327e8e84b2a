import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Problem } from '../content-files/problems.ts';
import { readSiteFile } from './site-file.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-site-yml-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function read(text: string): { file: ReturnType<typeof readSiteFile>; problems: Problem[] } {
  const file = path.join(dir, 'site.yml');
  fs.writeFileSync(file, text);
  const problems: Problem[] = [];
  return { file: readSiteFile(problems, file), problems };
}

describe('content/site.yml', () => {
  test('The project ships it commented out: no address, a preview build.', () => {
    const problems: Problem[] = [];
    expect(readSiteFile(problems, path.resolve('content/site.yml'))).toEqual({});
    expect(problems).toEqual([]);
    expect(readSiteFile(problems, path.join(dir, 'missing.yml'))).toEqual({});
  });

  test('An address and a base path are read.', () => {
    const r = read('address: https://www.example.gov.cn\nbasePath: /reviews/\n');
    expect(r.problems).toEqual([]);
    expect(r.file).toEqual({ address: 'https://www.example.gov.cn', basePath: '/reviews/' });
  });

  test.each([
    ['address: www.example.gov.cn\n', 1, /"address" is invalid: must be a web address/],
    ['# the address\naddress: https://x.org/?a=1\n', 2, /"address" is invalid: must be a web address/],
    ['address: https://x.org\nbasePath: /a b/\n', 2, /"basePath" is invalid: must be plain folder names/],
    ['address: https://x.org\nadress: https://y.org\n', 2, /adress/],
    [
      'address: https://x.org/a/\nbasePath: /b/\n',
      1,
      /has the path \/a\/, but content\/site\.yml basePath says \/b\//,
    ],
  ])('%j is refused at line %i with a fix', (text, line, message) => {
    const { problems } = read(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.fix.length).toBeGreaterThan(5);
  });
});
