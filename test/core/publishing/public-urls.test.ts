import { describe, expect, it } from 'vitest';
import { publicUrls } from '../../../src/core/publishing/public-urls.ts';

/** What the WHATWG URL parser makes of `path` under `site`: the addresses must be exactly these. */
const parsed = (site: string, path: string) => new URL(path, new URL(site)).href;

const SITES = [
  'https://dossier.example.org',
  'https://dossier.example.org/',
  'https://Dossier.Example.ORG:443/briefs/',
  'http://localhost:4321',
  'https://xn--bcher-kva.example/',
  'https://[::1]:8443/',
  'file:///srv/site/',
];

// Ids as the schemas allow them, and ones they refuse, which must still come out as the parser has them.
const IDS = [
  'maduro-police-cooperation',
  'q-no-longer-exists',
  'actor-tren-de-aragua',
  'e-2',
  'p10',
  'a.b',
  '..',
  '.',
  'Caps',
  'with space',
  'ñandú',
  '%41',
  'a#b',
  'a?b',
  'a/../b',
  '',
  '日本',
];

describe('publicUrls', () => {
  it.each(SITES)('gives the same addresses as the URL parser under %s', (site) => {
    const urls = publicUrls(site);
    expect(urls.home).toBe(parsed(site, '/'));
    expect(urls.feed).toBe(parsed(site, '/rss.xml'));
    expect(urls.search).toBe(parsed(site, '/search/'));
    expect(urls.briefingSchema).toBe(parsed(site, '/schema/briefing.schema.json'));
    for (const id of IDS) {
      expect(urls.briefing(id), id).toBe(parsed(site, `/briefings/${id}/`));
      expect(urls.fragment('maduro-police-cooperation', id), id).toBe(
        parsed(site, `/briefings/maduro-police-cooperation/#${id}`),
      );
      expect(urls.fragment(id, 'q-comprehensive'), id).toBe(
        parsed(site, `/briefings/${id}/#q-comprehensive`),
      );
      expect(urls.sourceText(id), id).toBe(parsed(site, `/briefings/${id}/source.txt`));
      expect(urls.annotations(id), id).toBe(parsed(site, `/briefings/${id}/annotations.jsonld`));
      expect(urls.briefingJson(id), id).toBe(parsed(site, `/briefings/${id}/briefing.json`));
      expect(urls.actor(id), id).toBe(parsed(site, `/actors/${id}/`));
    }
  });
});
