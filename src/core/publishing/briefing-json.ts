// The assembled briefing as published data (briefing.json): public URLs added,
// offsets converted to code points into source.txt, editor-only details (file,
// line, sort keys) left out. Main function: `toBriefingJson(briefing, site)`.
import type { ResolvedDate } from '../dates/dates.ts';
import {
  sourceOf,
  withoutFile,
  type Briefing,
  type Evidence,
  type SourcedAnchor,
} from '../assembly/model.ts';
import { publicUrls } from './public-urls.ts';
import { sourceOffsets, type SourceOffsets } from '../text/source-offsets.ts';
import { BRIEFING_JSON_VERSION, type BriefingJson } from '../../schema/briefing-json.ts';

export function toBriefingJson(briefing: Briefing, site: URL | string): BriefingJson {
  const urls = publicUrls(site);
  const offsets = sourceOffsets(briefing.paragraphs);
  const further = new Map(briefing.furtherSources.map((s) => [s.id, sourceOffsets(s.paragraphs)]));
  const { slug, meta, source } = briefing;
  const sourceMeta = withoutFile(source);
  const fragment = (id: string) => urls.fragment(slug, id);
  const anchor = (a: SourcedAnchor) =>
    anchorJson(a, (a.source && further.get(a.source)) || offsets, briefing);
  const evidence = (v: Evidence) => ({
    id: v.id,
    url: fragment(v.id),
    stance: v.stance,
    words: v.words,
    noteHtml: v.noteHtml,
    anchor: anchor(v.anchor),
  });
  return {
    $schema: urls.briefingSchema,
    version: BRIEFING_JSON_VERSION,
    slug,
    url: urls.briefing(slug),
    title: meta.title,
    summary: meta.summary,
    tags: meta.tags,
    ...(briefing.dates.published ? { published: briefing.dates.published } : {}),
    ...(briefing.dates.updated ? { updated: briefing.dates.updated } : {}),
    introHtml: briefing.introHtml,
    links: { annotations: urls.annotations(slug), sourceText: urls.sourceText(slug) },
    source: {
      ...sourceMeta,
      text: urls.sourceText(slug),
      paragraphs: briefing.paragraphs.map((p) => ({
        n: p.n,
        id: p.id,
        text: p.text,
        start: offsets.at(p.n, 0),
        end: offsets.at(p.n, p.text.length),
      })),
    },
    furtherSources: briefing.furtherSources.map((s) => {
      const { file: _file, paragraphs, backlinks: _backlinks, ...furtherMeta } = s;
      void _file;
      void _backlinks;
      const at = further.get(s.id) ?? sourceOffsets(paragraphs);
      return {
        ...furtherMeta,
        text: urls.furtherSourceText(slug, s.id),
        paragraphs: paragraphs.map((p) => ({
          n: p.n,
          id: p.id,
          text: p.text,
          start: at.at(p.n, 0),
          end: at.at(p.n, p.text.length),
        })),
      };
    }),
    quotes: briefing.quotes.map((q) => ({
      id: q.id,
      url: fragment(q.id),
      by: q.by,
      words: q.words,
      noteHtml: q.noteHtml,
      anchor: anchor(q.anchor),
    })),
    events: briefing.events.map((e) => ({
      id: e.id,
      url: fragment(e.id),
      date: dateJson(e.date),
      label: e.label,
      noteHtml: e.noteHtml,
      actors: e.actors,
      origin: e.origin,
      ...(e.anchor ? { anchor: anchor(e.anchor) } : {}),
      ...(e.evidence !== undefined ? { evidence: e.evidence } : {}),
      ...(e.cite !== undefined ? { cite: e.cite } : {}),
      furtherEvidence: e.furtherEvidence.map(evidence),
      reportedIn: e.reportedIn,
    })),
    notes: briefing.notes.map((n) => ({
      id: n.id,
      url: fragment(n.id),
      label: n.label,
      noteHtml: n.noteHtml,
      anchor: anchor(n.anchor),
    })),
    claims: briefing.claims.map((c) => ({
      id: c.id,
      url: fragment(c.id),
      by: c.by,
      words: c.words,
      anchor: anchor(c.anchor),
      statement: c.statement,
      appeared: c.appeared,
      made: dateJson(c.made),
      rating: { ...c.rating, scale: c.scale },
      evidence: c.evidence.map(evidence),
      reasoningHtml: c.reasoningHtml,
    })),
    actors: briefing.actors.map((a) => ({
      id: a.id,
      url: urls.actor(a.id),
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      ...(a.wikidata ? { wikidata: a.wikidata } : {}),
      ...(a.country ? { country: a.country } : {}),
      descriptionHtml: a.descriptionHtml,
      roleHtml: a.roleHtml,
      mentions: a.mentions.map((m) => {
        const at = (m.source && further.get(m.source)) || offsets;
        return {
          id: m.id,
          paragraph: m.paragraph,
          start: at.at(m.paragraph, m.start),
          end: at.at(m.paragraph, m.end),
          text: m.text,
          ...(m.source ? { source: m.source } : {}),
        };
      }),
      quotes: a.quotes,
      events: a.events,
      claims: a.claims,
    })),
  };
}

/** A note on a whole paragraph (no parts) spans that paragraph. */
function anchorJson(
  a: SourcedAnchor,
  offsets: SourceOffsets,
  briefing: Briefing,
): BriefingJson['quotes'][number]['anchor'] {
  const whole = a.parts.length === 0;
  const length = sourceOf(briefing, a).paragraphs[a.paragraph - 1]?.text.length ?? 0;
  return {
    ...(a.source !== undefined ? { source: a.source } : {}),
    paragraph: a.paragraph,
    start: offsets.at(a.paragraph, whole ? 0 : a.start),
    end: offsets.at(a.paragraph, whole ? length : a.end),
    parts: a.parts.map((r) => ({
      start: offsets.at(a.paragraph, r.start),
      end: offsets.at(a.paragraph, r.end),
    })),
  };
}

function dateJson(d: ResolvedDate): BriefingJson['events'][number]['date'] {
  return {
    wording: d.wording,
    edtf: d.edtf,
    kind: d.kind,
    ...(d.start ? { start: d.start } : {}),
    ...(d.end ? { end: d.end } : {}),
    ...(d.qualifier ? { qualifier: d.qualifier } : {}),
    relative: d.relative,
  };
}
