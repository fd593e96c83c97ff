// Reading built pages for site tests: parse with hast, query with CSS selectors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

export function readPage(dist: string, route: string): Root {
  const file = path.join(
    dist,
    route.replace(/^\//, ''),
    route.endsWith('.html') ? '' : 'index.html',
  );
  return fromHtml(readFileSync(file, 'utf8'));
}

export { select, selectAll, toString };

export function attr(el: Element | undefined, name: string): string | undefined {
  const value = el?.properties[name];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The element with `id`, or undefined. */
export function byId(root: Root, id: string): Element | undefined {
  return select(`[id="${id}"]`, root);
}

/** The nearest ancestor-or-self of `target` matching `predicate`, via a parent walk. */
export function ancestors(root: Root, target: Element): Element[] {
  const chain: Element[] = [];
  const walk = (node: Root | Element, trail: Element[]): boolean => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child === target) {
        chain.push(...trail);
        return true;
      }
      if (walk(child, [...trail, child])) return true;
    }
    return false;
  };
  walk(root, []);
  return chain.reverse();
}
