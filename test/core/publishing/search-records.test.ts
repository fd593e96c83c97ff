// The search documents Pagefind indexes: one per briefing, parsed back as HTML the
// way Pagefind reads it: a first section with the briefing's own text, then a
// heading per quote, actor and event carrying the page's id for it.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import type { Briefing } from '../../../src/core/assembly/model.ts';
import {
  searchDocument,
  searchDocuments,
  searchSections,
  type SearchSection,
} from '../../../src/core/publishing/search-records.ts';
import { writeHostileContent } from '../../fixtures/hostile/write-content.ts';
import { PAYLOADS } from '../../fixtures/hostile/payloads.ts';
import { shippedSite, siteFrom } from '../../helpers/publishing-fixture.ts';

const shipped = shippedSite();
const seed = shipped.briefing('maduro-police-cooperation');
const BRIEFING = '/briefings/maduro-police-cooperation/';
const TITLE = 'Maduro offers police cooperation to neighbours';

const parse = (html: string): Root => fromHtml(html);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface ParsedSection {
  /** The heading's id; '' for the text before the first heading with an id. */
  id: string;
  title: string;
  paragraphs: string[];
}

/** The body cut at each heading with an id, as Pagefind cuts it into sub-results. */
function sectionsOf(tree: Root): ParsedSection[] {
  const [body] = selectAll('body', tree);
  const sections: ParsedSection[] = [
    {
      id: '',
      title: toString(selectAll('h1', tree)[0] ?? { type: 'root', children: [] }),
      paragraphs: [],
    },
  ];
  for (const node of body?.children ?? []) {
    if (node.type !== 'element') continue;
    const id = node.properties['id'];
    if (/^h[1-6]$/.test(node.tagName) && typeof id === 'string')
      sections.push({ id, title: toString(node), paragraphs: [] });
    else if (node.tagName === 'p') sections.at(-1)?.paragraphs.push(toString(node));
  }
  return sections;
}

const seedDoc = searchDocument(seed);
const seedTree = parse(seedDoc.content);
const seedSections = sectionsOf(seedTree);
const section = (id: string): ParsedSection => {
  const found = seedSections.find((s) => s.id === id);
  if (!found) throw new Error(`no section #${id}`);
  return found;
};

