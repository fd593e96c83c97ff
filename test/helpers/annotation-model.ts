// Checks a W3C Web Annotation document against the MUST constraints of the Web
// Annotation Data Model (https://www.w3.org/TR/annotation-model/), the ones the
// WPT annotation-model tests assert (annotationMusts, bodies and targets,
// specific resources and selectors, collections and pages), and re-anchors every
// exported TextQuoteSelector with Dossier's own anchoring engine.
import { anchor, haystack } from '../../src/core/anchoring/anchoring.ts';
import { splitParagraphs } from '../../src/core/text/paragraphs.ts';
import { sliceCodePoints } from '../../src/core/text/source-offsets.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];
const SELECTOR_TYPES = [
  'FragmentSelector',
  'CssSelector',
  'XPathSelector',
  'TextQuoteSelector',
  'TextPositionSelector',
  'DataPositionSelector',
  'SvgSelector',
  'RangeSelector',
];
const XSD_DATETIME_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const FORMAT = /^(application|audio|example|image|multipart|text|video)\//;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** An absolute IRI ("format": "uri" in the WPT schemas). */
const isIri = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(v) && Boolean(new URL(v));
  } catch {
    return false;
  }
};
/** A key's values: JSON-LD lets one value stand for a one-item array. */
const values = (v: Json | undefined): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const hasType = (o: JsonObject, type: string) => values(o['type']).includes(type);

/** Every MUST violation in an AnnotationCollection (with its embedded pages), as readable strings. */
export function collectionViolations(doc: unknown): string[] {
  const out: string[] = [];
  if (!isObject(doc)) return ['the document is not a JSON object'];
  const context = doc['@context'];
  if (!(context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT))))
    out.push(`collection: @context must be (or include) ${ANNO_CONTEXT}`);
  if (!isIri(doc['id'])) out.push('collection: id must be an IRI');
  if (!hasType(doc, 'AnnotationCollection'))
    out.push('collection: type must include AnnotationCollection');
  const label = doc['label'];
  if (
    label !== undefined &&
    !(
      typeof label === 'string' ||
      (Array.isArray(label) && label.length > 0 && label.every((l) => typeof l === 'string'))
    )
  )
    out.push('collection: label must be text');
  const total = doc['total'];
  if (total !== undefined && !(Number.isInteger(total) && (total as number) >= 0))
    out.push('collection: total must be a non-negative integer');
  if (typeof total === 'number' && total > 0 && doc['first'] === undefined)
    out.push('collection: first is required when total > 0');
  if (doc['last'] !== undefined && !isIri(doc['last'])) out.push('collection: last must be an IRI');

  const items: Json[] = [];
  const first = doc['first'];
  if (first !== undefined) {
    if (isObject(first)) {
      out.push(...pageViolations(first, doc['id']));
      items.push(...values(first['items']));
    } else if (!isIri(first)) out.push('collection: first must be an IRI or an AnnotationPage');
  }
  if (
    typeof total === 'number' &&
    isObject(first) &&
    first['next'] === undefined &&
    items.length !== total
  )
    out.push(`collection: total is ${total} but its only page has ${items.length} items`);
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (isIri(item)) return;
    if (!isObject(item)) {
      out.push(`items[${i}]: must be an IRI or an Annotation`);
      return;
    }
    const id = String(item['id']);
    if (ids.has(id)) out.push(`items[${i}]: id ${id} is used twice`);
    ids.add(id);
    out.push(...annotationViolations(item, `items[${i}]`));
  });
  return out;
}

function pageViolations(page: JsonObject, collectionId: Json | undefined): string[] {
  const out: string[] = [];
  if (!isIri(page['id'])) out.push('page: id must be an IRI');
  if (!hasType(page, 'AnnotationPage')) out.push('page: type must include AnnotationPage');
  if (
    page['partOf'] !== undefined &&
    !(isIri(page['partOf']) || (isObject(page['partOf']) && isIri(page['partOf']['id'])))
  )
    out.push('page: partOf must be an IRI');
  if (isIri(page['partOf']) && page['partOf'] !== collectionId)
    out.push('page: partOf must name its collection');
  for (const key of ['next', 'prev'])
    if (page[key] !== undefined && !isIri(page[key])) out.push(`page: ${key} must be an IRI`);
  const start = page['startIndex'];
  if (start !== undefined && !(Number.isInteger(start) && (start as number) >= 0))
    out.push('page: startIndex must be a non-negative integer');
  if (!Array.isArray(page['items'])) out.push('page: items must be a list');
  return out;
}

