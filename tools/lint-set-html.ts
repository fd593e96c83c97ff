// Lint rule "no-unsafe-set-html": `set:html` in an .astro file may only take HTML
// that was made safe upstream: a `…Html` field (core renders these through
// rehype-sanitize, src/core/markdown/markdown.ts) or a call to one of the escaping
// renderers below. Anything else (a raw string, a template, a prop) fails.
// Usage: npx tsx tools/lint-set-html.ts [dir]  (npm run lint)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Renderers that escape every text they are given (hast / JSON serialisers). */
export const SAFE_RENDERERS = ['segmentsToHtml', 'jsonLdHtml'];
const SAFE_FIELD = /^[A-Za-z_$][\w$]*(\??\.[A-Za-z_$][\w$]*)*Html$/;
const SAFE_CALL = new RegExp(`^(${SAFE_RENDERERS.join('|')})\\(`);

export interface LintProblem {
  file: string;
  line: number;
  column: number;
  expression: string;
}

/** Every `set:html={…}` in `source` whose expression is not a sanitised field or safe renderer call. */
export function lintSetHtml(source: string, file: string): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const m of source.matchAll(/set:html\s*=\s*/g)) {
    const start = m.index + m[0].length;
    let expression: string;
    if (source[start] === '{') {
      let depth = 0;
      let end = start;
      for (; end < source.length; end++) {
        if (source[end] === '{') depth++;
        else if (source[end] === '}' && --depth === 0) break;
      }
      expression = source.slice(start + 1, end).trim();
    } else {
      expression = source.slice(start, source.indexOf(' ', start)).trim();
    }
    if (SAFE_FIELD.test(expression) || SAFE_CALL.test(expression)) continue;
    const before = source.slice(0, m.index).split('\n');
    problems.push({
      file,
      line: before.length,
      column: (before[before.length - 1]?.length ?? 0) + 1,
      expression,
    });
  }
  return problems;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.astro'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function lintDirectory(dir: string): LintProblem[] {
  return astroFiles(dir).flatMap((file) =>
    lintSetHtml(readFileSync(file, 'utf8'), path.relative(process.cwd(), file)),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = lintDirectory(process.argv[2] ?? 'src');
  for (const p of problems) {
    console.error(
      `${p.file}:${p.line}:${p.column}  no-unsafe-set-html  set:html={${p.expression}} is not known to be sanitised.\n    hint: render editor text with {…} (Astro escapes it), or pass HTML made by core's sanitiser (a …Html field) or ${SAFE_RENDERERS.join('/')}.`,
    );
  }
  if (problems.length > 0) process.exitCode = 1;
  else console.log('no-unsafe-set-html: 0 problems');
}
