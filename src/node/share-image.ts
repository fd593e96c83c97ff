// Renders a share card (the element tree of src/core/publishing/share-card.ts) to PNG:
// satori lays it out as SVG, with its text as text, in Source Serif 4 (the whole
// fonts, Latin, Greek and Cyrillic, as TTF files from @expo-google-fonts/source-serif-4);
// resvg draws the SVG with the same font files on one of libuv's threads, and sharp
// encodes the pixels as PNG on another. Each PNG is cached on disk by the digest of its
// card and of the renderer (its version, share-image-renderer.ts, this file and the four
// libraries' versions), in
// `node_modules/.cache/dossier/share-images/` (or `$DOSSIER_CACHE_DIR/dossier-share-images/`),
// so a rebuild renders only new or changed cards. Main function: `shareImage(root, card)`.
//
// Why text and not paths (satori's default): the card's glyphs are then outlined once,
// by resvg, instead of by satori in JavaScript and parsed back by resvg; and the main
// thread, which renders the site's pages during a build, lays out a card in about 5 ms
// instead of about 30 ms (satori's outlines, then resvg's PNG encoding, which is
// synchronous). resvg-js reads fonts from files only, hence TTF files and not WOFF.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import {
  CARD_FONT_FAMILY,
  CARD_FONTS,
  SHARE_IMAGE,
  type CardNode,
} from '../core/publishing/share-card.ts';
import { SHARE_IMAGE_RENDERER } from './share-image-renderer.ts';

const FONT_PACKAGE = '@expo-google-fonts/source-serif-4';
const RENDERER_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp', FONT_PACKAGE] as const;
/** The font package's file of each weight and style the card uses. */
const FONT_FILES: Record<`${number}-${string}`, string> = {
  '400-normal': '400Regular/SourceSerif4_400Regular.ttf',
  '700-normal': '700Bold/SourceSerif4_700Bold.ttf',
  '400-italic': '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
};
/** zlib level of the PNG: 3 makes a smaller file than resvg's own encoder, in about half its time. */
const PNG_COMPRESSION = 3;

interface Renderer {
  /** For satori's layout (it reads the files' metrics and shapes the lines). */
  fonts: Font[];
  /** The same files, for resvg to draw the text with. */
  fontFiles: string[];
  /** Digest of this file and the libraries' versions: part of every cache key. */
  version: string;
}

/** A package's version, from the manifest above its entry point (sharp exports no `./package.json`). */
function packageVersion(require: NodeJS.Require, name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version ?? '?';
    } catch {
      // No manifest here: look further up.
    }
    const up = path.dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}

const renderers = new Map<string, Renderer>();

function renderer(root: string): Renderer {
  const known = renderers.get(root);
  if (known) return known;
  const require = createRequire(path.join(root, 'package.json'));
  const fontFiles = CARD_FONTS.map(({ weight, style }) => {
    const file = FONT_FILES[`${weight}-${style}`];
    if (!file) throw new Error(`share-image: no font file for weight ${weight}, ${style}`);
    return require.resolve(`${FONT_PACKAGE}/${file}`);
  });
  const fonts: Font[] = CARD_FONTS.map(({ weight, style }, i) => ({
    name: CARD_FONT_FAMILY,
    weight,
    style,
    data: readFileSync(fontFiles[i]!),
  }));
  const hash = createHash('sha256').update(`${SHARE_IMAGE_RENDERER}\n`);
  for (const name of RENDERER_PACKAGES) hash.update(`${name}@${packageVersion(require, name)}\n`);
  hash.update(readFileSync(path.join(root, 'src/node/share-image.ts')));
  const made = { fonts, fontFiles, version: hash.digest('hex').slice(0, 16) };
  renderers.set(root, made);
  return made;
}

/** Where the PNGs are cached: beside Astro's cache when `$DOSSIER_CACHE_DIR` is set. */
export function shareImageCacheDir(root: string): string {
  const astro = process.env['DOSSIER_CACHE_DIR'];
  return astro
    ? path.join(path.resolve(root, astro), 'dossier-share-images')
    : path.join(root, 'node_modules/.cache/dossier/share-images');
}

/** The card rendered to PNG, without the cache. */
export async function renderShareImage(
  root: string,
  card: CardNode,
): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts, fontFiles } = renderer(root);
  // satori's parameter is typed as a React node; the plain element tree is what it reads.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts,
    embedFont: false,
  });
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CARD_FONT_FAMILY },
  });
  // The card is opaque: RGB, no alpha channel.
  const png = await sharp(image.pixels, {
    raw: { width: image.width, height: image.height, channels: 4 },
  })
    .removeAlpha()
    .png({ compressionLevel: PNG_COMPRESSION })
    .toBuffer();
  return new Uint8Array(png);
}

/** What `shareImage` did since the process started (the build prints nothing; the bench and tests read it). */
export const shareImageCounts = { rendered: 0, reused: 0 };

/**
 * The card's PNG: from the cache when a card with the same content was rendered by
 * the same renderer before, else rendered and cached (written to a temporary file
 * and renamed, so a reader never sees half a file). The output depends only on the
 * card, so a rebuild gives the same bytes either way.
 */
export async function shareImage(root: string, card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  const { version } = renderer(root);
  const key = createHash('sha256')
    .update(version)
    .update(JSON.stringify(card))
    .digest('hex')
    .slice(0, 32);
  const file = path.join(shareImageCacheDir(root), `${key}.png`);
  try {
    const cached = new Uint8Array(readFileSync(file));
    shareImageCounts.reused++;
    return cached;
  } catch {
    // Not cached yet: render it.
  }
  const png = await renderShareImage(root, card);
  mkdirSync(path.dirname(file), { recursive: true });
  // Per process and thread: two renderers of the same card never share a temporary file.
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  shareImageCounts.rendered++;
  return png;
}
