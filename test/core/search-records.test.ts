import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/core/search-records.ts';
import { shippedSite } from './publishing-fixture.ts';

const shipped = shippedSite();
const seed = shipped.briefing('maduro-police-cooperation');
const records = searchRecords([seed]);
const at = (url: string) => {
  const found = records.find((r) => r.url === url);
  if (!found) throw new Error(`no record ${url}`);
  return found;
};
const BRIEFING = '/briefings/maduro-police-cooperation/';
const TITLE = 'Maduro offers police cooperation to neighbours';

describe('searchRecords', () => {
  it('makes a record per briefing, quote, actor and event, each linking to its fragment', () => {
    expect(records.map((r) => r.meta.kind)).toEqual(['Briefing', ...seed.quotes.map(() => 'Quote'), ...seed.actors.map(() => 'Actor'), ...seed.events.map(() => 'Event')]);
    expect(records.map((r) => r.url)).toEqual([
      BRIEFING,
      ...seed.quotes.map((q) => `${BRIEFING}#${q.id}`),
      ...seed.actors.map((a) => `${BRIEFING}#actor-${a.id}`),
      ...seed.events.map((e) => `${BRIEFING}#${e.id}`),
    ]);
    for (const r of records) expect(r.meta).toMatchObject({ briefing: TITLE, briefingUrl: BRIEFING });
  });

  it('names what matched: the speaker and words, the actor, the dated event', () => {
    expect(at(`${BRIEFING}#q-no-longer-exists`).meta.title).toBe('Government of Venezuela: “no longer exists”');
    expect(at(`${BRIEFING}#q-success-at-the-service`).meta.title).toMatch(/^Nicolás Maduro: “It is a success .*…”$/);
    expect(at(`${BRIEFING}#actor-tren-de-aragua`)).toMatchObject({ meta: { title: 'Tren de Aragua', kind: 'Actor' }, filters: { kind: ['Actor'] } });
    expect(at(`${BRIEFING}#e-us-sanctions`).meta.title).toMatch(/^Nov 2025: The United States imposes sanctions/);
  });

  it('indexes aliases, notes as plain text, and the whole source under the briefing', () => {
    expect(at(`${BRIEFING}#actor-tren-de-aragua`).content).toContain('Tren de Aragua · Aragua Train');
    expect(at(`${BRIEFING}#e-us-sanctions`).content).toBe('The United States imposes sanctions on Tren de Aragua. · sanctions imposed by the United States last month on the Aragua Train · last month · United States · Tren de Aragua');
    expect(at(`${BRIEFING}#q-comprehensive`).content).toBe('comprehensive · Nicolás Maduro · How Maduro describes the police system Venezuela built.');
    const briefing = at(BRIEFING).content;
    for (const p of seed.paragraphs) expect(briefing).toContain(p.text);
    expect(records.every((r) => !/<[a-z/]/i.test(r.content))).toBe(true);
  });
});
