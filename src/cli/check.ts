// `npm run check`: validates all content without building. Prints every
// diagnostic as `path:line:col  rule  message` with its hint; exit 1 on errors.
import { formatReport, hasErrors } from '../core/diagnostics.ts';
import { loadSite } from '../node/content.ts';

const root = process.cwd();
const { value: site, diagnostics } = await loadSite(root);
const report = formatReport(diagnostics);
if (hasErrors(diagnostics)) {
  console.error(report);
  process.exitCode = 1;
} else {
  if (diagnostics.length > 0) console.warn(report);
  const n = site.briefings.length + site.drafts.length;
  console.log(
    `Checked ${n} briefing${n === 1 ? '' : 's'} and ${site.actors.length} actor${site.actors.length === 1 ? '' : 's'}: no errors.`,
  );
}
