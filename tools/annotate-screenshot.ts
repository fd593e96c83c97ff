// The picture of annotating from the preview in the editor's guide
// (docs/images/annotate-menu.png): `npm run dev` on a copy of the shipped content,
// words of ¶4 selected in headless Chromium, the menu beside them, one screen captured.
// Usage: npx tsx tools/annotate-screenshot.ts [out.png]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../test/helpers/browser.ts';
import { editorEnv, spawnDevServer } from '../test/helpers/cli.ts';
import { freePort } from '../test/helpers/free-port.ts';
import { selectWords } from '../test/helpers/select-words.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs/images/annotate-menu.png'));
const WORDS = 'insisted on its readiness to put it at the service of neighboring countries';
const content = mkdtempSync(path.join(tmpdir(), 'dossier-shot-'));
cpSync(path.join(ROOT, 'content'), content, { recursive: true });
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawnDevServer(port, editorEnv({ DOSSIER_CONTENT: content }));
// Its output is not read here: drained, so a full pipe never stalls it.
server.stdout?.resume();
server.stderr?.resume();
const browser = await launch({ width: 1100 });
try {
  const page = await browser.context.newPage();
  for (let tries = 0; ; tries++) {
    const ok = await page
      .goto(`${base}/briefings/maduro-police-cooperation/`)
      .then((r) => r?.status() === 200)
      .catch(() => false);
    if (ok) break;
    if (tries > 600) throw new Error('the dev server did not start');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await page.waitForFunction(() => document.querySelector('dossier-annotate') !== null);
  await selectWords(page, 'p4', WORDS);
  await page.locator('#p4').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Quote', exact: true }).waitFor();
  // The server's guesses fill the list of speakers.
  await page
    .getByRole('option', { name: /Government of Venezuela/ })
    .waitFor({ state: 'attached' });
  await page
    .getByRole('combobox', { name: 'Speaker or actor' })
    .selectOption('venezuelan-government');
  const box = await page.locator('#p4').boundingBox();
  if (!box) throw new Error('no ¶4 on screen');
  await page.screenshot({
    path: out,
    clip: { x: 0, y: Math.max(0, box.y - 40), width: 1100, height: box.height + 200 },
  });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(content, { recursive: true, force: true });
}
