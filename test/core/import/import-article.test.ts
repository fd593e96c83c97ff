// Importing a plain-text article: the seed reproduces the shipped source.md, and
// the edge cases of the shape (no caption, no credit, CRLF, BOM, trailing spaces,
// one paragraph, other languages) keep the body verbatim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeArticle,
  importArticle,
  parseArticle,
  slugFromTitle,
  type ImportOptions,
} from '../../../src/core/import/import-article.ts';
import { creditOutletOf } from '../../../src/core/import/byline.ts';
import { detectLanguage } from '../../../src/core/import/language.ts';
import { splitFrontmatter, validateFrontmatter } from '../../../src/core/markdown/frontmatter.ts';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import { SourceSchema } from '../../../src/schema/source.ts';
import { BriefingSchema } from '../../../src/schema/briefing.ts';
import { ROOT, SEED_TXT, SOURCE, seedSource } from '../../helpers/seed-fixture.ts';

const seedText = readFileSync(SEED_TXT, 'utf8');
const shipped = readFileSync(`${ROOT}${SOURCE}`, 'utf8');

function imported(text: string, options: Partial<ImportOptions> = {}) {
  const result = importArticle(text, { file: 'article.txt', ...options });
  if (!result.value) throw new Error(`import failed: ${JSON.stringify(result.diagnostics)}`);
  return { ...result.value, diagnostics: result.diagnostics };
}

/** The body paragraphs core reads back from an imported source.md. */
function readBack(markdown: string): string[] {
  const split = splitFrontmatter(markdown);
  const meta = validateFrontmatter('source.md', split, SourceSchema, 'source');
  expect(meta.diagnostics).toEqual([]);
  return splitParagraphs(split.body, split.bodyLine).map((p) => p.text);
}

const BODY = [
  'First paragraph of the story, with “a quote” in it.',
  'Second paragraph, which ends the story.',
];

describe('importing the seed article', () => {
  it('reproduces the shipped source.md body exactly', () => {
    const article = imported(seedText, { published: '2025-12-06' });
    expect(splitFrontmatter(article.sourceMarkdown).body).toBe(splitFrontmatter(shipped).body);
    expect(article.paragraphs).toEqual(seedSource().paragraphs.map((p) => p.text));
  });

  it('reproduces the whole shipped file when given the outlet the editor chose', () => {
    const article = imported(seedText, { published: '2025-12-06', outlet: 'Europa Press' });
    expect(article.sourceMarkdown).toBe(shipped);
    expect(article.diagnostics).toEqual([]);
  });

  it('reads title, the repeated caption once, credit without its dash, dateline and language', () => {
    const article = imported(seedText, { published: '2025-12-06' });
    expect(article.meta).toEqual({
      title:
        'Maduro offers police cooperation agreements to neighboring countries to combat organized crime',
      outlet: 'European Press',
      published: '2025-12-06',
      dateline: 'Madrid, December 6 (European Press)',
      caption: 'Venezuelan President Nicolas Maduro',
      credit: 'Europa Press/Contact/Pedro Mattei',
      language: 'en',
    });
  });

  it('derives the slug from the title', () => {
    expect(imported(seedText, { published: '2025-12-06' }).slug).toBe(
      'maduro-offers-police-cooperation-agreements-neighboring',
    );
    expect(
      imported(seedText, { published: '2025-12-06', slug: 'maduro-police-cooperation' }).slug,
    ).toBe('maduro-police-cooperation');
  });

  it('stops and asks for --published: the dateline "December 6" has no year', () => {
    const result = importArticle(seedText, { file: 'seed.txt' });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        file: 'seed.txt',
        line: 10,
        column: 1,
        rule: 'import-published-missing',
        severity: 'error',
        message:
          'The dateline "Madrid, December 6 (European Press)" has no year, so the publication date is not known.',
        hint: 'Give it with --published: npm run new -- seed.txt --published YYYY-12-06',
      },
    ]);
  });

  it('writes a draft briefing.md whose only gap is the summary the editor must write', () => {
    const article = imported(seedText, { published: '2025-12-06' });
    const split = splitFrontmatter(article.briefingMarkdown);
    const result = validateFrontmatter('briefing.md', split, BriefingSchema, 'briefing');
    expect(result.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['frontmatter-invalid', 'Field "summary" must not be empty.'],
    ]);
    const filled = validateFrontmatter(
      'briefing.md',
      splitFrontmatter(
        article.briefingMarkdown.replace(
          'summary: ""',
          'summary: Maduro offers police cooperation.',
        ),
      ),
      BriefingSchema,
      'briefing',
    );
    expect(filled.data).toEqual({
      title: article.meta.title,
      summary: 'Maduro offers police cooperation.',
      tags: [],
      status: 'draft',
    });
    expect(article.briefingMarkdown).toMatch(/^status: draft$/m);
  });
});

