// The version of the share-image renderer (src/node/share-image.ts): part of the key of
// every share.png the incremental build reuses (src/integration/collections.ts) and of
// the renderer's own PNG cache. Change it whenever the renderer draws a card differently
// with the same libraries (Astro keys the route's code and the lock file on its own).
export const SHARE_IMAGE_RENDERER = 'satori 0 + resvg-js + sharp, Source Serif 4 TTF, text as text';
