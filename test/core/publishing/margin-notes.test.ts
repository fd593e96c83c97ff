import { describe, expect, it } from 'vitest';
import { marginNotes } from '../../../src/core/publishing/margin-notes.ts';
import { shippedSite } from '../../helpers/publishing-fixture.ts';

const seed = shippedSite().briefing('maduro-police-cooperation');

describe('marginNotes', () => {
  it("numbers a paragraph's notes in order and says what each is, a quote by its first words", () => {
    const { notes, refs } = marginNotes(seed, seed.backlinks[3] ?? []);
    expect(notes.map((n) => [n.n, n.kindLabel, n.line])).toEqual([
      [1, 'Quote', 'Nicolás Maduro: “comprehensive”'],
      [2, 'Quote', 'Nicolás Maduro: “scientific”'],
      [3, 'Quote', 'Nicolás Maduro: “defeated, defeated and disappeared.”'],
      [4, 'Claim', 'Nicolás Maduro, rated Disputed'],
    ]);
    expect(refs.get('c-gangs-defeated')).toEqual({
      n: 4,
      label: 'Note 4: claim, Nicolás Maduro, rated Disputed',
    });
    // The claim unfolds to its statement and leads to the full claim.
    expect(notes[3]).toMatchObject({
      text: 'Gangs such as Tren de Aragua and Tren del Llano have been defeated and have disappeared.',
      more: { href: '#c-gangs-defeated', label: 'the full claim' },
      marked: true,
    });
  });

  it('keeps an event’s whole label (the folded line has its date), and names what evidence bears on', () => {
    const six = marginNotes(seed, seed.backlinks[6] ?? []).notes;
    expect(six[0]).toMatchObject({ kindLabel: 'Event', line: 'up to 6 Dec 2025' });
    expect(six[0]?.text).toBe(
      'The United States bombs boats of alleged drug traffickers in the Caribbean and the Pacific, an escalating campaign by the time of the report.',
    );
    const five = marginNotes(seed, seed.backlinks[5] ?? []).notes;
    const evidence = five.filter((n) => n.kind === 'evidence');
    expect(evidence.map((n) => n.line)).toEqual([
      'against the claim “Tren de Aragua no longer exists in…”',
      'against the claim “Gangs such as Tren de Aragua and…”',
    ]);
    expect(evidence[0]?.more?.href).toBe('#c-no-longer-exists-v1');
  });

  it('writes dates in the language it is given', () => {
    const first = marginNotes(seed, seed.backlinks[1] ?? [], 'es').notes[0];
    expect(first?.line).toBe('5 dic 2025');
  });
});
