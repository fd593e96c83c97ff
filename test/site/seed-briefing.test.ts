// The seed briefing as built by `astro build`: stable ids, quote ↔ ¶ links both
// ways, dates at their own precision.
import { describe, expect, it, inject } from 'vitest';
import { ancestors, attr, byId, readPage, selectAll, toString } from '../helpers/html.ts';

const dist = inject('seedDist');
const page = readPage(dist, '/briefings/maduro-police-cooperation/');

const expectedQuotes: [string, number][] = [
  ['q-success-at-the-service', 2],
  ['q-comprehensive', 3],
  ['q-scientific', 3],
  ['q-defeated-and-disappeared', 3],
  ['q-no-longer-exists', 5],
];

describe('seed briefing page', () => {
  it('gives each of the six source paragraphs its stable id holding its text', () => {
    for (let n = 1; n <= 6; n++) expect(byId(page, `p${n}`)?.tagName).toBe('p');
    expect(toString(byId(page, 'p1')!)).toMatch(
      /^On Friday, Venezuelan President Nicolas Maduro proposed/,
    );
    expect(toString(byId(page, 'p6')!)).toMatch(/targets inside Venezuela\.$/);
    expect(byId(page, 'p7')).toBeUndefined();
  });

  it.each(expectedQuotes)('links quote %s to its span in ¶%i and back', (id, n) => {
    const card = byId(page, id);
    expect(card).toBeDefined();
    const links = selectAll('a[href]', card!).map((a) => attr(a, 'href'));
    expect(links).toContain(`#src-${id}`);
    const span = byId(page, `src-${id}`);
    expect(span?.tagName).toBe('mark');
    const paragraph = ancestors(page, span!).find((el) => el.tagName === 'p');
    expect(attr(paragraph, 'id')).toBe(`p${n}`);
    const item = ancestors(page, paragraph!).find((el) => el.tagName === 'li');
    const back = selectAll('.backlinks a[href]', item!).map((a) => attr(a, 'href'));
    expect(back).toContain(`#${id}`);
  });

  it('highlights exactly the quoted words', () => {
    expect(toString(byId(page, 'src-q-comprehensive')!)).toBe('comprehensive');
    expect(toString(byId(page, 'src-q-no-longer-exists')!)).toBe('no longer exists');
  });

  it('dates “On Friday” as 2025-12-05 and “last month” as 2025-11', () => {
    const friday = byId(page, 'e-police-cooperation-offer')!;
    expect(selectAll('time', friday).map((t) => attr(t, 'dateTime'))).toEqual(['2025-12-05']);
    const sanctions = byId(page, 'e-us-sanctions')!;
    expect(selectAll('time', sanctions).map((t) => attr(t, 'dateTime'))).toEqual(['2025-11']);
  });

  it('links every event with evidence to its span, and the span back', () => {
    const events = selectAll('li.event', page);
    expect(events.length).toBeGreaterThanOrEqual(4);
    for (const event of events) {
      const id = attr(event, 'id')!;
      expect(selectAll('a[href]', event).map((a) => attr(a, 'href'))).toContain(`#src-${id}`);
      expect(byId(page, `src-${id}`)).toBeDefined();
    }
  });

  it('gives each actor a card with id actor-<id>, and mentions link to it', () => {
    for (const id of [
      'nicolas-maduro',
      'tren-de-aragua',
      'united-states',
      'venezuela',
      'tren-del-llano',
      'europa-press',
    ]) {
      expect(byId(page, `actor-${id}`), id).toBeDefined();
    }
    const mentionTargets = new Set(selectAll('a.mention', page).map((a) => attr(a, 'href')));
    expect(mentionTargets).toContain('#actor-tren-de-aragua');
    for (const href of mentionTargets) expect(byId(page, href!.slice(1))).toBeDefined();
  });
});