describe('searchDocuments', () => {
  it('makes one document per published briefing, at its page URL', () => {
    const docs = searchDocuments(shipped.site.briefings);
    expect(docs.map((d) => d.url)).toEqual(
      shipped.site.briefings.map((b) => `/briefings/${b.slug}/`),
    );
    expect(new Set(docs.map((d) => d.url)).size).toBe(shipped.site.briefings.length);
    expect(shipped.site.briefings.length).toBeGreaterThan(1);
    expect(seedDoc.url).toBe(BRIEFING);
    expect(seedDoc.title).toBe(TITLE);
  });

  it('is English, with the briefing title as the title meta and the first heading', () => {
    expect(selectAll('html', seedTree)[0]?.properties['lang']).toBe('en');
    const h1 = selectAll('h1', seedTree);
    expect(h1).toHaveLength(1);
    expect(h1[0]?.properties['dataPagefindMeta']).toBe('title');
    expect(toString(h1[0] as Element)).toBe(TITLE);
    expect(h1[0]?.properties['id']).toBeUndefined();
  });

  it('gives each quote, actor, event and claim a heading with its id on the briefing page, in page order', () => {
    expect(seedSections.map((s) => s.id)).toEqual([
      '',
      ...seed.quotes.map((q) => q.id),
      ...seed.actors.map((a) => `actor-${a.id}`),
      ...seed.events.map((e) => e.id),
      'c-gangs-defeated',
      'c-no-longer-exists',
    ]);
    expect(seedSections.slice(1).every((s) => /^(q-|actor-|e-|c-)/.test(s.id))).toBe(true);
    // Only these headings carry ids: Pagefind makes no other anchors.
    const withId = selectAll('[id]', seedTree).map((el) => el.tagName);
    expect(withId).toEqual(seedSections.slice(1).map(() => 'h2'));
  });

  it('names what matched: the speaker and words, the actor, the dated event', () => {
    expect(section('q-no-longer-exists').title).toBe('Government of Venezuela: “no longer exists”');
    expect(section('q-success-at-the-service').title).toMatch(
      /^Nicolás Maduro: “It is a success .*…”$/,
    );
    expect(section('actor-tren-de-aragua').title).toBe('Tren de Aragua');
    expect(section('e-us-sanctions').title).toMatch(
      /^Nov 2025: The United States imposes sanctions/,
    );
    expect(section('e-police-cooperation-offer').title).toMatch(/^5 Dec 2025: Maduro proposes/);
  });

  it('indexes under each heading the words, notes, aliases, evidence and actors as sentences of plain text', () => {
    expect(section('actor-tren-de-aragua').paragraphs).toEqual([
      'Also called: Aragua Train.',
      'Country: Venezuela.',
      'A transnational criminal organisation that originated in a prison in the Venezuelan state of Aragua.',
      'The gang Maduro says is "defeated"; the United States sanctioned it last month and classified it as a terrorist organization.',
    ]);
    expect(section('actor-united-states').paragraphs).toContain(
      'Also called: US, U.S., USA, Estados Unidos, EE.UU., EEUU.',
    );
    expect(section('e-us-sanctions').paragraphs).toEqual([
      'In the source: “sanctions imposed by the United States last month on the Aragua Train”.',
      'Dated from: “last month”.',
      'Actors: United States, Tren de Aragua.',
    ]);
    // An EDTF date is not wording: it is not indexed as text.
    expect(section('e-boat-strikes').paragraphs.join(' ')).not.toContain('2025-12-06');
    expect(section('c-no-longer-exists').paragraphs).toContain('Rated: Unsupported.');
    expect(section('c-no-longer-exists').paragraphs).toContain(
      'Evidence against it: “sanctions imposed by the United States last month on the Aragua Train”.',
    );
    expect(section('q-comprehensive').paragraphs).toEqual([
      'How Maduro describes the police system Venezuela built.',
    ]);
    const success = seed.quotes.find((q) => q.id === 'q-success-at-the-service');
    expect(section('q-success-at-the-service').paragraphs).toContain(`“${success?.words}”`);
    expect(section('q-success-at-the-service').paragraphs).toContain(
      'Maduro pitches the police model as something to export.',
    );
    // The title already holds the speaker and the whole of a short quote: not repeated under it.
    expect(section('q-no-longer-exists').paragraphs.join(' ')).not.toContain(
      'Government of Venezuela',
    );
  });

  it('puts the summary, tags, source and every source paragraph in the first section', () => {
    const [own] = seedSections;
    expect(own?.id).toBe('');
    expect(own?.paragraphs).toContain(seed.meta.summary);
    expect(own?.paragraphs).toContain('Tags: venezuela, organized-crime, security.');
    expect(own?.paragraphs).toContain(
      'Source: “Maduro offers police cooperation agreements to neighboring countries to combat organized crime”, Europa Press.',
    );
    const sourceParagraphs = seed.paragraphs.map((p) => collapse(p.text));
    expect(sourceParagraphs.length).toBeGreaterThan(3);
    expect(own?.paragraphs.filter((p) => sourceParagraphs.includes(p))).toEqual(sourceParagraphs);
    expect(seedDoc.content).not.toMatch(
      /<(?!\/?(?:html|head|meta|title|body|h1|h2|p)\b|!doctype)/i,
    );
  });

  it('escapes every text: payloads in every field arrive as text, never as markup', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-search-'));
    let files: Map<string, string>;
    try {
      writeHostileContent(path.join(dir, 'content'));
      files = new Map(
        readdirSync(path.join(dir, 'content'), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => {
            const full = path.join(e.parentPath, e.name);
            return [
              path.relative(dir, full).split(path.sep).join('/'),
              readFileSync(full, 'utf8'),
            ] as const;
          }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const hostile = siteFrom(files).briefing('hostile-input');
    const doc = searchDocument(hostile);
    const tree = parse(doc.content);

    const tags = new Set(selectAll('*', tree).map((el) => el.tagName));
    expect([...tags].sort()).toEqual(['body', 'h1', 'h2', 'head', 'html', 'meta', 'p', 'title']);
    const attributes = new Set(selectAll('*', tree).flatMap((el) => Object.keys(el.properties)));
    expect([...attributes].sort()).toEqual(['charSet', 'dataPagefindMeta', 'id', 'lang']);
    expect(doc.content).not.toMatch(/<(?:script|img|svg|iframe|a)\b/i);
    expect(doc.content).toContain(`&#x3C;script>alert("xss-script")`);

    // The title, `<script>`, `"` and `&` included, is the text of the heading, unchanged.
    expect(hostile.meta.title).toContain(PAYLOADS[0]);
    expect(hostile.meta.title).toContain('&#x09;');
    expect(toString(selectAll('h1', tree)[0] as Element)).toBe(hostile.meta.title);
    expect(toString(selectAll('title', tree)[0] as Element)).toBe(hostile.meta.title);
    const sections = sectionsOf(tree);
    expect(sections.find((s) => s.id === 'actor-the-mayor')?.title).toBe(
      `The Mayor ${PAYLOADS[0]}`,
    );
    expect(sections.find((s) => s.id === 'actor-the-mayor')?.paragraphs.join(' ')).toContain(
      PAYLOADS[1],
    );
    const quote = hostile.quotes[0];
    expect(quote?.words).toContain('<script>');
    expect(sections.find((s) => s.id === quote?.id)?.title).toBe(
      `The Mayor ${PAYLOADS[0]}: “${quote?.words}”`,
    );
    expect(sections[0]?.paragraphs).toContain(`Paragraph 2 quotes a payload: ${PAYLOADS[0]}`);
  });

  it('writes every character exactly as hast-util-to-html would: <, &, quotes, NUL, controls, astral and lone surrogates', () => {
    const odd =
      'a < b && c > d "q" \'s\' `t` \0 \x01 \x7F \u00A0 \u2028 \uFEFF 𝄞 😀 \uD800 \uDC00 &amp; &#x3C; \r\n\t end';
    const [quote] = seed.quotes;
    const [actor] = seed.actors;
    const [event] = seed.events;
    if (!quote || !actor || !event)
      throw new Error('the seed briefing has a quote, an actor and an event');
    const withOdd: Briefing = {
      ...seed,
      meta: { ...seed.meta, title: `Title ${odd}`, summary: `Summary ${odd}` },
      quotes: [{ ...quote, id: `q-${odd}`, words: `Words ${odd}` }, ...seed.quotes.slice(1)],
      actors: [{ ...actor, name: `Name ${odd}`, aliases: [odd] }, ...seed.actors.slice(1)],
      events: [{ ...event, label: `Label ${odd}` }, ...seed.events.slice(1)],
    };
    const expected = (b: Briefing, language: string) => {
      const [own, ...items] = searchSections(b);
      const paragraphs = (s: SearchSection): ElementContent[] => s.text.map((t) => h('p', t));
      const body: ElementContent[] = [
        h('h1', { dataPagefindMeta: 'title' }, b.meta.title),
        ...(own ? paragraphs(own) : []),
        ...items.flatMap((s) => [h('h2', { id: s.id }, s.title), ...paragraphs(s)]),
      ];
      const html = h('html', { lang: language }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('title', b.meta.title)]),
        h('body', body),
      ]);
      return `<!doctype html>${toHtml({ type: 'root', children: [html] })}`;
    };
    expect(searchDocument(withOdd).content).toContain('&#x3C;');
    expect(searchDocument(withOdd).content).toBe(expected(withOdd, 'en'));
    expect(searchDocument(withOdd, odd).content).toBe(expected(withOdd, odd));
    expect(searchDocument(seed, '').content).toBe(expected(seed, ''));
  });
});
