// `npm run new -- <article.txt|-> [--slug s] [--published YYYY-MM-DD] [--outlet name] [--url url] [--language tag]`:
// imports a plain-text article into content/briefings/<slug>/ (source.md and a
// briefing.md to fill in). Never overwrites; user mistakes print a message, not a stack.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic, hasErrors } from '../core/diagnostics.ts';
import { decodeArticle, importArticle } from '../core/import/import-article.ts';
import { contentDirFromEnv } from '../node/content.ts';
import { commandArgs } from './args.ts';

const USAGE = `Usage: npm run new -- <article.txt | -> [--slug <slug>] [--published YYYY-MM-DD] [--outlet <name>] [--url <url>] [--language <tag>]

Imports a plain-text article (title line; optional photo caption; optional credit
line starting with a dash; optional dateline "City, Month Day (Outlet) –"; body
paragraphs separated by blank lines) into content/briefings/<slug>/.
"-" reads the article from standard input. See docs/editing.md.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

async function main(): Promise<void> {
  const args = parse();
  const [input, ...extra] = args.positionals;
  if (!input)
    fail(`Which article? Give the path of a plain-text file, or - for standard input.\n\n${USAGE}`);
  if (extra.length > 0)
    fail(
      `One article at a time: unexpected ${extra.map((e) => `"${e}"`).join(', ')}. Put values with spaces in quotes, e.g. --outlet "Europa Press".`,
    );

  const file = input === '-' ? '<stdin>' : input;
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readStdin() : new Uint8Array(await readFile(input));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `Cannot read ${file}: there is no such file.`
        : code === 'EISDIR'
          ? `${file} is a folder; give the article's .txt file.`
          : `Cannot read ${file}: ${(e as Error).message}`,
    );
  }
  const decoded = decodeArticle(bytes, file);
  if (decoded.value === undefined) fail(decoded.diagnostics.map(formatDiagnostic).join('\n'));

  const { values } = args;
  const result = importArticle(decoded.value, {
    file,
    slug: values.slug,
    published: values.published,
    outlet: values.outlet,
    url: values.url,
    language: values.language,
  });
  if (result.diagnostics.length > 0)
    process.stderr.write(`${result.diagnostics.map(formatDiagnostic).join('\n')}\n`);
  if (hasErrors(result.diagnostics) || !result.value)
    fail('Nothing was written: fix the problems above and run it again.');
  const article = result.value;

  const root = process.cwd();
  const contentDir = contentDirFromEnv(root);
  const dir = path.join(contentDir, 'briefings', article.slug);
  const shown = (p: string) => path.relative(root, p).split(path.sep).join('/') || '.';
  await mkdir(path.dirname(dir), { recursive: true });
  try {
    await mkdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      fail(
        `${shown(dir)}/ already exists, and an import never overwrites a briefing.\nChoose another folder name with --slug <slug>, or delete that folder first.`,
      );
    }
    throw e;
  }
  const sourcePath = path.join(dir, 'source.md');
  const briefingPath = path.join(dir, 'briefing.md');
  await writeFile(sourcePath, article.sourceMarkdown, { flag: 'wx' });
  await writeFile(briefingPath, article.briefingMarkdown, { flag: 'wx' });

  const n = article.paragraphs.length;
  console.log(`Created ${shown(sourcePath)} (${n} paragraph${n === 1 ? '' : 's'}, published ${article.meta.published}, outlet ${article.meta.outlet})
and ${shown(briefingPath)}.

Next:
  npm run suggest -- ${article.slug}          draft annotations: quotes, dates, actors
  edit ${shown(briefingPath)}   summary, tags, annotations (docs/editing.md)
  npm run check                             until it reports no errors`);
}

function parse() {
  const { values, positionals } = commandArgs('new', USAGE, {
    slug: { type: 'string' },
    published: { type: 'string' },
    outlet: { type: 'string' },
    url: { type: 'string' },
    language: { type: 'string' },
  });
  const text = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
  return {
    positionals,
    values: {
      slug: text('slug'),
      published: text('published'),
      outlet: text('outlet'),
      url: text('url'),
      language: text('language'),
    },
  };
}

await main();
