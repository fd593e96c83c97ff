// /briefings/<slug>/sources/<id>.txt in `npm run dev`: a further source's body exactly as anchored, the text its spans' offsets count into.
// `astro build` writes it without this route (its worker thread, src/node/export-files.ts).
import { furtherSourcePaths } from '../../../../integration/collections.ts';
import { furtherSourceRoute } from '../../../../integration/export-route.ts';

export const getStaticPaths = furtherSourcePaths;
export const GET = furtherSourceRoute();