/** The MUSTs of one Annotation (§3.1–3.3, §4). */
export function annotationViolations(a: JsonObject, where = 'annotation'): string[] {
  const out: string[] = [];
  if (!isIri(a['id'])) out.push(`${where}: id must be an IRI`);
  if (!hasType(a, 'Annotation')) out.push(`${where}: type must include Annotation`);
  if (a['target'] === undefined) out.push(`${where}: target is required`);
  values(a['target']).forEach((t, i) =>
    out.push(...resourceViolations(t, `${where}.target[${i}]`, 'target')),
  );
  if (a['body'] !== undefined && a['bodyValue'] !== undefined)
    out.push(`${where}: must not have both body and bodyValue`);
  if (a['bodyValue'] !== undefined && typeof a['bodyValue'] !== 'string')
    out.push(`${where}: bodyValue must be a string`);
  values(a['body']).forEach((b, i) =>
    out.push(...resourceViolations(b, `${where}.body[${i}]`, 'body')),
  );
  const motivation = values(a['motivation']);
  for (const m of motivation)
    if (typeof m !== 'string' || !MOTIVATIONS.includes(m))
      out.push(`${where}: motivation "${String(m)}" is not one of the model's motivations`);
  for (const key of ['created', 'modified', 'generated'])
    if (a[key] !== undefined && !(typeof a[key] === 'string' && XSD_DATETIME_UTC.test(a[key])))
      out.push(`${where}: ${key} must be an xsd:dateTime with a timezone`);
  for (const key of ['rights', 'canonical', 'via'])
    for (const v of values(a[key])) if (!isIri(v)) out.push(`${where}: ${key} must be an IRI`);
  return out;
}

function resourceViolations(r: Json, where: string, role: 'body' | 'target'): string[] {
  if (isIri(r)) return [];
  if (!isObject(r)) return [`${where}: must be an IRI or an object`];
  const out: string[] = [];
  const isTextual = r['value'] !== undefined;
  const isSpecific = r['source'] !== undefined;
  if (isTextual) {
    if (role === 'target') out.push(`${where}: a target cannot be an embedded TextualBody`);
    if (typeof r['value'] !== 'string') out.push(`${where}: a TextualBody value must be a string`);
  } else if (isSpecific) {
    const source = r['source'];
    if (!(
      isIri(source) ||
      (isObject(source) &&
        isIri(source['id']) &&
        source['value'] === undefined &&
        source['source'] === undefined)
    ))
      out.push(`${where}: source must be an IRI or an external web resource with an id`);
    if (
      !['purpose', 'selector', 'state', 'styleClass', 'renderedVia', 'scope'].some(
        (k) => r[k] !== undefined,
      )
    )
      out.push(
        `${where}: a SpecificResource needs a purpose, selector, state, styleClass, renderedVia or scope`,
      );
    values(r['selector']).forEach((s, i) =>
      out.push(...selectorViolations(s, `${where}.selector[${i}]`)),
    );
  } else if (!isIri(r['id'])) {
    out.push(`${where}: an external web resource must have an IRI id`);
  }
  for (const p of values(r['purpose']))
    if (typeof p !== 'string' || !MOTIVATIONS.includes(p))
      out.push(`${where}: purpose "${String(p)}" is not one of the model's motivations`);
  for (const f of values(r['format']))
    if (typeof f !== 'string' || !FORMAT.test(f)) out.push(`${where}: format must be a media type`);
  if (isObject(r['source']))
    for (const f of values(r['source']['format']))
      if (typeof f !== 'string' || !FORMAT.test(f))
        out.push(`${where}: source format must be a media type`);
  return out;
}

