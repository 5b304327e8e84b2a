// The site's config plus one integration that runs after the publishing kit and weakens the
// _headers it wrote (no CSP, no HSTS): what a payload or a careless edit after the publish step
// would do. tools/build.ts must refuse to publish it (tests/build/header-floor.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../../astro.config.mjs';

const weaken = {
  name: 'test:weaken-headers',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const file = path.join(fileURLToPath(dir), '_headers');
      const text = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => !/^\s+(Content-Security-Policy|Strict-Transport-Security):/.test(l))
        .join('\n');
      fs.writeFileSync(file, text);
    },
  },
};

export default { ...config, integrations: [...config.integrations, weaken] };
