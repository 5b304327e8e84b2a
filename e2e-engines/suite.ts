import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { ReadingBrowser } from '../e2e/shared/browser.ts';
import { readingPlan, readPage } from '../e2e/shared/walk.ts';
import { serveSite } from './server.ts';

/**
 * The cross-engine reading suite: every built page at two phone widths, read with the walk the
 * Chromium suite uses (e2e/shared/walk.ts). One browser session per engine, resized between
 * widths and reused across pages, to keep the run short.
 */
export const phones = [
  { width: 360, height: 740 }, // small Android phones
  { width: 390, height: 844 }, // iPhone 12–16
];

/** WebDriver / BiDi errors that mean the browser session is gone, not that the page failed. */
const SESSION_LOST = new Set(['NoSuchSessionError', 'WebDriverError', 'TargetCloseError']);

export interface EngineSession {
  browser: ReadingBrowser;
  version: string;
  resize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export function engineSuite(
  name: string,
  port: number,
  start: (base: string) => Promise<EngineSession>,
): void {
  describe(name, () => {
    let session: EngineSession | undefined;
    let stopServer = () => {};
    let base = '';
    // What ran, for the runner's closing lines (tools/test-engines.ts).
    const tally = { engine: name, version: 'did not start', passed: 0, failed: 0 };
    before(async () => {
      const site = await serveSite(port);
      stopServer = site.stop;
      base = site.base;
      session = await start(base);
      tally.version = session.version;
    });
    after(async () => {
      fs.mkdirSync('.tmp/engines', { recursive: true });
      fs.writeFileSync(`.tmp/engines/${name.toLowerCase()}.json`, JSON.stringify(tally));
      await session?.close();
      stopServer();
    });
    for (const phone of phones) {
      describe(`${phone.width}×${phone.height}`, () => {
        before(() => session?.resize(phone.width, phone.height));
        for (const page of readingPlan()) {
          test(`${page.path} reads well`, async (t) => {
            tally.failed++; // until it passes
            assert.ok(session, `${name} did not start`);
            const read = (s: EngineSession) =>
              readPage(s.browser, page, { shots: `screenshots/engines/${s.browser.engine}-${phone.width}` });
            let problems: string[];
            try {
              problems = await read(session);
            } catch (e) {
              // The browser process itself went away (WebKitGTK's MiniBrowser under xvfb was seen to
              // crash once in five runs on a loaded 2-core machine, mid-screenshot). That is the
              // harness, not the page: start one new session and read the page again. A second
              // loss, or any other error, fails the test.
              if (!SESSION_LOST.has((e as Error).name)) throw e;
              t.diagnostic(`${name} session lost (${(e as Error).name}); started a new one`);
              await session.close().catch(() => {});
              session = await start(base);
              await session.resize(phone.width, phone.height);
              problems = await read(session);
            }
            assert.deepEqual(problems, []);
            tally.failed--;
            tally.passed++;
          });
        }
      });
    }
  });
}
