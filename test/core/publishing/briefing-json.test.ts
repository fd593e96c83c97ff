import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { toBriefingJson } from '../../../src/core/publishing/briefing-json.ts';
import { sliceCodePoints } from '../../../src/core/text/source-offsets.ts';
import { BriefingJsonSchema, briefingJsonSchema } from '../../../src/schema/briefing-json.ts';
import { SITE, shippedSite, tinySite } from '../../helpers/publishing-fixture.ts';

const shipped = shippedSite();
const schema = briefingJsonSchema(`${SITE}/schema/briefing.schema.json`);
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  schema,
);

describe('toBriefingJson', () => {
  it.each(shipped.site.briefings.map((b) => [b.slug, b] as const))(
    '%s: matches the zod schema and the published JSON Schema',
    (_slug, briefing) => {
      const data = JSON.parse(JSON.stringify(toBriefingJson(briefing, SITE)));
      expect(BriefingJsonSchema.safeParse(data).error).toBeUndefined();
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('the JSON Schema rejects what the format forbids', () => {
    const data = JSON.parse(
      JSON.stringify(toBriefingJson(shipped.briefing('maduro-police-cooperation'), SITE)),
    );
    data.quotes[0].anchor.start = -1;
    data.file = 'content/briefings/x/source.md';
    delete data.summary;
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual([
      ' additionalProperties',
      ' required',
      '/quotes/0/anchor/start minimum',
    ]);
  });

  it('publishes offsets as code points into source.txt, for paragraphs, quotes, events and mentions', () => {
    for (const briefing of shipped.site.briefings) {
      const data = toBriefingJson(briefing, SITE);
      const text = shipped.body(briefing);
      for (const p of data.source.paragraphs)
        expect(sliceCodePoints(text, p.start, p.end)).toBe(p.text);
      for (const q of data.quotes)
        expect(q.anchor.parts.map((r) => sliceCodePoints(text, r.start, r.end)).join(' … ')).toBe(
          q.words,
        );
      for (const e of data.events)
        if (e.anchor) expect(sliceCodePoints(text, e.anchor.start, e.anchor.end)).toBe(e.evidence);
      for (const a of data.actors)
        for (const m of a.mentions) expect(sliceCodePoints(text, m.start, m.end)).toBe(m.text);
    }
    const tiny = tinySite(
      'Emoji 🙂 first.\n\nThen Ana Ruiz said “fine”.\n',
      ':::quote{by=ana-ruiz}\n> fine\n:::\n',
    );
    const b = tiny.briefing('tiny');
    const data = toBriefingJson(b, SITE);
    const text = tiny.body(b);
    expect(data.quotes[0]?.anchor.start).toBe(text.indexOf('fine') - 1);
    expect(
      sliceCodePoints(text, data.quotes[0]?.anchor.start ?? 0, data.quotes[0]?.anchor.end ?? 0),
    ).toBe('fine');
  });

  it('leaves out what only the editor needs and spans the whole paragraph for a note on it', () => {
    const data = toBriefingJson(shipped.briefing('valparaiso-port-strike'), SITE);
    expect(JSON.stringify(data)).not.toMatch(/"(file|line|min|max|backlinks)":/);
    const note = data.notes[0];
    const p5 = data.source.paragraphs[4];
    expect(note?.anchor).toEqual({ paragraph: 5, start: p5?.start, end: p5?.end, parts: [] });
    expect(data.events.find((e) => e.id === 'e-talks-open')).toMatchObject({
      origin: 'context',
      cite: 'https://example.org/coastal-wire/2026/02/port-contract-talks',
      date: { edtf: '2026-02~', qualifier: 'approximate' },
    });
    expect(data.links).toEqual({
      annotations: `${SITE}/briefings/valparaiso-port-strike/annotations.jsonld`,
      sourceText: `${SITE}/briefings/valparaiso-port-strike/source.txt`,
    });
  });
});
