import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCopies } from '../../tests/helpers/content.ts';
import { checkContent } from './load.ts';
import { RenameRefused, renameSection } from '../reviews/rename-section.ts';

const { copyContent, yearFile } = contentCopies('rename');

describe('npm run rename-section', () => {
  test('Renaming a section changes review.yml, both editions’ file names and every section field of stats.yml, and the year still passes the check.', () => {
    const root = copyContent();
    const statsBefore = fs.readFileSync(yearFile(root, 'stats.yml'), 'utf8');
    const count = statsBefore.match(/section: team-building$/gm)?.length ?? 0;
    expect(count).toBeGreaterThan(0);
    const done = renameSection(root, '2024', 'team-building', 'loyal-team');
    expect(done.moved.map(([, b]) => path.basename(b))).toEqual(['loyal-team.mdx', 'loyal-team.mdx']);
    expect(fs.existsSync(yearFile(root, 'zh-hans', 'loyal-team.mdx'))).toBe(true);
    expect(fs.existsSync(yearFile(root, 'en', 'team-building.mdx'))).toBe(false);
    const meta = fs.readFileSync(yearFile(root, 'review.yml'), 'utf8');
    expect(meta).toMatch(/^ {2}- loyal-team$/m);
    expect(meta).not.toMatch(/^ {2}- team-building$/m);
    const stats = fs.readFileSync(yearFile(root, 'stats.yml'), 'utf8');
    expect(stats.match(/section: loyal-team$/gm)?.length).toBe(count);
    // Only the ids changed: comments and every other line stay as they were.
    expect(stats.replace(/section: loyal-team$/gm, 'section: team-building')).toBe(statsBefore);
    expect(checkContent(root).problems).toEqual([]);
  });

  test('It refuses a clash, a missing section and an id that cannot be an anchor, changing nothing.', () => {
    const root = copyContent();
    const before = fs.readFileSync(yearFile(root, 'review.yml'), 'utf8');
    expect(() => renameSection(root, '2024', 'team-building', 'lede')).toThrow(
      /already has a section "lede"/,
    );
    expect(() => renameSection(root, '2024', 'no-such', 'other')).toThrow(RenameRefused);
    expect(() => renameSection(root, '2024', 'team-building', 'Team Building')).toThrow(
      /lowercase English words/,
    );
    expect(() => renameSection(root, '2024', 'team-building', 'main')).toThrow(RenameRefused);
    expect(() => renameSection(root, '1990', 'lede', 'x')).toThrow(/no review for 1990/);
    expect(fs.readFileSync(yearFile(root, 'review.yml'), 'utf8')).toBe(before);
    expect(fs.existsSync(yearFile(root, 'zh-hans', 'team-building.mdx'))).toBe(true);
  });
});
