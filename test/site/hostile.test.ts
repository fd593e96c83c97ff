// Hostile input: the payload corpus placed in every free-text field leaves no
// executable code in the built HTML: no script but JSON-LD data, no event
// handler attribute, no javascript:/data:/vbscript: URL, no embedding element.
import { describe, expect, it, inject } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { pageRoutes, parsePage } from '../helpers/dist.ts';

const dist = inject('hostileDist');
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formAction',
  'data',
  'xLinkHref',
  'poster',
  'srcSet',
  'background',
  'cite',
  'ping',
];
const DANGEROUS_URL = /^(javascript|data|vbscript):/i;
const EMBEDS = [
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'meta[http-equiv]',
  'svg',
  'math',
  'style',
];

/** The search page's own form: role=search, submitting to /search/, and its input and button. */
function isOwnSearchForm(el: Element, page: ReturnType<typeof parsePage>): boolean {
  const form = selectAll('form', page);
  if (
    form.length !== 1 ||
    form[0]?.properties['role'] !== 'search' ||
    form[0]?.properties['action'] !== '/search/'
  )
    return false;
  if (el === form[0]) return true;
  return (
    (el.tagName === 'input' || el.tagName === 'button') &&
    selectAll('input, button', form[0]).includes(el)
  );
}

function normaliseUrl(value: string): string {
  // Browsers ignore control characters and whitespace inside a scheme.
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

describe('hostile input', () => {
  const routes = pageRoutes(dist);

  it('builds the hostile briefing', () => {
    expect(routes).toContain('/briefings/hostile-input/');
    expect(routes).toContain('/actors/the-mayor/');
  });

  it.each(routes)('%s carries no executable payload', (route) => {
    const page = parsePage(dist, route);
    const problems: string[] = [];
    for (const script of selectAll('script', page)) {
      const type = String(script.properties['type'] ?? '');
      if (type === 'application/ld+json') {
        const text = toString(script);
        expect(() => JSON.parse(text)).not.toThrow();
        if (/<\/script/i.test(text)) problems.push('JSON-LD contains </script');
      } else if (!script.properties['src'] || !String(script.properties['src']).startsWith('/')) {
        problems.push(`script element: ${toString(script).slice(0, 80)}`);
      }
    }
    for (const el of selectAll('*', page) as Element[]) {
      for (const [name, value] of Object.entries(el.properties)) {
        if (/^on/i.test(name)) problems.push(`<${el.tagName} ${name}>`);
        if (URL_ATTRIBUTES.includes(name) && DANGEROUS_URL.test(normaliseUrl(String(value))))
          problems.push(`<${el.tagName} ${name}="${String(value)}">`);
        if (name === 'style' && /url\(|expression\(/i.test(String(value)))
          problems.push(`<${el.tagName} style="${String(value)}">`);
      }
    }
    for (const selector of EMBEDS) {
      const found = selectAll(selector, page).filter((el) => !isOwnSearchForm(el, page));
      if (found.length > 0) problems.push(`${selector} ×${found.length}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows the editor the payloads as text instead of dropping them', () => {
    const page = parsePage(dist, '/briefings/hostile-input/');
    const text = toString(page);
    expect(text).toContain('<script>alert("xss-script")</script>');
    expect(text).toContain('onerror=');
  });
});
