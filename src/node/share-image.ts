// Renders a share card (the element tree of src/core/publishing/share-card.ts) to PNG:
// satori lays it out as SVG with Source Serif 4 from @fontsource (WOFF files: satori
// reads TTF, OTF and WOFF, not WOFF2), resvg rasterises it. Each PNG is cached on disk
// by the digest of its card and of the renderer (this file and the three libraries'
// versions), in `node_modules/.cache/dossier/share-images/` (or
// `$DOSSIER_CACHE_DIR/dossier-share-images/`), so a rebuild renders only new or changed
// cards. Main function: `shareImage(root, card)`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import {
  CARD_FONT_FAMILIES,
  CARD_FONTS,
  SHARE_IMAGE,
  type CardNode,
} from '../core/publishing/share-card.ts';

/** The font subset of each family the layout names: Latin, and Latin Extended (Polish, Turkish, Czech…). */
const SUBSETS = ['latin', 'latin-ext'] as const;
const FONT_PACKAGE = '@fontsource/source-serif-4';
const RENDERER_PACKAGES = ['satori', '@resvg/resvg-js', FONT_PACKAGE] as const;

interface Renderer {
  fonts: Font[];
  /** Digest of this file and the libraries' versions: part of every cache key. */
  version: string;
}

const renderers = new Map<string, Renderer>();

function renderer(root: string): Renderer {
  const known = renderers.get(root);
  if (known) return known;
  const require = createRequire(path.join(root, 'package.json'));
  const fonts: Font[] = CARD_FONTS.flatMap(({ weight, style }) =>
    SUBSETS.map((subset, i) => ({
      name: CARD_FONT_FAMILIES[i] ?? CARD_FONT_FAMILIES[0],
      weight,
      style,
      data: readFileSync(
        require.resolve(`${FONT_PACKAGE}/files/source-serif-4-${subset}-${weight}-${style}.woff`),
      ),
    })),
  );
  const hash = createHash('sha256');
  for (const name of RENDERER_PACKAGES) {
    const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
      version?: string;
    };
    hash.update(`${name}@${manifest.version ?? '?'}\n`);
  }
  hash.update(readFileSync(path.join(root, 'src/node/share-image.ts')));
  const made = { fonts, version: hash.digest('hex').slice(0, 16) };
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
  const { fonts } = renderer(root);
  // satori's parameter is typed as a React node; the plain element tree is what it reads.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts,
  });
  // Rasterised on one of libuv's threads, so the event loop is free meanwhile.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  });
  return new Uint8Array(image.asPng());
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
