import { defineConfig } from 'vitest/config';

/**
 * Two projects, so that the unit tests run on a fresh clone with no build (`npm run test:unit`):
 * - unit: tests beside the code they test, the import tool, the server and the tools' command lines, none of which read dist/;
 * - build: checks over the built site (dist/, which `npm test` builds first) and the suites that
 *   run their own builds into temp folders (hostile content, years, dates, failures).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'tests/import/import.test.ts',
            'tests/import/repost.test.ts',
            'tests/server/**/*.test.ts',
            'tests/tools/**/*.test.ts',
            'tests/structure/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // tests/import/year.test.ts builds its imported year.
          include: ['tests/build/**/*.test.ts', 'tests/hostile/**/*.test.ts', 'tests/import/year.test.ts'],
        },
      },
    ],
  },
});