function selectorViolations(s: Json, where: string): string[] {
  if (isIri(s)) return [];
  if (!isObject(s)) return [`${where}: must be an IRI or an object`];
  const type = String(s['type']);
  if (!SELECTOR_TYPES.includes(type)) return [`${where}: unknown selector type ${type}`];
  const out: string[] = [];
  if (type === 'TextQuoteSelector') {
    if (typeof s['exact'] !== 'string') out.push(`${where}: TextQuoteSelector needs exact text`);
    for (const k of ['prefix', 'suffix'])
      if (s[k] !== undefined && typeof s[k] !== 'string') out.push(`${where}: ${k} must be text`);
  }
  if (type === 'TextPositionSelector' || type === 'DataPositionSelector') {
    const { start, end } = s;
    if (
      !Number.isInteger(start) ||
      (start as number) < 0 ||
      !Number.isInteger(end) ||
      (end as number) < 0
    )
      out.push(`${where}: start and end must be non-negative integers`);
    else if ((start as number) > (end as number)) out.push(`${where}: start must not be after end`);
  }
  return out;
}

export interface TextSelectors {
  annotation: string;
  /** The target's source: the URL of source.txt or of a further source's sources/<id>.txt. */
  source: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  start: number;
  end: number;
}

/** Every target's TextQuoteSelector + TextPositionSelector pair. */
export function textSelectors(collection: unknown): TextSelectors[] {
  const out: TextSelectors[] = [];
  if (!isObject(collection) || !isObject(collection['first'])) return out;
  for (const item of values(collection['first']['items'])) {
    if (!isObject(item)) continue;
    for (const target of values(item['target'])) {
      if (!isObject(target)) continue;
      const selectors = values(target['selector']).filter(isObject);
      const quote = selectors.find((s) => s['type'] === 'TextQuoteSelector');
      const position = selectors.find((s) => s['type'] === 'TextPositionSelector');
      if (!quote || !position) continue;
      const source = target['source'];
      out.push({
        annotation: String(item['id']),
        source: isObject(source) ? String(source['id']) : String(source),
        exact: String(quote['exact']),
        ...(typeof quote['prefix'] === 'string' ? { prefix: quote['prefix'] } : {}),
        ...(typeof quote['suffix'] === 'string' ? { suffix: quote['suffix'] } : {}),
        start: Number(position['start']),
        end: Number(position['end']),
      });
    }
  }
  return out;
}

/**
 * Re-anchors every exported TextQuoteSelector in the text its target names (the
 * published source.txt, or a further source's sources/<id>.txt) with the real engine:
 * `anchor(exact, haystack(paragraphs), {prefix, suffix})`, paragraphs split from that
 * text itself. `sourceText` is source.txt, or every text by its URL. Returns each
 * mismatch: a quote the engine cannot find, or finds elsewhere than the
 * TextPositionSelector says, or a TextPositionSelector whose code points are not
 * `exact`, or a target whose text is not given.
 */
export function reanchorMismatches(
  collection: unknown,
  sourceText: string | ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  for (const s of textSelectors(collection)) {
    const text = typeof sourceText === 'string' ? sourceText : sourceText.get(s.source);
    if (text === undefined) {
      out.push(`${s.annotation}: no text given for its target ${s.source}`);
      continue;
    }
    const paragraphs = splitParagraphs(text);
    const source = haystack(paragraphs);
    const sliced = sliceCodePoints(text, s.start, s.end);
    if (sliced !== s.exact)
      out.push(
        `${s.annotation}: ${s.source}[${s.start}, ${s.end}) is “${sliced}”, not “${s.exact}”`,
      );
    const found = anchor(s.exact, source, { prefix: s.prefix, suffix: s.suffix });
    if (!found.ok) {
      out.push(`${s.annotation}: the engine does not find “${s.exact}” (${found.reason})`);
      continue;
    }
    const paragraph = paragraphs[found.anchor.paragraph - 1];
    if (!paragraph) {
      out.push(`${s.annotation}: the engine names a paragraph that does not exist`);
      continue;
    }
    const start = codePointsBefore(text, paragraph.start + found.anchor.start);
    const end = codePointsBefore(text, paragraph.start + found.anchor.end);
    if (start !== s.start || end !== s.end)
      out.push(
        `${s.annotation}: the engine finds [${start}, ${end}), the selector says [${s.start}, ${s.end})`,
      );
  }
  return out;
}

function codePointsBefore(text: string, utf16Offset: number): number {
  return Array.from(text.slice(0, utf16Offset)).length;
}
