// The page `npm run dev` serves instead of the site while content has errors: the
// same report as the terminal and `npm run check` (file:line:col, rule, message,
// hint). It reloads itself when the content changes, so fixing a file recovers (it says
// which content it shows as a page does, src/browser/dev-reload.ts). A
// draft with errors gets it in place of its own page only, marked as a draft's
// (`draftErrorReport`): the rest of the site previews as usual.
import { asPublished, formatReport, type Diagnostic } from '../core/diagnostics.ts';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * For a request of a draft's page (`…/briefings/<slug>/`): the report of that draft's
 * problems as they will be once it is published, when one of them will be an error;
 * undefined otherwise.
 */
export function draftErrorReport(
  pathname: string,
  diagnostics: readonly Diagnostic[],
): { slug: string; report: string } | undefined {
  const slug = /\/briefings\/([^/]+)\/(?:index\.html)?$/.exec(pathname)?.[1];
  if (!slug) return undefined;
  const own = diagnostics.filter((d) => d.draft && d.file.includes(`/briefings/${slug}/`));
  const problems = own.map(asPublished);
  if (!problems.some((d) => d.severity === 'error')) return undefined;
  return { slug, report: formatReport(problems) };
}

/** A complete HTML page showing `report` (the output of formatReport); `draft` names the draft it is about. */
export function contentErrorPage(report: string, draft?: string): string {
  const heading = draft
    ? `The draft “${escapeHtml(draft)}” has errors, so the preview cannot show it`
    : 'The content has errors, so the preview cannot show it';
  const scope = draft
    ? `<p><strong>Draft · not published.</strong> These are its problems as they will be once it is
published (<code>npm run build</code> skips a draft, whatever its problems, and the rest of the
site previews as usual). <code>npm run check -- ${escapeHtml(draft)}</code> prints the same list.</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${draft ? 'Draft errors' : 'Content errors'} · Dossier preview</title>
<script type="module" src="/@vite/client"></script>
<script type="module">
import { createHotContext } from '/@vite/client';
const timing = performance.getEntriesByType('navigation')[0]?.serverTiming.find((t) => t.name === 'dossier-site');
createHotContext('/dossier-content-errors').send('dossier:shown', { site: timing?.description ?? '' });
</script>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
  h1 { font-size: 1.4rem; color: #b3261e; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; border: 2px solid #b3261e; border-radius: 6px; font-size: 0.95rem; }
</style>
</head>
<body>
<main>
<h1>${heading}</h1>
${scope}<p>Each problem names the file, line and column, what is wrong, and a hint with the fix.
Fix the files and save: this page reloads by itself (no restart needed).
<code>npm run check</code> prints the same list.</p>
<pre id="dossier-content-errors">${escapeHtml(report)}</pre>
</main>
</body>
</html>
`;
}