describe('the plain-text shape', () => {
  it('takes an article with no caption and no credit', () => {
    const article = imported(
      [
        'A plain title',
        '',
        'Lisbon, 3 March 2025 (Lusa) –',
        '',
        ...BODY.join('\n\n').split('\n'),
      ].join('\n'),
    );
    expect(article.meta).toMatchObject({
      title: 'A plain title',
      outlet: 'Lusa',
      published: '2025-03-03',
      dateline: 'Lisbon, 3 March 2025 (Lusa)',
    });
    expect(article.meta.caption).toBeUndefined();
    expect(article.meta.credit).toBeUndefined();
    expect(article.paragraphs).toEqual(BODY);
  });

  it('takes a caption with no credit, and a credit with no caption', () => {
    const noCredit = imported(
      ['Title', '', 'A caption line', '', 'Paris, June 2 (AFP) –', '', BODY.join('\n\n')].join(
        '\n',
      ),
      { published: '2025-06-02' },
    );
    expect(noCredit.meta).toMatchObject({ caption: 'A caption line', outlet: 'AFP' });
    expect(noCredit.meta.credit).toBeUndefined();
    const noCaption = imported(
      ['Title', '', '— Photo Agency/Someone', '', BODY.join('\n\n')].join('\n'),
      { published: '2025-06-02', outlet: 'AFP' },
    );
    expect(noCaption.meta).toMatchObject({ credit: 'Photo Agency/Someone' });
    expect(noCaption.meta.caption).toBeUndefined();
    expect(noCaption.paragraphs).toEqual(BODY);
  });

  it('takes title and body alone when --published and --outlet are given', () => {
    const article = imported(['Title', '', BODY.join('\n\n')].join('\n'), {
      published: '2025-06-02',
      outlet: 'AFP',
    });
    expect(article.meta).toEqual({ title: 'Title', outlet: 'AFP', published: '2025-06-02' });
    expect(article.paragraphs).toEqual(BODY);
  });

  it('reads CRLF line ends, a byte-order mark and trailing spaces as if they were not there', () => {
    const clean = imported(seedText, { published: '2025-12-06' });
    const messy = seedText
      .split('\n')
      .map((line) => (line ? `${line}  \t` : line))
      .join('\r\n');
    const article = imported(`\uFEFF${messy}`, { published: '2025-12-06' });
    expect(article.sourceMarkdown).toBe(clean.sourceMarkdown);
    expect(article.sourceMarkdown).not.toMatch(/[\r\uFEFF]|[ \t]\n/);
  });

  it('imports a one-paragraph article', () => {
    const article = imported(
      'Short item\n\nBrussels, May 1 (Europa Press) -\n\nThe European Commission said on Thursday it would review the rules.\n',
      { published: '2025-05-01' },
    );
    expect(article.paragraphs).toEqual([
      'The European Commission said on Thursday it would review the rules.',
    ]);
    expect(readBack(article.sourceMarkdown)).toEqual(article.paragraphs);
  });

  it("keeps a hard-wrapped paragraph's line breaks and its words verbatim", () => {
    const article = imported(
      'Title\n\nFirst line of a paragraph\nthat wraps, “quoted”.\n\nNext one.',
      { published: '2025-05-01', outlet: 'X' },
    );
    expect(article.paragraphs).toEqual([
      'First line of a paragraph\nthat wraps, “quoted”.',
      'Next one.',
    ]);
    expect(readBack(article.sourceMarkdown)).toEqual(article.paragraphs);
  });

  it('imports non-English text verbatim and reads its dateline date', () => {
    const text = [
      'Maduro ofrece acuerdos de cooperación policial a los países vecinos',
      '',
      'El presidente de Venezuela, Nicolás Maduro',
      '',
      '- Europa Press/Contacto/Pedro Mattei',
      '',
      'MADRID, 6 Dic. (EUROPA PRESS) -',
      '',
      'El presidente de Venezuela, Nicolás Maduro, ha propuesto este viernes firmar acuerdos de cooperación en materia de seguridad ciudadana con los países vecinos para reforzar la lucha contra el crimen organizado.',
      '',
      '«Es un éxito que ponemos al servicio del combate contra las bandas criminales», ha dicho el mandatario en un acto oficial.',
    ].join('\n');
    const article = imported(text, { published: '2025-12-06' });
    expect(article.meta).toMatchObject({
      outlet: 'Europa Press',
      dateline: 'MADRID, 6 Dic. (EUROPA PRESS)',
      caption: 'El presidente de Venezuela, Nicolás Maduro',
      credit: 'Europa Press/Contacto/Pedro Mattei',
      language: 'es',
    });
    expect(article.slug).toBe('maduro-ofrece-acuerdos-cooperacion-policial-paises');
    expect(article.paragraphs[1]).toBe(
      '«Es un éxito que ponemos al servicio del combate contra las bandas criminales», ha dicho el mandatario en un acto oficial.',
    );
    expect(article.diagnostics).toEqual([]);
  });

  it('asks for --slug when the title has no Latin letters', () => {
    const text = '普京与习近平会晤\n\n北京，5月8日（新华社）——\n\n两国领导人举行会谈。';
    const result = importArticle(text, {
      file: 'a.txt',
      published: '2025-05-08',
      outlet: 'Xinhua',
    });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['import-slug-missing']);
    const ok = imported(text, {
      published: '2025-05-08',
      outlet: 'Xinhua',
      slug: 'putin-xi-meeting',
    });
    expect(ok.meta.title).toBe('普京与习近平会晤');
    expect(ok.paragraphs).toEqual(['北京，5月8日（新华社）——', '两国领导人举行会谈。']);
  });

  it('takes the date from a dateline with a year, and --published over it with a warning when they differ', () => {
    const text = 'Title\n\nWASHINGTON, Dec. 5, 2025 (Reuters) -\n\nBody.';
    expect(imported(text).meta.published).toBe('2025-12-05');
    const overridden = imported(text, { published: '2025-12-06' });
    expect(overridden.meta.published).toBe('2025-12-06');
    expect(overridden.diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['import-published-mismatch', 'warning'],
    ]);
  });

  it('reads a dateline that opens the first paragraph, and leaves the paragraph whole', () => {
    const article = imported(
      'Title\n\nWASHINGTON, Dec 5 (Reuters) - The U.S. said on Friday it would act.\n\nMore.',
      { published: '2025-12-05' },
    );
    expect(article.meta).toMatchObject({
      outlet: 'Reuters',
      dateline: 'WASHINGTON, Dec 5 (Reuters)',
    });
    expect(article.paragraphs[0]).toBe(
      'WASHINGTON, Dec 5 (Reuters) - The U.S. said on Friday it would act.',
    );
  });

  it('warns about a second, different caption instead of dropping it silently', () => {
    const result = importArticle('Title\n\nCaption one\n\nCaption two\n\n– Credit\n\nBody.', {
      file: 'a.txt',
      published: '2025-01-01',
      outlet: 'X',
    });
    expect(result.value?.meta.caption).toBe('Caption one');
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([
      ['import-header-extra', 5, 'warning'],
    ]);
  });

  it('quotes frontmatter values that YAML would misread', () => {
    const article = imported('Breaking: "Yes" or no? #1\n\nBody.', {
      published: '2025-01-01',
      outlet: 'Outlet: The Daily',
    });
    const split = splitFrontmatter(article.sourceMarkdown);
    expect(validateFrontmatter('s.md', split, SourceSchema, 'source').data).toMatchObject({
      title: 'Breaking: "Yes" or no? #1',
      outlet: 'Outlet: The Daily',
    });
  });

  it('reports each mistake in the options with its fix', () => {
    const rules = (options: Partial<ImportOptions>, text = 'Title\n\nBody.') =>
      importArticle(text, { file: 'a.txt', ...options }).diagnostics.map((d) => d.rule);
    expect(rules({ outlet: 'X' })).toEqual(['import-published-missing']);
    expect(rules({ published: '2025-02-30', outlet: 'X' })).toEqual(['import-published-invalid']);
    expect(rules({ published: '2025-01-01' })).toEqual(['import-outlet-missing']);
    expect(rules({ published: '2025-01-01', outlet: 'X', slug: 'Bad Slug' })).toEqual([
      'import-slug-invalid',
    ]);
    expect(rules({ published: '2025-01-01', outlet: 'X', url: 'ftp://x' })).toEqual([
      'import-url-invalid',
    ]);
    expect(rules({ published: '2025-01-01', outlet: 'X', language: 'english!' })).toEqual([
      'import-language-invalid',
    ]);
    expect(rules({}, '')).toEqual(['import-empty']);
    expect(rules({ published: '2025-01-01', outlet: 'X' }, 'Only a title\n')).toEqual([
      'import-no-body',
    ]);
  });

  it('parses the parts without options', () => {
    const parts = parseArticle(seedText, 'seed.txt').value;
    expect(parts?.dateline).toMatchObject({
      place: 'Madrid',
      date: 'December 6',
      month: 12,
      day: 6,
      outlet: 'European Press',
      line: 10,
    });
    expect(parts?.dateline?.year).toBeUndefined();
    expect(parts?.paragraphLines).toEqual([12, 14, 16, 18, 20, 22]);
  });
});

