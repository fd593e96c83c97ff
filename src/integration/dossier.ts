// The Astro integration: before `astro build` it checks all content and, on any
// error, prints every diagnostic (the same text as `npm run check`) and stops the
// build with exit code 1, without a stack trace.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport, hasErrors } from '../core/diagnostics.ts';
import { loadSiteCached } from '../node/site-cache.ts';

export function dossier(): AstroIntegration {
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const { diagnostics } = await loadSiteCached(root);
        if (diagnostics.length === 0) return;
        const report = formatReport(diagnostics);
        if (!hasErrors(diagnostics)) {
          logger.warn(`content warnings:\n${report}`);
          return;
        }
        process.stderr.write(`${report}\n\nThe build stopped: fix the errors above (npm run check lists them without building).\n`);
        process.exit(1);
      },
    },
  };
}
