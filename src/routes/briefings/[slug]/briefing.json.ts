// /briefings/<slug>/briefing.json in `npm run dev`: the assembled briefing as data, in the format /schema/briefing.schema.json describes.
// `astro build` writes it without this route (its worker thread, src/node/export-files.ts).
import { dataFilePaths } from '../../../integration/collections.ts';
import { exportRoute } from '../../../integration/export-route.ts';

export const getStaticPaths = dataFilePaths;
export const GET = exportRoute('briefing.json');
