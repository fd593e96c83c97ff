// The page `npm run dev` serves instead of the site while content has errors: the
// same report as the terminal and `npm run check` (file:line:col, rule, message,
// hint). It reloads itself when the content changes, so fixing a file recovers.

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A complete HTML page showing `report` (the output of formatReport). */
export function contentErrorPage(report: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content errors · Dossier preview</title>
<script type="module" src="/@vite/client"></script>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
  h1 { font-size: 1.4rem; color: #b3261e; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; border: 2px solid #b3261e; border-radius: 6px; font-size: 0.95rem; }
</style>
</head>
<body>
<main>
<h1>The content has errors, so the preview cannot show it</h1>
<p>Each problem names the file, line and column, what is wrong, and a hint with the fix.
Fix the files and save: this page reloads by itself (no restart needed).
<code>npm run check</code> prints the same list.</p>
<pre id="dossier-content-errors">${escapeHtml(report)}</pre>
</main>
</body>
</html>
`;
}
