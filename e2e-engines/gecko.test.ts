import { startGecko } from './gecko.ts';
import { engineSuite } from './suite.ts';

engineSuite('Gecko', Number(process.env['E2E_PORT'] ?? 4399) + 2, startGecko);
