import { describe, expect, it } from 'vitest';
import {
  annotationCollection,
  CONTEXT_LENGTH,
  quoteSelector,
  type SourceSpanTarget,
  type WebAnnotation,
} from '../../../src/core/publishing/web-annotation.ts';
import { sliceCodePoints } from '../../../src/core/text/source-offsets.ts';
import {
  collectionViolations,
  reanchorMismatches,
  textSelectors,
} from '../../helpers/annotation-model.ts';
import { SITE, shippedSite, tinySite } from '../../helpers/publishing-fixture.ts';

const shipped = shippedSite();
const seed = shipped.briefing('maduro-police-cooperation');
const second = shipped.briefing('valparaiso-port-strike');
const seedCollection = annotationCollection(seed, SITE);
const secondCollection = annotationCollection(second, SITE);
const item = (collection: typeof seedCollection, id: string): WebAnnotation => {
  const found = collection.first.items.find((a) => a.id.endsWith(`#${id}`));
  if (!found) throw new Error(`no annotation ${id}`);
  return found;
};
const spans = (a: WebAnnotation): SourceSpanTarget[] =>
  typeof a.target === 'string' ? [] : Array.isArray(a.target) ? a.target : [a.target];

describe('annotationCollection: the W3C Web Annotation Data Model MUSTs', () => {
  it.each([
    ['seed', seedCollection],
    ['second', secondCollection],
  ])('%s: no MUST is violated', (_name, collection) => {
    expect(collectionViolations(JSON.parse(JSON.stringify(collection)))).toEqual([]);
  });

  it('the checker catches what the model forbids', () => {
    const broken = JSON.parse(JSON.stringify(seedCollection));
    broken['@context'] = 'https://schema.org';
    broken.total = 99;
    const [a, b] = broken.first.items;
    a.motivation = 'quoting';
    a.bodyValue = 'both body and bodyValue';
    delete b.target;
    b.body[1].source = 'not an IRI';
    broken.first.items[2].target.selector = [
      { type: 'TextPositionSelector', start: 5, end: 2 },
      { type: 'TextQuoteSelector', prefix: 'x' },
    ];
    expect(collectionViolations(broken)).toEqual([
      'collection: @context must be (or include) http://www.w3.org/ns/anno.jsonld',
      'collection: total is 99 but its only page has 14 items',
      'items[0]: must not have both body and bodyValue',
      'items[0]: motivation "quoting" is not one of the model\'s motivations',
      'items[1]: target is required',
      'items[1].body[1]: source must be an IRI or an external web resource with an id',
      'items[2].target[0].selector[0]: start must not be after end',
      'items[2].target[0].selector[1]: TextQuoteSelector needs exact text',
    ]);
  });

  it('is one AnnotationCollection of one embedded page with an annotation per quote and per event', () => {
    expect(seedCollection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(seedCollection.id).toBe(
      `${SITE}/briefings/maduro-police-cooperation/annotations.jsonld`,
    );
    // Five quotes, five events, two claims and their two pieces of evidence.
    expect(seedCollection.total).toBe(
      seed.quotes.length +
        seed.events.length +
        seed.claims.length +
        seed.claims.flatMap((c) => c.evidence).length,
    );
    expect(seedCollection.total).toBe(14);
    expect(seedCollection.first).toMatchObject({
      type: 'AnnotationPage',
      partOf: seedCollection.id,
      startIndex: 0,
    });
    expect(seedCollection.first.items.map((a) => a.id.split('#')[1])).toEqual([
      ...seed.quotes.map((q) => q.id),
      ...seed.events.map((e) => e.id),
      'c-gangs-defeated',
      'c-no-longer-exists',
      'c-gangs-defeated-v1',
      'c-no-longer-exists-v1',
    ]);
    const claim = item(seedCollection, 'c-gangs-defeated');
    expect(claim.motivation).toBe('assessing');
    expect(claim.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'assessing',
      format: 'text/plain',
      value: 'Disputed: The sources hold evidence against the claim that they do not settle.',
    });
    const evidence = item(seedCollection, 'c-gangs-defeated-v1');
    expect(evidence.motivation).toBe('linking');
    expect(evidence.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'tagging',
      format: 'text/plain',
      value: 'contradicts',
    });
    expect(seedCollection.last).toBe(seedCollection.first.id);
  });

  it('gives a quote the speaker as an identifying body, the note as a commenting body, and motivation identifying', () => {
    const a = item(seedCollection, 'q-comprehensive');
    expect(a.motivation).toBe('identifying');
    expect(a.body).toEqual([
      { type: 'SpecificResource', purpose: 'classifying', source: 'https://schema.org/Quotation' },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: { id: `${SITE}/actors/nicolas-maduro/#actor`, label: 'Nicolás Maduro' },
      },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        format: 'text/html',
        value: '<p>How Maduro describes the police system Venezuela built.</p>',
      },
    ]);
    expect(item(seedCollection, 'q-scientific').body).toHaveLength(2);
  });

  it('gives an event its description, its EDTF date as a tag and its actors, motivation describing', () => {
    const a = item(seedCollection, 'e-us-sanctions');
    expect(a.motivation).toBe('describing');
    expect(a.body).toEqual([
      { type: 'SpecificResource', purpose: 'classifying', source: 'https://schema.org/Event' },
      {
        type: 'TextualBody',
        purpose: 'describing',
        format: 'text/html',
        value: '<p>The United States imposes sanctions on Tren de Aragua.</p>',
      },
      { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: '2025-11' },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: { id: `${SITE}/actors/united-states/#actor`, label: 'United States' },
      },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: { id: `${SITE}/actors/tren-de-aragua/#actor`, label: 'Tren de Aragua' },
      },
    ]);
    expect(item(secondCollection, 'e-mediation').body[1]).toEqual({
      type: 'TextualBody',
      purpose: 'describing',
      format: 'text/plain',
      value: 'mediated the final round of talks last week',
    });
  });

  it('targets source.txt with a TextQuoteSelector and a TextPositionSelector for the same span', () => {
    const [target] = spans(item(seedCollection, 'q-no-longer-exists'));
    expect(target).toEqual({
      type: 'SpecificResource',
      source: {
        id: `${SITE}/briefings/maduro-police-cooperation/source.txt`,
        type: 'Text',
        format: 'text/plain',
        language: 'en',
      },
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'no longer exists',
          prefix: 'atedly defended that the group “',
          suffix: '” in the country, describing it ',
        },
        { type: 'TextPositionSelector', start: expect.any(Number), end: expect.any(Number) },
      ],
    });
    const [, position] = target?.selector ?? [];
    expect(sliceCodePoints(shipped.body(seed), position?.start ?? 0, position?.end ?? 0)).toBe(
      'no longer exists',
    );
  });

  it('exports an elided quote as one target per quoted part, so the elided words are not selected', () => {
    const targets = spans(item(secondCollection, 'q-every-line'));
    expect(targets.map((t) => t.selector[0].exact)).toEqual([
      'We have signed in good faith,',
      'we will hold them to every line.',
    ]);
    const [first, last] = targets.map((t) => t.selector[1]);
    expect(sliceCodePoints(shipped.body(second), first?.end ?? 0, last?.start ?? 0)).toBe(' and ');
    expect(targets.every((t) => !t.selector[0].exact.includes('and we'))).toBe(true);
  });

  it('targets the citation of an outside-context event, which has no span in the source', () => {
    expect(item(secondCollection, 'e-talks-open').target).toBe(
      'https://example.org/coastal-wire/2026/02/port-contract-talks',
    );
  });
});

