// The names of the data files published beside each briefing page (their bytes:
// briefing-exports.ts). Its own module, free of the exports' dependencies, for the
// integration, which needs only the names when Astro loads its config.
export const BRIEFING_EXPORT_FILES = ['source.txt', 'briefing.json', 'annotations.jsonld'] as const;
export type BriefingExportFile = (typeof BRIEFING_EXPORT_FILES)[number];
