// The share-image renderer (src/node/share-image.ts): real PNGs of the card's size,
// under 100 KB even for a card full to every limit, the same bytes on every render, and
// cached on disk by content so a rebuild does not render again.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { decode } from 'fast-png';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shareCard, type ShareCardData } from '../../src/core/publishing/share-card.ts';
import {
  SHARE_IMAGE_RENDERER,
  renderShareImage,
  shareImage,
  shareImageCacheDir,
  shareImageCounts,
} from '../../src/node/share-image.ts';
import { ROOT, Temps } from '../helpers/cli.ts';

const temps = new Temps();
afterAll(() => temps.cleanup());

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const words =
  'Ñandú señala que la cooperación policial entre Venezuela, Colombia y Brasil, interrumpida durante años por disputas fronterizas, sanciones y acusaciones cruzadas, vuelve a empezar';
/** A card with every text past its limit, in Spanish with Polish and Turkish letters (the Latin Extended subset). */
const fullCard: ShareCardData = {
  kicker: 'Dossier · Research briefing',
  title: `Łódź, İstanbul: ${words}`,
  quote: { text: `“${words} ${words}”`, by: 'Delcy Eloína Rodríguez Gómez de la Fuente' },
  footer: `Source: Agencia de Noticias del Estado Plurinacional de Bolivia, 30 Sep 2025`,
  host: 'dossier.example.org',
};

describe('renderShareImage', () => {
  it('renders a 1200×630 PNG under 100 KB for a card full to every limit', async () => {
    const png = await renderShareImage(shareCard(fullCard));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeGreaterThan(10_000);
    expect(png.byteLength).toBeLessThan(100_000);
  });

  it('gives the same bytes for the same card, and other bytes for another', async () => {
    const card = shareCard(fullCard);
    const first = await renderShareImage(card);
    expect(Buffer.from(await renderShareImage(card)).equals(first)).toBe(true);
    const other = await renderShareImage(shareCard({ ...fullCard, title: 'Another title' }));
    expect(Buffer.from(other).equals(first)).toBe(false);
  });
});

/** The pixels of the title's band of a rendered card (the kicker above it left out), and how many are dark. */
async function titleBand(title: string): Promise<{ pixels: Buffer; ink: number }> {
  const png = await renderShareImage(
    shareCard({ kicker: fullCard.kicker, title, footer: fullCard.footer, host: fullCard.host }),
  );
  const image = decode(png);
  expect(image.depth).toBe(8);
  const row = image.width * image.channels;
  const pixels = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  const band = pixels.subarray(120 * row, 320 * row);
  let ink = 0;
  for (let i = 0; i < band.length; i += image.channels) if (band[i]! < 110) ink++;
  return { pixels: band, ink };
}

describe('renderShareImage: the letters of wire copy', () => {
  // A letter the font lacks is drawn as the same empty box whatever it is, so a word
  // and the same word reversed would give the same pixels; drawn letters differ.
  it('draws Latin Extended, Greek and Cyrillic letters as themselves', async () => {
    const latin = await titleBand('LodzIstanbulAthens');
    expect(latin.ink).toBeGreaterThan(1_000);
    for (const word of ['ŁódźİstanbułĞebzeŇ', 'КиївХарківОдесаЖ', 'ΑθήναΘεσσαλονίκηΩ']) {
      const drawn = await titleBand(word);
      const reversed = await titleBand([...word].reverse().join(''));
      expect(drawn.pixels.equals(reversed.pixels), word).toBe(false);
      expect(drawn.ink, word).toBeGreaterThan(latin.ink * 0.6);
    }
  });
});

describe('SHARE_IMAGE_RENDERER', () => {
  it('names the installed renderer and font package with their versions, as package-lock.json has them', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string }>;
    };
    const version = (name: string) => lock.packages[`node_modules/${name}`]?.version;
    expect(SHARE_IMAGE_RENDERER).toContain(`@takumi-rs/core@${version('@takumi-rs/core')} `);
    expect(SHARE_IMAGE_RENDERER).toContain(
      `@expo-google-fonts/source-serif-4@${version('@expo-google-fonts/source-serif-4')} `,
    );
  });
});

describe('shareImage (cached)', () => {
  const before = process.env['DOSSIER_CACHE_DIR'];
  beforeEach(() => {
    process.env['DOSSIER_CACHE_DIR'] = temps.dir('share-cache');
  });
  afterEach(() => {
    if (before === undefined) delete process.env['DOSSIER_CACHE_DIR'];
    else process.env['DOSSIER_CACHE_DIR'] = before;
  });

  it('renders a card once and reads it from the cache after, beside Astro’s cache', async () => {
    const dir = shareImageCacheDir(ROOT);
    expect(dir).toBe(path.join(process.env['DOSSIER_CACHE_DIR'] ?? '', 'dossier-share-images'));
    const card = shareCard({ ...fullCard, title: 'Cached once' });
    const { rendered, reused } = shareImageCounts;
    const first = await shareImage(ROOT, card);
    expect(shareImageCounts).toEqual({ rendered: rendered + 1, reused });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{32}\.png$/);
    const again = await shareImage(ROOT, card);
    expect(shareImageCounts).toEqual({ rendered: rendered + 1, reused: reused + 1 });
    expect(Buffer.from(again).equals(first)).toBe(true);
    expect(statSync(path.join(dir, files[0] ?? '')).size).toBe(first.byteLength);
    // Another card is another file.
    await shareImage(ROOT, shareCard({ ...fullCard, title: 'Cached twice' }));
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('is under node_modules/.cache/dossier/share-images without $DOSSIER_CACHE_DIR', () => {
    delete process.env['DOSSIER_CACHE_DIR'];
    expect(shareImageCacheDir(ROOT)).toBe(
      path.join(ROOT, 'node_modules/.cache/dossier/share-images'),
    );
  });
});
