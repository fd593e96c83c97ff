// Renders a share card (the node tree of src/core/publishing/share-card.ts) to PNG with
// takumi (`@takumi-rs/core`, a native renderer: a prebuilt binary per platform in npm
// optional dependencies): it lays the card out, shapes its text as text in Source Serif 4
// (the whole fonts, Latin, Greek and Cyrillic, from @expo-google-fonts/source-serif-4),
// draws it and encodes the PNG, off the main thread. Each PNG is cached on disk by the
// digest of its card and of `SHARE_IMAGE_RENDERER`, in `node_modules/.cache/dossier/share-images/`
// (or `$DOSSIER_CACHE_DIR/dossier-share-images/`), so a rebuild renders only new or changed
// cards. Main function: `shareImage(root, card)`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { Renderer } from '@takumi-rs/core';
import {
  CARD_FONT_FAMILY,
  CARD_FONTS,
  SHARE_IMAGE,
  type CardNode,
} from '../core/publishing/share-card.ts';

const RENDERER_PACKAGE = '@takumi-rs/core';
const FONT_PACKAGE = '@expo-google-fonts/source-serif-4';
/** The font package's file of each weight and style the card uses. */
const FONT_FILES: Record<`${number}-${string}`, string> = {
  '400-normal': '400Regular/SourceSerif4_400Regular.ttf',
  '700-normal': '700Bold/SourceSerif4_700Bold.ttf',
  '400-italic': '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
};
/** What is asked of the renderer besides the card: PNG (lossless) at the card's size. */
const RENDER_OPTIONS = {
  width: SHARE_IMAGE.width,
  height: SHARE_IMAGE.height,
  format: 'png',
} as const;

const require = createRequire(import.meta.url);

/** A package's version, from the manifest above its entry point (takumi exports no `./package.json`). */
function packageVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // No manifest here: look further up.
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`share-image: no package.json with the version of ${name}`);
    dir = up;
  }
}

/**
 * Everything besides the card that decides a share image's bytes: the renderer's and the
 * font package's names and versions, and what this adapter asks of them (font files,
 * size, format). Part of every cache key of a share image, here and in any other cache
 * that stores a page derived from one (a route's incremental-build key): a new renderer
 * or font version is a new image.
 */
export const SHARE_IMAGE_RENDERER = `${RENDERER_PACKAGE}@${packageVersion(RENDERER_PACKAGE)} ${FONT_PACKAGE}@${packageVersion(FONT_PACKAGE)} ${createHash(
  'sha256',
)
  .update(JSON.stringify({ FONT_FILES, CARD_FONTS, RENDER_OPTIONS }))
  .digest('hex')
  .slice(0, 12)}`;

let loaded: Promise<Renderer> | undefined;

/** The process's renderer, with the card's fonts registered once (they are read and parsed once). */
function renderer(): Promise<Renderer> {
  loaded ??= (async () => {
    const made = new Renderer();
    for (const { weight, style } of CARD_FONTS) {
      const file = FONT_FILES[`${weight}-${style}`];
      if (!file) throw new Error(`share-image: no font file for weight ${weight}, ${style}`);
      const data = readFileSync(require.resolve(`${FONT_PACKAGE}/${file}`));
      await made.registerFont({ name: CARD_FONT_FAMILY, weight, style, data });
    }
    return made;
  })();
  return loaded;
}

/** Where the PNGs are cached: beside Astro's cache when `$DOSSIER_CACHE_DIR` is set. */
export function shareImageCacheDir(root: string): string {
  const astro = process.env['DOSSIER_CACHE_DIR'];
  return astro
    ? path.join(path.resolve(root, astro), 'dossier-share-images')
    : path.join(root, 'node_modules/.cache/dossier/share-images');
}

/** The card rendered to PNG, without the cache. */
export async function renderShareImage(card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  const png = await (await renderer()).render(card, RENDER_OPTIONS);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
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
  const key = createHash('sha256')
    .update(SHARE_IMAGE_RENDERER)
    .update('\n')
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
  const png = await renderShareImage(card);
  mkdirSync(path.dirname(file), { recursive: true });
  // Per process and thread: two renderers of the same card never share a temporary file.
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  shareImageCounts.rendered++;
  return png;
}
