// Screenshots of built pages in headless Chromium, for people to look at:
// npx tsx scripts/screenshot.ts <dist> <route> <out.png> [width] [dark]
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveStatic } from '../test/helpers/serve.ts';

const [dist = 'dist', route = '/', out = 'shot.png', width = '1280', scheme = 'light'] = process.argv.slice(2);
const server = await serveStatic(path.resolve(dist));
const browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'dossier-chromium-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
const page = await browser.newPage();
await page.goto(`${server.url}${route}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
