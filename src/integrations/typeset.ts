import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { typesetPage } from '../typeset/page.ts';

/**
 * Chinese and English typesetting of every built page (`astro:build:done`), before the search
 * index and the publishing files read them. BudouX runs here, at build time, and never ships.
 */
export default function typesetIntegration(): AstroIntegration {
  return {
    name: 'pingan:typeset',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        let pages = 0;
        const walk = (d: string): void => {
          for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const full = path.join(d, e.name);
            if (e.isDirectory()) walk(full);
            else if (e.name.endsWith('.html')) {
              fs.writeFileSync(full, typesetPage(fs.readFileSync(full, 'utf8')));
              pages++;
            }
          }
        };
        walk(outDir);
        logger.info(`${pages} pages set (phrase breaks, numbers with units, no lone last characters) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
