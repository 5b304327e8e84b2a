import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import sharp from 'sharp';
import type { ReadingBrowser } from '../e2e/shared/browser.ts';
import { installErrorTrap, readErrorTrap } from '../e2e/shared/probes.ts';
import { endGroup, freePort, waitForUrl } from './server.ts';

/**
 * WebKit: Debian's WebKitGTK MiniBrowser (the engine of Safari and of every iPhone browser),
 * driven over classic WebDriver by WebKitWebDriver, under a virtual X display (xvfb-run): the
 * MiniBrowser has no headless mode here.
 */
export const webkitBinaries = {
  driver: '/usr/bin/WebKitWebDriver',
  browser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/xvfb-run',
};

/**
 * MiniBrowser's toolbar will not let its window get narrower than ~450 px. This GTK style (read
 * from $XDG_CONFIG_HOME/gtk-3.0/gtk.css, for the browser only) shrinks its widgets so the page
 * can be phone-narrow; web content does not use GTK styles.
 */
const narrowChrome = `headerbar, toolbar, toolbar *, headerbar *, entry, button, box {
  min-width: 0; min-height: 0; padding: 0; margin: 0; border: 0; font-size: 1px;
  -gtk-icon-transform: scale(0.01);
}`;

export interface WebKitSession {
  browser: ReadingBrowser;
  resize(width: number, height: number): Promise<void>;
  version: string;
  close(): Promise<void>;
}

/** The region of a screenshot below its first `cut` rows (screenshots are at 1 px per CSS px). */
function rows(png: Buffer, cut: number) {
  const height = png.readUInt32BE(20);
  return { left: 0, top: cut, width: png.readUInt32BE(16), height: height - cut };
}

/** `script` wrapped for Execute Async Script: runs `fn(arg)` and reports its result or error. */
function asyncScript(fn: (arg: never) => unknown): string {
  return `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
  .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String((e && e.stack) || e) }));`;
}

export async function startWebKit(base: string): Promise<WebKitSession> {
  const config = fs.mkdtempSync(path.join(os.tmpdir(), 'webkit-gtk-'));
  fs.mkdirSync(path.join(config, 'gtk-3.0'));
  fs.writeFileSync(path.join(config, 'gtk-3.0', 'gtk.css'), narrowChrome);
  const port = await freePort();
  const server = spawn(webkitBinaries.xvfb, ['-a', webkitBinaries.driver, `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, XDG_CONFIG_HOME: config },
  });
  const stopServer = () => endGroup(server);
  process.once('exit', stopServer);
  await waitForUrl(`http://127.0.0.1:${port}/status`, 20_000);
  const driver: WebDriver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: webkitBinaries.browser, args: ['--automation'] },
    })
    .build();
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  const caps = await driver.getCapabilities();

  const run = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    const out = (await driver.executeAsyncScript(
      asyncScript(fn as (arg: never) => unknown),
      arg ?? null,
    )) as { ok?: R; error?: string };
    if (out.error !== undefined) throw new Error(`in WebKit: ${out.error}`);
    return out.ok as R;
  };
  // Classic WebDriver reports no script errors: record them in the page from load on. (Errors
  // thrown while the page's own scripts first run, before the load event, are not seen here;
  // Gecko and Chromium report those.)
  const watch = () => run(installErrorTrap, undefined);
  const browser: ReadingBrowser = {
    engine: 'webkit',
    goto: async (p) => {
      await driver.get(base + p);
      await watch();
    },
    run,
    click: async (selector) => {
      // WebDriver scrolls an element only just into view, where the fixed section bar can cover
      // it; a reader taps what is in the middle of the screen.
      const el = await driver.findElement(By.css(selector));
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
      await el.click();
    },
    screenshot: async (file) => {
      // WebDriver screenshots are of the screen only: take the page a screen at a time, as the
      // reader scrolls through it (the fixed bars show on each), and stack them.
      const { height, screen } = await run(
        () => ({ height: document.documentElement.scrollHeight, screen: innerHeight }),
        undefined,
      );
      const tiles: { input: Buffer; top: number; left: number }[] = [];
      for (let top = 0; top < height && tiles.length < 40; top += screen) {
        const y = Math.min(top, height - screen);
        await run(
          (to) => new Promise((r) => (window.scrollTo(0, to), requestAnimationFrame(() => r(null)))),
          y,
        );
        const png = Buffer.from(await driver.takeScreenshot(), 'base64');
        // The last screen is scrolled up to the page's end: keep only its part below the tile before.
        const cut = top - y;
        tiles.push({
          input: cut > 0 ? await sharp(png).extract(rows(png, cut)).toBuffer() : png,
          top,
          left: 0,
        });
      }
      await run(() => window.scrollTo(0, 0), undefined);
      const width = (await sharp(tiles[0]!.input).metadata()).width ?? 360;
      await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
        .composite(tiles)
        .png()
        .toFile(file);
    },
    errors: async () => {
      const all = await run(readErrorTrap, undefined);
      await run(
        () => (window as unknown as { __readingErrors?: string[] }).__readingErrors?.splice(0),
        undefined,
      );
      return all;
    },
    watch,
    url: () => driver.getCurrentUrl(),
  };

  return {
    browser,
    version: `WebKitGTK ${String(caps.get('browserVersion'))} (MiniBrowser)`,
    resize: async (width, height) => {
      // The window's own frame (toolbar) takes some height: size the window so the page gets exactly
      // this. Under xvfb the window settles a moment after it is sized (a loaded CI machine read
      // 390×824 right after asking for 390×844): measure, correct, and measure again until it holds.
      let rect = { width, height };
      let now: number[] = [];
      for (let attempt = 0; attempt < 10; attempt++) {
        await driver.manage().window().setRect(rect);
        await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
        now = await run(() => [innerWidth, innerHeight], undefined);
        if (now[0] === width && now[1] === height) return;
        rect = {
          width: rect.width + width - (now[0] ?? width),
          height: rect.height + height - (now[1] ?? height),
        };
      }
      throw new Error(`WebKit window is ${now.join('×')}, not ${width}×${height}`);
    },
    close: async () => {
      await driver.quit().catch(() => {});
      stopServer();
      fs.rmSync(config, { recursive: true, force: true });
    },
  };
}
