// Screenshots of built pages in headless Chromium, for people to look at:
// npx tsx tools/screenshot.ts <dist> <route> <out.png|out.pdf> [width] [light|dark] [scrollY]
// Without scrollY the whole page is captured; with it, one screen (height 844 below
// 500 px wide, else 900) from that offset. An out.pdf prints the page to PDF (A4), as
// a reader's "Print" does; `pdftoppm -png -r 60 out.pdf page` turns it into images.
import path from 'node:path';
import { launch } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/serve.ts';

const [dist = 'dist', route = '/', out = 'shot.png', width = '1280', scheme = 'light', scrollY] =
  process.argv.slice(2);
const server = await serveStatic(path.resolve(dist));
const browser = await launch({
  width: Number(width),
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
const page = await browser.context.newPage();
await page.setViewportSize({ width: Number(width), height: Number(width) < 500 ? 844 : 900 });
await page.goto(`${server.url}${route}`);
if (out.endsWith('.pdf')) {
  await page.pdf({ path: out, format: 'A4' });
} else if (scrollY === undefined) {
  await page.screenshot({ path: out, fullPage: true });
} else {
  await page.evaluate((y) => window.scrollTo(0, y), Number(scrollY));
  await page.screenshot({ path: out });
}
await browser.close();
await server.close();