describe('decoding and language', () => {
  it('reads UTF-8, UTF-16 with a byte-order mark, and reports invalid bytes with their line', () => {
    expect(decodeArticle(new TextEncoder().encode('Título\n\nCuerpo.'), 'a.txt').value).toBe(
      'Título\n\nCuerpo.',
    );
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Tí'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeArticle(utf16, 'a.txt').value).toBe('Tí');
    const bad = decodeArticle(new Uint8Array([0x41, 0x0a, 0x42, 0xff]), 'bad.txt');
    expect(bad.value).toBeUndefined();
    expect(bad.diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([
      ['import-encoding', 'bad.txt', 2, 2],
    ]);
  });

  it('names the language only when one clearly leads', () => {
    expect(detectLanguage(seedText)).toBe('en');
    expect(
      detectLanguage(
        'El presidente de la república dijo que los acuerdos de seguridad son para el bien de la región y del país.',
      ),
    ).toBe('es');
    expect(detectLanguage('Maduro, Caracas.')).toBeUndefined();
  });

  it('reads Spanish full of words it shares with French and Portuguese as Spanish', () => {
    expect(
      detectLanguage(
        'Cientos de pescadores de la costa paralizaron el puerto en protesta por una resolución que, según dicen, favorece a la flota industrial. La ministra de la Producción se reunirá con los dirigentes la próxima semana, informó su despacho. Ramírez dijo que la temporada de pesca se extiende de abril a diciembre y que este año la captura cayó a la mitad.',
      ),
    ).toBe('es');
    expect(
      detectLanguage(
        'Des centaines de pêcheurs de la côte ont bloqué le port pour protester contre une décision qui, selon eux, favorise la flotte industrielle. La ministre a dit que la saison de pêche est longue et que les prises sont en baisse.',
      ),
    ).toBe('fr');
  });

  it('makes short slugs from titles in any Latin script', () => {
    expect(slugFromTitle('Ça va: «Élections» à Paris en 2025')).toBe('ca-va-elections-paris-2025');
    expect(slugFromTitle('The')).toBe('the');
  });
});

describe('wire copy in English and Spanish', () => {
  it('reads a Spanish wire dateline opening ¶1, with its abbreviated month and ".-"', () => {
    const text = [
      'Venezuela rechaza las sanciones',
      '',
      'Caracas, 5 dic (EFE).- El Gobierno venezolano rechazó este viernes las sanciones.',
      '',
      '"No aceptaremos chantajes", señaló el Gobierno en un comunicado.',
    ].join('\n');
    const result = importArticle(text, { file: 'efe.txt', published: '2025-12-05' });
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.meta).toMatchObject({
      outlet: 'EFE',
      dateline: 'Caracas, 5 dic (EFE)',
    });
  });

  it('keeps bylines and credit lines out of the body, in author and credits', () => {
    const text = [
      'Port strike extended',
      '',
      'By Sofia Lindgren',
      '',
      'PORT ALDER, British Columbia, March 14, 2025 (Reuters) - Dockworkers voted on Thursday to extend the strike.',
      '',
      'The union said talks would resume on Monday.',
      '',
      'Reporting by Priya Natarajan in Port Alder; Editing by Thomas Whitcombe',
    ].join('\n');
    const article = importArticle(text, { file: 'r.txt' }).value;
    expect(article?.meta).toMatchObject({
      outlet: 'Reuters',
      published: '2025-03-14',
      author: 'Sofia Lindgren and Priya Natarajan',
      credits: 'Reporting by Priya Natarajan in Port Alder; Editing by Thomas Whitcombe',
    });
    expect(article?.paragraphs).toHaveLength(2);
    expect(article?.paragraphs.join(' ')).not.toMatch(/Lindgren|Natarajan|Whitcombe/);
  });

  it('takes outlet and date from a "first published" line, and "Redacción:" as the byline', () => {
    const text = [
      'Co-operative sues province',
      '',
      'Redacción: Carmen Villalobos',
      '',
      'HALIFAX — A lobster co-operative has taken the province to court.',
      '',
      'This report by The Canadian Press was first published Nov. 28, 2025.',
    ].join('\n');
    const article = importArticle(text, { file: 'cp.txt' }).value;
    expect(article?.meta).toMatchObject({
      outlet: 'The Canadian Press',
      published: '2025-11-28',
      author: 'Carmen Villalobos',
    });
    expect(article?.paragraphs).toEqual([
      'HALIFAX — A lobster co-operative has taken the province to court.',
    ]);
  });

  it('capitalises each part of a hyphenated or apostrophised name in a byline in capitals', () => {
    const text = [
      'Canoes come back empty',
      '',
      "By KWESI OWUSU-ANSAH and SINEAD O'BRIEN Associated Press",
      '',
      'TEMA, Ghana (AP) — Fishermen blocked the road on Monday.',
    ].join('\n');
    const result = importArticle(text, { file: 'ap.txt', published: '2025-03-18' });
    expect(result.value?.meta.author).toBe("Kwesi Owusu-Ansah and Sinead O'Brien");
  });

  it('reads an AP dateline with no date opening ¶1, a byline in capitals with its agency, and a "contributed" line', () => {
    const text = [
      'Farmers block highways',
      '',
      'By DANIELA ORTIZ Associated Press',
      '',
      'ASUNCIÓN, Paraguay (AP) — Thousands of farmers blocked highways on Monday.',
      '',
      '“We harvested dust,” said one farmer.',
      '',
      'Associated Press writer Mateo Ferreyra in Buenos Aires, Argentina, contributed to this report.',
    ].join('\n');
    const result = importArticle(text, { file: 'ap.txt', published: '2025-03-18' });
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.meta).toMatchObject({
      outlet: 'AP',
      author: 'Daniela Ortiz',
      dateline: 'ASUNCIÓN, Paraguay (AP)',
      credits:
        'Associated Press writer Mateo Ferreyra in Buenos Aires, Argentina, contributed to this report.',
    });
    expect(result.value?.paragraphs).toHaveLength(2);
    expect(result.value?.paragraphs.join(' ')).not.toMatch(/Ferreyra|ORTIZ/);
  });

  it('reads an AP dateline whose place has a "Mc" prefix and two parts after it ("McALLEN, Texas, EE.UU. (AP) —")', () => {
    const text = [
      'Cortan el agua de riego',
      '',
      'Por JULIA REYES Associated Press',
      '',
      'McCOOK, Nebraska, EE.UU. (AP) — Los distritos cortaron el agua el viernes.',
    ].join('\n');
    const result = importArticle(text, { file: 'ap-es.txt', published: '2026-08-07' });
    expect(result.value?.meta).toMatchObject({
      outlet: 'AP',
      author: 'Julia Reyes',
      dateline: 'McCOOK, Nebraska, EE.UU. (AP)',
    });
  });

  it('keeps the Spanish sign-off of contributors ("… contribuyó a este despacho") out of the body, a sentence with the verb in it', () => {
    const text = [
      'Cierran la frontera por las protestas',
      '',
      'Por LUCÍA MENA Associated Press',
      '',
      'LIMA, Perú (AP) — Los transportistas bloquearon los accesos el martes.',
      '',
      'La cooperativa colaboró con esta información a la fiscalía.',
      '',
      'La reportera de la agencia Reuters Marta Ibáñez en Quito contribuyó a este despacho.',
      '',
      'Los periodistas Ana Solís y Pedro Lagos colaboraron.',
    ].join('\n');
    const result = importArticle(text, { file: 'ap-es.txt', published: '2026-04-07' });
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.paragraphs).toEqual([
      'LIMA, Perú (AP) — Los transportistas bloquearon los accesos el martes.',
      'La cooperativa colaboró con esta información a la fiscalía.',
    ]);
    expect(result.value?.meta.credits).toMatch(/Marta Ibáñez en Quito contribuyó a este despacho/u);
    expect(result.value?.meta.credits).toMatch(/Ana Solís y Pedro Lagos colaboraron/u);
  });

  it('leaves the agency out of "By Colleen Arsenault, The Canadian Press", and a paragraph in parentheses in the body', () => {
    const text = [
      'Hospital to close its emergency room overnight',
      '',
      'By Colleen Arsenault, The Canadian Press',
      '',
      'MONCTON, N.B. — The emergency department will close overnight.',
      '',
      'The union (NBNU) — which represents nurses — blamed understaffing.',
      '',
      'The province contributed to the fund.',
      '',
      'This report by The Canadian Press was first published Feb. 4, 2026.',
    ].join('\n');
    const article = importArticle(text, { file: 'cp.txt' }).value;
    expect(article?.meta).toMatchObject({
      outlet: 'The Canadian Press',
      published: '2026-02-04',
      author: 'Colleen Arsenault',
    });
    expect(article?.meta.dateline).toBeUndefined();
    expect(article?.paragraphs).toHaveLength(3);
  });

  it('proposes no made-up outlet when none is printed', () => {
    const result = importArticle('Title\n\nA paragraph of text.', {
      file: 'a.txt',
      published: '2025-12-06',
    });
    const hint = result.diagnostics.find((d) => d.rule === 'import-outlet-missing')?.hint;
    expect(hint).toBe(
      'Give the publisher\'s name as it should appear on the page: npm run new -- a.txt --outlet "<publisher>"',
    );
  });
});

