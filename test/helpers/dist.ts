// Walking a built dist/: its pages, and resolving a link to the page and the
// element it points at.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Root } from 'hast';

/** Every .html file under dist, as routes (`/briefings/x/` for …/index.html). */
export function pageRoutes(dist: string): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = path
      .relative(dist, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/');
    routes.push(
      rel === 'index.html'
        ? '/'
        : rel.endsWith('/index.html')
          ? `/${rel.slice(0, -'index.html'.length)}`
          : `/${rel}`,
    );
  }
  return routes.sort();
}

const cache = new Map<string, Root>();

export function parsePage(dist: string, route: string): Root {
  const file = fileFor(dist, route);
  if (!file) throw new Error(`no page for ${route}`);
  let root = cache.get(file);
  if (!root) {
    root = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, root);
  }
  return root;
}

/** The file a route is served from, or undefined. */
export function fileFor(dist: string, route: string): string | undefined {
  const clean = decodeURIComponent(route.split('#')[0]?.split('?')[0] ?? '/');
  const candidate = path.join(dist, clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function ids(root: Root): Set<string> {
  return new Set(selectAll('[id]', root).map((el) => String(el.properties['id'])));
}
