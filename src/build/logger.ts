/**
 * The build's console logger (Astro 7 Logger API, `logger.entrypoint` in astro.config.mjs).
 * Runs in Node at build time. It is Astro's own node logger with one change: the per-route
 * listing ("├─ /en/2024/index.html (+21ms)") is dropped, because it grows by four lines per year
 * of archive and buries the lines an editor needs (content check, search index, publishing).
 * Every warning and error still prints; a test fails if a clean build prints any warning.
 */
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

/** A route line as Astro's static generation prints it: tree glyphs, then the file. */
const ROUTE_LINE = /^\s*\S*[├└]─/u;

export function isRouteListing(event: Pick<AstroLoggerMessage, 'label' | 'level' | 'message'>): boolean {
  // Strip ANSI colour codes before matching: Astro colours the glyphs.
  // eslint-disable-next-line no-control-regex
  const plain = event.message.replace(/\u001b\[[0-9;]*m/gu, '');
  return event.level === 'info' && event.label === null && ROUTE_LINE.test(plain);
}

export default function quietLogger(options: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const inner = nodeLogger(options);
  // A route line is written without a newline; its timing ("(+21ms)") follows as the next event.
  let droppingRoute = false;
  return {
    write(event) {
      if (isRouteListing(event)) {
        droppingRoute = !event.newLine;
        return;
      }
      if (droppingRoute && event.label === 'SKIP_FORMAT') {
        droppingRoute = false;
        return;
      }
      droppingRoute = false;
      inner.write(event);
    },
  };
}
