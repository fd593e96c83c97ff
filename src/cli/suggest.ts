// `npm run suggest -- <slug> [--write] [--all]`: prints draft annotations for a
// briefing (quotes with speaker guesses, dates resolved against `published`,
// registry actors named, names missing from the registry, claims another passage may
// contradict) and the passages of further sources that may report an event the
// briefing has. With --write they go to
// content/briefings/<slug>/drafts.md.txt and content/actors/<id>.md.txt, files that
// check and build never read until the editor renames them to .md.
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../core/diagnostics.ts';
import {
  draftActorFile,
  draftAnnotations,
  escapeInline,
  RATING_PLACEHOLDER,
  SPEAKER_PLACEHOLDER,
  STATEMENT_PLACEHOLDER,
} from '../core/suggestions/draft-annotations.ts';
import { didYouMean } from '../core/did-you-mean.ts';
import { suggest, type Suggestions } from '../core/suggestions/suggest.ts';
import { contentDirFromEnv } from '../node/content.ts';
import { readBriefing } from '../node/briefing-files.ts';
import { commandArgs } from './args.ts';

const USAGE = `Usage: npm run suggest -- <slug> [--write] [--all]

Prints draft annotations for content/briefings/<slug>/: each direct quote with a
speaker guess, each date with what it resolves to, the registry actors the article
names, the people and organisations not in the registry yet, and claims another
passage of the sources may contradict (rating and statement left for you to fill in).
Lists the passages of further sources (sources/<id>.md) that may report an event
the briefing already has.
  --write  save them as content/briefings/<slug>/drafts.md.txt and draft actor files
           content/actors/<id>.md.txt (check and build ignore .txt files)
  --all    include what the briefing already annotates
See docs/editing.md.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The first words of an event, for a line of the summary. */
function excerpt(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
}

function summary(slug: string, s: Suggestions, all: boolean): string {
  const shown = <T extends { annotated: boolean }>(list: readonly T[]) =>
    list.filter((c) => all || !c.annotated);
  const quotes = shown(s.quotes);
  const dates = shown(s.dates);
  const actors = shown(s.actors);
  const guessed = quotes.filter((q) => q.speaker).length;
  const lines = [`Suggestions for ${slug} (source published ${s.source.published}):`];
  lines.push(
    `  quotes: ${quotes.length}${quotes.length > 0 ? ` (speaker guessed for ${guessed}; ${quotes.length - guessed} with by=${SPEAKER_PLACEHOLDER})` : ''}`,
  );
  lines.push(
    `  dates: ${dates.length === 0 ? 'none' : dates.map((d) => `¶${d.paragraph} “${d.wording}” → ${d.date.edtf}`).join('; ')}`,
  );
  lines.push(
    `  registry actors named: ${actors.length === 0 ? 'none' : actors.map((a) => a.id).join(', ')}`,
  );
  lines.push(
    `  not in the registry: ${s.names.length === 0 ? 'none' : s.names.map((n) => `${n.name} (${n.kind}, ${n.paragraphs.map((p) => `¶${p}`).join(' ')})`).join('; ')}`,
  );
  const claims = shown(s.claims);
  const where = (x: { source: string; paragraph: number }) =>
    `${x.source ? `sources/${x.source}.md ` : ''}¶${x.paragraph}`;
  lines.push(
    `  claims another passage may contradict: ${claims.length === 0 ? 'none' : `${claims.map((c) => `${where(c)} “${c.words}”`).join('; ')} (drafted with rating=${RATING_PLACEHOLDER} statement="${STATEMENT_PLACEHOLDER}" for you to fill in)`}`,
  );
  for (const m of s.eventMatches)
    lines.push(
      `  sources/${m.source}.md ¶${m.paragraph} may report the event “${excerpt(m.event.words)}” (${m.event.file}:${m.event.line}, ${m.edtf}); add it as evidence:\n    :::evidence{stance=supports source=${m.source}${m.hints.p !== undefined ? ` p=${m.hints.p}` : ''}}\n    > ${escapeInline(m.evidence)}\n    :::`,
    );
  const left = [
    s.quotes.length - quotes.length,
    s.dates.length - dates.length,
    s.actors.length - actors.length,
    s.claims.length - claims.length,
  ];
  if (left.some((n) => n > 0))
    lines.push(
      `  left out, already annotated: ${left[0]} quotes, ${left[1]} dates, ${left[2]} actors, ${left[3]} claims (--all shows them)`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  const [slug, ...extra] = positionals;
  if (!slug) fail(`Which briefing? Give its folder name under content/briefings/.\n\n${USAGE}`);
  if (extra.length > 0)
    fail(`One briefing at a time: unexpected ${extra.map((e) => `"${e}"`).join(', ')}.`);

  const root = process.cwd();
  const contentDir = contentDirFromEnv(root);
  const files = await readBriefing(root, contentDir, slug);
  if (!files.source) {
    const guess = didYouMean(slug, files.slugs);
    const known = files.slugs.length > 0 ? ` Briefings: ${files.slugs.join(', ')}.` : '';
    fail(
      files.slugs.includes(slug)
        ? `${files.dir}/ has no source.md. Import the article first: npm run new -- article.txt --slug ${slug}`
        : `There is no briefing "${slug}" (no ${files.dir}/source.md).${guess ? ` Did you mean "${guess}"?` : known} Import an article with: npm run new -- article.txt`,
    );
  }
  if (files.diagnostics.length > 0) {
    process.stderr.write(
      `${files.diagnostics.map(formatDiagnostic).join('\n')}\n(actor files with errors are left out of the suggestions; npm run check lists them)\n\n`,
    );
  }
  const result = suggest({
    source: files.source,
    registry: files.registry,
    annotationFiles: files.annotationFiles,
    furtherSources: files.furtherSources,
  });
  if (result.diagnostics.length > 0)
    process.stderr.write(
      `${result.diagnostics.map(formatDiagnostic).join('\n')}\n(further sources with errors are left out of the suggestions; npm run check lists them)\n\n`,
    );
  if (!result.value)
    fail(
      `${result.diagnostics.map(formatDiagnostic).join('\n')}\nFix the source's frontmatter first: dates resolve against its "published" field.`,
    );
  const s = result.value;
  const markdown = draftAnnotations(s, { all: values.all ?? false });

  if (!values.write) {
    process.stdout.write(markdown);
    process.stderr.write(
      `\n${summary(slug, s, values.all ?? false)}\nRun again with --write to save them as ${files.dir}/drafts.md.txt and draft actor files.\n`,
    );
    return;
  }

  const draftsPath = path.join(root, files.dir, 'drafts.md.txt');
  const shown = (p: string) => path.relative(root, p).split(path.sep).join('/');
  if (await exists(draftsPath))
    fail(
      `${shown(draftsPath)} already exists. Keep what you need from it (rename it to .md or move blocks into briefing.md), delete it, then run again.`,
    );
  const written: string[] = [];
  if (markdown) {
    await writeFile(draftsPath, markdown, { flag: 'wx' });
    written.push(`${shown(draftsPath)}   the annotations`);
  }
  for (const name of s.names) {
    const target = path.join(contentDir, 'actors', `${name.id}.md`);
    if ((await exists(target)) || (await exists(`${target}.txt`))) continue;
    await writeFile(`${target}.txt`, draftActorFile(name), { flag: 'wx' });
    written.push(`${shown(`${target}.txt`)}   ${name.kind} "${name.name}"`);
  }
  console.log(`${summary(slug, s, values.all ?? false)}\n`);
  if (written.length === 0) {
    console.log('Nothing new to suggest; nothing written.');
    return;
  }
  console.log(`Wrote:\n${written.map((w) => `  ${w}`).join('\n')}

Check and build ignore .txt files. To keep a suggestion:
  - annotations: delete the blocks you do not want, replace every by=${SPEAKER_PLACEHOLDER} and check each guessed id,
    write each kept claim's statement= and rating= (check refuses every fill-in-… value), then rename drafts.md.txt to an .md name (e.g. annotations.md) or move the blocks into briefing.md;
  - actors: edit the draft and rename <id>.md.txt to <id>.md; delete the drafts you do not need.
Then: npm run check`);
}

function parse() {
  const { values, positionals } = commandArgs('suggest', USAGE, {
    write: { type: 'boolean' },
    all: { type: 'boolean' },
  });
  return { positionals, values: { write: values['write'] === true, all: values['all'] === true } };
}

await main();
