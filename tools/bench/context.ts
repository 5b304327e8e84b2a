/** What every part of a bench run shares (tool): the browser, the run count, the scratch folder. */
import type { Browser } from '@playwright/test';

export interface BenchContext {
  browser: Browser;
  /** Lighthouse runs, page loads and searches per figure. */
  runs: number;
  /** The run's scratch folder (builds, synthetic content, Lighthouse reports); removed at the end. */
  tmp: string;
  /** The first port to serve on (BENCH_PORT); the peer takes the next, the archives from +101. */
  port: number;
}
