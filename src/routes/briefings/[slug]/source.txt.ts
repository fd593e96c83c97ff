// /briefings/<slug>/source.txt in `npm run dev`: the source body exactly as anchored, the text every TextPositionSelector and briefing.json offset counts into.
// `astro build` writes it without this route (its worker thread, src/node/export-files.ts).
import { dataFilePaths } from '../../../integration/collections.ts';
import { exportRoute } from '../../../integration/export-route.ts';

export const getStaticPaths = dataFilePaths;
export const GET = exportRoute('source.txt');
