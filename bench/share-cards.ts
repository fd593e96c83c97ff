// `npx tsx bench/share-cards.ts [count] [--renderer module.ts] [--out dir]`: renders `count`
// distinct share cards (default 200), one at a time and without the cache, and prints the
// CPU time a card costs (the whole process's, every thread; after one card of warm-up,
// which loads the fonts) and the PNGs' mean size. For a ratio, run the two pipelines in
// turn, a few pairs, and compare pair by pair (docs/performance.md, "Share images"):
//   npx tsx bench/share-cards.ts 200 --renderer other.ts
//   npx tsx bench/share-cards.ts 200
// `--renderer` names a module exporting `name` and `renderCard(data: ShareCardData)`, to
// measure another pipeline the same way; without it, the product's (src/node/share-image.ts).
// `--out` writes each card's PNG there, to look at or compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { shareCard, type ShareCardData } from '../src/core/publishing/share-card.ts';
import { renderShareImage } from '../src/node/share-image.ts';

interface Pipeline {
  name: string;
  renderCard: (data: ShareCardData) => Promise<Uint8Array>;
}

const { values, positionals } = parseArgs({
  options: { renderer: { type: 'string' }, out: { type: 'string' } },
  allowPositionals: true,
});
const count = Number(positionals[0] ?? 200);
if (!Number.isInteger(count) || count < 1) throw new Error(`count must be ≥ 1: got ${count}`);

const pipeline: Pipeline = values.renderer
  ? ((await import(pathToFileURL(path.resolve(values.renderer)).href)) as Pipeline)
  : { name: 'takumi', renderCard: (data) => renderShareImage(shareCard(data)) };

const TITLES = [
  'Maduro offers police cooperation to neighbours',
  'Port strike in Valparaíso enters its third week as talks with the shipping companies stall again',
  'Κυβέρνηση και συνδικάτα: τι συμφωνήθηκε για τους μισθούς',
  'Київ і Варшава домовилися про спільний контроль кордону',
];
const QUOTES = [
  'It is a success that we place at the service of combating criminal gangs, international crime and drug trafficking',
  'We will not return to work until the agreement signed in March is honoured in full, clause by clause',
  'No hay ninguna negociación abierta con la empresa, y no la habrá mientras siga el bloqueo',
];
const OUTLETS = ['Europa Press', 'EFE', 'Agencia de Noticias del Estado Plurinacional de Bolivia'];

/** The i-th card: every card differs (its number is in the title), texts of every length and script. */
function card(i: number): ShareCardData {
  return {
    kicker: 'Dossier · Research briefing',
    title: `${TITLES[i % TITLES.length]} (${i + 1})`,
    ...(i % 5 === 4
      ? {}
      : { quote: { text: `“${QUOTES[i % QUOTES.length]}”`, by: 'Nicolás Maduro Moros' } }),
    footer: `Source: ${OUTLETS[i % OUTLETS.length]}, ${(i % 28) + 1} Dec 2025`,
    host: 'dossier.example.org',
  };
}

if (values.out) mkdirSync(values.out, { recursive: true });
await pipeline.renderCard(card(count)); // warm-up: loads the renderer and the fonts
const start = process.cpuUsage();
const wall = performance.now();
let bytes = 0;
for (let i = 0; i < count; i++) {
  const png = await pipeline.renderCard(card(i));
  bytes += png.byteLength;
  if (values.out) writeFileSync(path.join(values.out, `card-${i + 1}.png`), png);
}
const cpu = process.cpuUsage(start);
const perCard = (cpu.user + cpu.system) / 1000 / count;
console.log(
  `${pipeline.name}: ${count} cards, ${perCard.toFixed(1)} ms CPU a card (every thread), ` +
    `${((performance.now() - wall) / count).toFixed(1)} ms wall a card, ${Math.round(bytes / count / 1024)} KB a PNG`,
);
