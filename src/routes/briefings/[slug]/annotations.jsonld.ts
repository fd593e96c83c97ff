// /briefings/<slug>/annotations.jsonld in `npm run dev`: the quotes and events as a W3C Web Annotation collection targeting source.txt.
// `astro build` writes it without this route (its worker thread, src/node/export-files.ts).
import { dataFilePaths } from '../../../integration/collections.ts';
import { exportRoute } from '../../../integration/export-route.ts';

export const getStaticPaths = dataFilePaths;
export const GET = exportRoute('annotations.jsonld');
