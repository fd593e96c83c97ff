// The seed page's size budgets, read from a built site: HTML + its stylesheets,
// and its scripts (external and inline), each gzipped, as test/site/integrity.test.ts
// checks them. Main function: `pageBudget(dist, route)`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBudget {
  route: string;
  /** Gzipped bytes of the HTML and every linked stylesheet. */
  htmlCssGzip: number;
  /** Gzipped bytes of every script, external or inline. */
  jsGzip: number;
}

export const BUDGET = { htmlCssGzip: 40 * 1024, jsGzip: 10 * 1024 };

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

export function pageBudget(dist: string, route: string): PageBudget {
  const html = readFileSync(path.join(dist, route, 'index.html'));
  const text = html.toString('utf8');
  const gz = (b: Buffer) => gzipSync(b).length;
  let htmlCss = gz(html);
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel') ?? '';
    const href = attribute(tag, 'href');
    if (rel.split(/\s+/).includes('stylesheet') && href?.startsWith('/'))
      htmlCss += gz(readFileSync(path.join(dist, href)));
  }
  let js = 0;
  for (const [, attrs = '', body = ''] of text.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    const src = attribute(`<script ${attrs}>`, 'src');
    js += src?.startsWith('/')
      ? gz(readFileSync(path.join(dist, src)))
      : body.length > 0
        ? gz(Buffer.from(body))
        : 0;
  }
  return { route, htmlCssGzip: htmlCss, jsGzip: js };
}