describe('wire copy as the agencies send it: header and sign-off lines stay out of the body', () => {
  const body = 'The first paragraph of the story, told on Monday.';
  const importOf = (lines: string[], options: Partial<ImportOptions> = {}) =>
    importArticle(lines.join('\n\n'), { file: 'w.txt', published: '2025-06-10', ...options });

  it('reads a caption that ends in its photo credit, and the AP dateline after the byline', () => {
    const result = importOf([
      'Title',
      'Migrants wait in Dajabón, Monday, June 9, 2025. (AP Photo/Ana Ruiz, File)',
      'By LUIS PÉREZ and ANA GÓMEZ Associated Press',
      `SANTO DOMINGO, Dominican Republic (AP) — ${body}`,
      'Second.',
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.meta).toMatchObject({
      outlet: 'AP',
      author: 'Luis Pérez and Ana Gómez',
      caption: 'Migrants wait in Dajabón, Monday, June 9, 2025.',
      credit: 'AP Photo/Ana Ruiz, File',
      dateline: 'SANTO DOMINGO, Dominican Republic (AP)',
    });
    expect(result.value?.paragraphs).toEqual([
      `SANTO DOMINGO, Dominican Republic (AP) — ${body}`,
      'Second.',
    ]);
  });

  it('keeps "(archivo)" in the caption and reads the Europa Press credit and dateline after it', () => {
    const result = importOf(
      [
        'Título',
        'Vista de una calle de La Habana durante un apagón (archivo)',
        '- Europa Press/Contacto/Lázaro Yero',
        `MADRID, 18 Dic. (EUROPA PRESS) - ${body}`,
      ],
      { published: '2025-12-18' },
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.meta).toMatchObject({
      outlet: 'Europa Press',
      caption: 'Vista de una calle de La Habana durante un apagón (archivo)',
      credit: 'Europa Press/Contacto/Lázaro Yero',
    });
    expect(result.value?.paragraphs).toHaveLength(1);
  });

  it('reads an EFE caption ending in "EFE/Name" and a dateline whose place has its country in parentheses', () => {
    const result = importOf(
      [
        'Título',
        'Vista de la costa de Cancún, en una fotografía de archivo. EFE/Lourdes Canché',
        `Cancún (México), 14 nov (EFE).- ${body}`,
      ],
      { published: '2025-11-14' },
    );
    expect(result.value?.meta).toMatchObject({
      outlet: 'EFE',
      caption: 'Vista de la costa de Cancún, en una fotografía de archivo.',
      credit: 'EFE/Lourdes Canché',
      dateline: 'Cancún (México), 14 nov (EFE)',
    });
  });

  it('reads an AFP dateline whose place is not in capitals, only when the parenthesis names an agency', () => {
    const afp = importOf(['Title', `Kampala (AFP) - ${body}`]);
    expect(afp.value?.meta).toMatchObject({ outlet: 'AFP', dateline: 'Kampala (AFP)' });
    const union = importOf(['Title', `The union (CUPE) - ${body}`]);
    expect(union.value).toBeUndefined();
    expect(union.diagnostics.map((d) => d.rule)).toEqual(['import-outlet-missing']);
  });

  it('reads a byline with its outlet and place, and the BBC image lines', () => {
    const result = importOf([
      'Title',
      'By Chinwe Okafor, BBC News, Lagos',
      'Image source, Getty Images',
      'Image caption, Queues at petrol stations in Lagos',
      body,
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.meta).toMatchObject({
      outlet: 'BBC News',
      author: 'Chinwe Okafor',
      caption: 'Queues at petrol stations in Lagos',
      credit: 'Getty Images',
    });
    expect(result.value?.paragraphs).toEqual([body]);
  });

  it('takes sign-offs out of the body: credits in parentheses, editors’ initials, the agency, a link, "reported from"', () => {
    const result = importOf([
      'Title',
      `LIMA, 22 oct (Reuters) - ${body}`,
      'Second paragraph.',
      'Smith reported from Cusco, Peru.',
      'Associated Press writer Tomás Ibarra in Mexico City contributed.',
      '(Reporte de Teresa Céspedes; editado por Manuel Farías)',
      'ojl/rcf',
      '(c) Agencia EFE',
      'Follow AP’s coverage of Latin America at https://apnews.com/hub/latin-america',
    ]);
    expect(result.value?.paragraphs).toEqual([
      `LIMA, 22 oct (Reuters) - ${body}`,
      'Second paragraph.',
    ]);
    expect(result.value?.meta.author).toBe('Teresa Céspedes');
    expect(result.value?.meta.credits).toContain('editado por Manuel Farías');
    expect(result.value?.meta.credits).toContain('ojl/rcf');
  });

  it('takes the outlet from a copyright line when no dateline names one', () => {
    const result = importOf(['Title', body, 'Second paragraph.', '© 2025 AFP']);
    expect(result.value?.meta.outlet).toBe('AFP');
    expect(result.value?.paragraphs).toEqual([body, 'Second paragraph.']);
  });

  it('lists a line above the dateline it cannot place, and never puts it into the body', () => {
    const result = importOf([
      'Title',
      'Caption of the photo',
      'A sentence nobody recognises as a header line.',
      `WASHINGTON (AP) — ${body}`,
    ]);
    expect(result.value?.paragraphs).toEqual([`WASHINGTON (AP) — ${body}`]);
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([
      ['import-header-unplaced', 5, 'warning'],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      'Line 5 is above the dateline "WASHINGTON (AP)" but is not a caption, photo credit or byline Dossier reads, so it is left out of the body: "A sentence nobody recognises as a header line.".',
    );
  });

  it('says what it found when no outlet is printed', () => {
    const none = importOf(['Title', 'By Ana Ruiz', body]);
    expect(none.diagnostics[0]?.message).toBe(
      'The article names no outlet: no dateline was found (the body starts "The first paragraph of the story, told on Monday."), and the byline names Ana Ruiz but no outlet.',
    );
    const dated = importOf(['Title', `WASHINGTON, June 10 - ${body}`]);
    expect(dated.diagnostics.find((d) => d.rule === 'import-outlet-missing')?.message).toBe(
      'The article names no outlet: its dateline "WASHINGTON, June 10" (line 3) has no "(Outlet)", and no byline or sign-off names an agency.',
    );
  });

  it('takes a block of sign-off lines, a long copyright notice and a newsroom byline out of the body', () => {
    const efe = importOf([
      'Title',
      `Santa Cruz (Bolivia), 12 sep (EFE).- ${body}`,
      'Second paragraph.',
      'EFE\nmst/fgg/mt',
    ]);
    expect(efe.value?.paragraphs).toEqual([
      `Santa Cruz (Bolivia), 12 sep (EFE).- ${body}`,
      'Second paragraph.',
    ]);
    const ep = importOf([
      'Title',
      'MADRID, 23 Sep. (EUROPA PRESS) -',
      body,
      '© 2025 Europa Press. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos.',
    ]);
    expect(ep.value?.paragraphs).toEqual([body]);
    const tv = importOf(
      [
        'Title',
        'Foto: Presidencia de Ecuador',
        'Redacción Ecuavisa',
        'Guayaquil, 15 de agosto de 2025',
        body,
        'Con información de EFE y Reuters.',
      ],
      { published: undefined },
    );
    expect(tv.diagnostics).toEqual([]);
    expect(tv.value?.meta.outlet).toBe('Ecuavisa');
    expect(tv.value?.meta.published).toBe('2025-08-15');
    expect(tv.value?.meta.author).toBeUndefined();
    expect(tv.value?.paragraphs).toEqual([body]);
  });

  it('names each reporter once when the byline and the sign-off both name them', () => {
    const result = importOf([
      'Title',
      'By Marco Aquino and Teresa Céspedes',
      `LIMA, March 12, 2025 (Reuters) - ${body}`,
      'Additional reporting by Carla Ruiz in Piura; Writing by Marco Aquino; Editing by Sandra Maler',
    ]);
    expect(result.value?.meta.author).toBe('Marco Aquino and Teresa Céspedes');
    const reuters = importOf([
      'Title',
      'By Elida Moreno',
      `PANAMA CITY, Jan 10, 2025 (Reuters) - ${body}`,
      '(Reporting by Elida Moreno; Writing by Kylie Madry; Editing by Diane Craft)',
    ]);
    expect(reuters.value?.meta.author).toBe('Elida Moreno and Kylie Madry');
  });

  it('reads a byline printed over two lines, names then outlet, and a rule before the sign-off', () => {
    const ap = importOf([
      'Title',
      'By MAURICIO SAVARESE and ELÉONORE HUGHES\nAssociated Press',
      `SAO PAULO (AP) — ${body}`,
      '___',
      'Follow AP’s coverage of Latin America at https://apnews.com/hub/latin-america',
    ]);
    expect(ap.value?.meta.author).toBe('Mauricio Savarese and Eléonore Hughes');
    expect(ap.value?.paragraphs).toEqual([`SAO PAULO (AP) — ${body}`]);
    const bbc = importOf([
      'Title',
      'Shoppers in a market. Getty Images',
      'By Daniel Politi\nBBC News, Buenos Aires',
      body,
    ]);
    expect(bbc.value?.meta.outlet).toBe('BBC News');
    expect(bbc.value?.meta.author).toBe('Daniel Politi');
    expect(bbc.value?.paragraphs).toEqual([body]);
  });

  it('reads one word after the byline’s names as the outlet, and a place there as where it was filed', () => {
    const tv = importOf(['Title', 'Por Daniela Cedeño, Ecuavisa', body]);
    expect(tv.value?.meta.outlet).toBe('Ecuavisa');
    expect(tv.value?.meta.author).toBe('Daniela Cedeño');
    const filed = importOf(['Title', 'By Jane Doe, Nairobi', `WASHINGTON (AP) — ${body}`]);
    expect(filed.value?.meta.author).toBe('Jane Doe');
    expect(filed.value?.meta.outlet).toBe('AP');
  });

  it('reads a newspaper’s name after the byline’s names, article first, as the outlet', () => {
    const paper = importOf(['Title', 'Por Ana Lucía Rivera Soto, La Prensa Gráfica', body]);
    expect(paper.value?.meta.outlet).toBe('La Prensa Gráfica');
    expect(paper.value?.meta.author).toBe('Ana Lucía Rivera Soto');
    // A capital there is where it was filed.
    const filed = importOf(['Title', 'Por Ana Rivera, La Paz', `SUCRE (EFE) — ${body}`]);
    expect(filed.value?.meta.author).toBe('Ana Rivera');
    expect(filed.value?.meta.outlet).toBe('EFE');
  });
});

describe('a date line above the body', () => {
  const body = 'Dockers at the port walked out on Monday over pay, the union said.';
  const importOf = (stamp: string, options: Partial<ImportOptions> = {}) =>
    importArticle(['Title', 'By Lena Frost, Reuters', stamp, body].join('\n\n'), {
      file: 'd.txt',
      ...options,
    });

  it('gives the publication date and stays out of the body', () => {
    for (const stamp of [
      'Published 4 June 2025',
      'June 4, 2025, 9:30 AM EDT',
      'Publicado el 4 de junio de 2025',
    ]) {
      const result = importOf(stamp);
      expect(result.value?.meta.published).toBe('2025-06-04');
      expect(result.value?.paragraphs).toEqual([body]);
    }
  });

  it('when it says "Updated", only stays out of the body: the publication date is still asked for', () => {
    expect(importOf('Updated: June 4, 2025 9:30 a.m.').diagnostics.map((d) => d.rule)).toEqual([
      'import-published-missing',
    ]);
    expect(
      importOf('Actualizado: 04/06/2025 09:30', { published: '2025-06-03' }).value?.paragraphs,
    ).toEqual([body]);
  });
});

describe('sign-offs of other shapes', () => {
  const body = 'Dockers at the port walked out on Monday over pay, the union said.';
  const importOf = (last: string) =>
    importArticle(['Title', 'By Lena Frost, Reuters', body, last].join('\n\n'), {
      file: 's.txt',
      published: '2025-06-10',
    });

  it('keeps "With reporting by …", "Edited by …" and "Contributing: …" out of the body', () => {
    for (const line of [
      'With reporting by Ana Ruiz in Lima',
      'Additional reporting by Ana Ruiz; Edited by Tom Hale',
      'Contributing: Ana Ruiz',
    ]) {
      const result = importOf(line);
      expect(result.value?.paragraphs).toEqual([body]);
      expect(result.value?.meta.credits).toBe(line);
      expect(result.value?.meta.author).toBe('Lena Frost');
    }
  });

  it('keeps a last sentence that opens with such a word but names nobody in the body', () => {
    const line = 'Edited out of the final report, the clause was never debated.';
    expect(importOf(line).value?.paragraphs).toEqual([body, line]);
  });
});

describe('a local paper: a byline that is a name alone, a caption whose credit follows its sentence', () => {
  const body = 'Dockers at the port walked out on Monday over pay, the union said.';
  const importOf = (lines: string[], options: Partial<ImportOptions> = {}) =>
    importArticle(lines.join('\n\n'), { file: 'l.txt', published: '2025-06-10', ...options });

  it('takes the name alone as the author and the outlet from the photo credit beside the photographer', () => {
    const result = importOf([
      'Harbour cranes idle as dockers walk out',
      'Marcus Vella',
      'Cranes stand idle at the port on Monday. Photo: Jon Borg/Times of Malta',
      body,
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.meta).toMatchObject({
      outlet: 'Times of Malta',
      author: 'Marcus Vella',
      caption: 'Cranes stand idle at the port on Monday.',
      credit: 'Photo: Jon Borg/Times of Malta',
    });
    expect(result.value?.paragraphs).toEqual([body]);
  });

  it('reads the outlet of "AP Photo/Name" and "Name/La Voz de Galicia", and none from a photographer alone', () => {
    expect(creditOutletOf('AP Photo/Ana Ruiz, File')).toBe('AP');
    expect(creditOutletOf('Foto: Carla Souto/La Voz de Galicia')).toBe('La Voz de Galicia');
    expect(creditOutletOf('Photo: Rebecca Lang')).toBeUndefined();
  });

  it('refuses when no outlet is printed, saying what it found and which flag to give', () => {
    const result = importOf([
      'Harbour cranes idle as dockers walk out',
      'Marcus Vella',
      'Cranes stand idle at the port on Monday. Foto: Jon Borg',
      body,
    ]);
    expect(result.value).toBeUndefined();
    const missing = result.diagnostics.find((d) => d.rule === 'import-outlet-missing');
    expect(missing?.message).toBe(
      `The article names no outlet: no dateline was found (the body starts "${body.slice(0, 59)}…"), the byline names Marcus Vella but no outlet, and the photo credit "Foto: Jon Borg" names no outlet.`,
    );
    expect(missing?.hint).toContain('npm run new -- l.txt --outlet "<publisher>"');
    // The second header line is read as a caption: nothing is warned about or left over.
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['import-outlet-missing']);
  });

  it('reads the outlet after a name alone and a comma, and leaves out the place it was filed from', () => {
    expect(importOf(['Title', 'Marcus Vella, Times of Malta', body]).value?.meta).toMatchObject({
      outlet: 'Times of Malta',
      author: 'Marcus Vella',
    });
    const filed = importOf(['Title', 'Marcus Vella, Valletta', body], { outlet: 'X' });
    expect(filed.value?.meta.author).toBe('Marcus Vella');
    expect(filed.value?.paragraphs).toEqual([body]);
  });

  it("reads a bar between a byline's names and its outlet as a comma", () => {
    expect(importOf(['Title', 'By Lena Frost | Reuters', body]).value?.meta).toMatchObject({
      outlet: 'Reuters',
      author: 'Lena Frost',
    });
    expect(importOf(['Título', 'Por Marta Gil | El Heraldo', body]).value?.meta).toMatchObject({
      outlet: 'El Heraldo',
      author: 'Marta Gil',
    });
  });

  it('reads "Name in City" as the byline, a caption ending in "NAME SURNAME (Agency)" and a "City - date - time" stamp, none of them in the body', () => {
    const guardian = importOf(['Title', 'Torvald Eikrem in Copenhagen', body], { outlet: 'X' });
    expect(guardian.diagnostics).toEqual([]);
    expect(guardian.value?.meta.author).toBe('Torvald Eikrem');
    expect(guardian.value?.paragraphs).toEqual([body]);
    const daily = importOf(
      [
        'Título',
        'Estibadores en huelga frente a las grúas del puerto. NURIA PONS (EFE)',
        'Jordi Ferrer',
        'Valencia - 3 mar 2026 - 09:15 CET',
        body,
      ],
      { outlet: 'El Diario', published: undefined },
    );
    expect(daily.diagnostics).toEqual([]);
    expect(daily.value?.meta).toMatchObject({
      author: 'Jordi Ferrer',
      published: '2026-03-03',
      caption: 'Estibadores en huelga frente a las grúas del puerto.',
      credit: 'NURIA PONS (EFE)',
    });
    expect(daily.value?.paragraphs).toEqual([body]);
  });

  it('keeps a short title-cased line that opens with no given name out of the author', () => {
    const result = importOf(['Title', 'Port News', body], { outlet: 'X' });
    expect(result.value?.meta.author).toBeUndefined();
  });
});