describe('re-anchoring every exported selector with the anchoring engine', () => {
  it.each([
    ['seed', seedCollection, shipped.body(seed)],
    ['second', secondCollection, shipped.body(second)],
  ])(
    '%s: every TextQuoteSelector lands on its TextPositionSelector span',
    (_name, collection, body) => {
      const selectors = textSelectors(collection);
      expect(selectors.length).toBeGreaterThanOrEqual(
        collection.first.items.filter((a) => typeof a.target !== 'string').length,
      );
      expect(reanchorMismatches(collection, body)).toEqual([]);
    },
  );

  it('notices a selector that points at the wrong span', () => {
    const moved = JSON.parse(JSON.stringify(seedCollection));
    const target = moved.first.items[1].target;
    target.selector[1].start += 1;
    target.selector[1].end += 1;
    const mismatches = reanchorMismatches(moved, shipped.body(seed));
    expect(mismatches).toHaveLength(2);
    expect(mismatches[0]).toMatch(
      /#q-comprehensive: \S*\/source\.txt\[\d+, \d+\) is “omprehensive”/,
    );
    expect(mismatches[1]).toMatch(
      /#q-comprehensive: the engine finds \[\d+, \d+\), the selector says/,
    );
  });

  it('counts code points, not UTF-16 units, and keeps prefix and suffix inside the paragraph', () => {
    const body =
      'The mayor 🙂 said the plan was on track.\n\nThe council said it was “a step forward” 🎉 today.\n';
    const tiny = tinySite(
      body,
      ':::quote{by=city-council}\n> a step forward\n:::\n\n:::quote{by=ana-ruiz}\n> The mayor\n:::\n',
    );
    const b = tiny.briefing('tiny');
    const collection = annotationCollection(b, SITE);
    const text = tiny.body(b);
    const [step, mayor] = collection.first.items.map((a) => spans(a)[0]);
    const utf16 = text.indexOf('a step forward');
    const codePoints = Array.from(text.slice(0, utf16)).length;
    expect(codePoints).toBe(utf16 - 1);
    expect(step?.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: codePoints,
      end: codePoints + 'a step forward'.length,
    });
    expect(step?.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'a step forward',
      prefix: 'The council said it was “',
      suffix: '” 🎉 today.',
    });
    expect(mayor?.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'The mayor',
      suffix: ' 🙂 said the plan was on track.',
    });
    expect(reanchorMismatches(collection, text)).toEqual([]);
    expect(collectionViolations(JSON.parse(JSON.stringify(collection)))).toEqual([]);
  });
});

describe('quoteSelector', () => {
  const text = 'x'.repeat(40) + 'needle' + 'y'.repeat(40);
  it(`keeps ${CONTEXT_LENGTH} characters each side`, () => {
    expect(quoteSelector(text, { start: 40, end: 46 })).toEqual({
      type: 'TextQuoteSelector',
      exact: 'needle',
      prefix: 'x'.repeat(CONTEXT_LENGTH),
      suffix: 'y'.repeat(CONTEXT_LENGTH),
    });
  });

  it('leaves out an empty prefix or suffix and never splits a surrogate pair', () => {
    expect(quoteSelector('needle', { start: 0, end: 6 })).toEqual({
      type: 'TextQuoteSelector',
      exact: 'needle',
    });
    const astral = `🙂${'a'.repeat(CONTEXT_LENGTH - 1)}needle${'b'.repeat(CONTEXT_LENGTH - 1)}🙂`;
    const start = astral.indexOf('needle');
    const selector = quoteSelector(astral, { start, end: start + 6 });
    expect(selector.prefix).toBe('a'.repeat(CONTEXT_LENGTH - 1));
    expect(selector.suffix).toBe('b'.repeat(CONTEXT_LENGTH - 1));
  });
});
