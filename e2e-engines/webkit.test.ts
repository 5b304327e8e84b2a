import { engineSuite } from './suite.ts';
import { startWebKit } from './webkit.ts';

engineSuite('WebKit', Number(process.env['E2E_PORT'] ?? 4399) + 1, startWebKit);
