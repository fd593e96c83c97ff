// A name or alias two actors claim is never given to one of them by the order of their
// ids: a briefing links it to the one its annotations name, and reports it otherwise
// (actor-alias-collision, naming both files and the name). So adding an actor file can
// make the check fail, but never changes what a published page links.
import { describe, expect, it } from 'vitest';
import { assembleSite } from '../../../src/core/assembly/site.ts';
import { hasErrors } from '../../../src/core/diagnostics.ts';
import {
  BRIEFING,
  SOURCE,
  columnOf,
  lineOf,
  DIR,
  seedFiles,
  toRaw,
} from '../../helpers/seed-fixture.ts';
import { seededRandom } from '../../helpers/random.ts';

const ANA = 'content/actors/ana-maduro.md';
const anaMaduro = (aliases: string) =>
  `---\nname: Ana Maduro\nkind: person\naliases: [${aliases}]\n---\nA made-up namesake.\n`;

function assemble(files: ReadonlyMap<string, string>) {
  return assembleSite(toRaw(files));
}

/** What the published seed page links: each mention's words, paragraph, offsets and actor. */
function links(files: ReadonlyMap<string, string>): string[] {
  const briefing = assemble(files).value.briefings[0];
  return (briefing?.actors ?? [])
    .flatMap((a) =>
      a.mentions.map((m) => `¶${m.paragraph} ${m.start}-${m.end} ${m.text} → ${a.id}`),
    )
    .sort();
}

describe('actor-alias-collision', () => {
  it('the seed names nicolas-maduro, so a new actor aliased "Maduro" changes no link and no error is due', () => {
    const files = seedFiles();
    const before = links(files);
    expect(before.filter((l) => l.endsWith('Maduro → nicolas-maduro')).length).toBeGreaterThan(1);
    files.set(ANA, anaMaduro('Maduro'));
    const { diagnostics } = assemble(files);
    expect(hasErrors(diagnostics)).toBe(false);
    expect(links(files)).toEqual(before);
  });

  it('is an error at the first place of the name, naming both files, when the briefing names neither', () => {
    const files = seedFiles();
    files.set(ANA, anaMaduro('Maduro'));
    // An actor no annotation of the seed names, with an alias the seed source prints.
    files.set(
      'content/actors/united-states-navy.md',
      '---\nname: United States Navy\nkind: organization\naliases: [Caribbean]\n---\n',
    );
    files.set(
      'content/actors/caribbean-basin.md',
      '---\nname: Caribbean Basin\nkind: other\naliases: [Caribbean]\n---\n',
    );
    const errors = assemble(files).diagnostics.filter((d) => d.severity === 'error');
    const source = files.get(SOURCE) ?? '';
    expect(errors).toEqual([
      {
        file: SOURCE,
        line: lineOf(source, 'Caribbean and Pacific'),
        column: columnOf(source, 'Caribbean and Pacific'),
        rule: 'actor-alias-collision',
        severity: 'error',
        message: expect.stringContaining(
          '"Caribbean" (¶6) is claimed by content/actors/caribbean-basin.md (alias) and content/actors/united-states-navy.md (alias), and this briefing\'s annotations name none of them',
        ),
        hint: 'Name the one meant in this briefing with :::actor{ref=caribbean-basin} or :::actor{ref=united-states-navy} (an actor named by by= or actors= counts too), or remove "Caribbean" from the aliases of the other.',
      },
    ]);
  });

  it('the briefing’s own :::actor{ref=…} settles it', () => {
    const files = seedFiles();
    for (const id of ['united-states-navy', 'caribbean-basin'])
      files.set(
        `content/actors/${id}.md`,
        `---\nname: ${id}\nkind: other\naliases: [Caribbean]\n---\n`,
      );
    files.set(BRIEFING, `${files.get(BRIEFING)}\n:::actor{ref=caribbean-basin}\nThe sea.\n:::\n`);
    const { value, diagnostics } = assemble(files);
    expect(hasErrors(diagnostics)).toBe(false);
    const basin = value.briefings[0]?.actors.find((a) => a.id === 'caribbean-basin');
    expect(basin?.mentions.map((m) => m.text)).toEqual(['Caribbean']);
    expect(value.briefings[0]?.actors.some((a) => a.id === 'united-states-navy')).toBe(false);
  });

  it('naming both claimants is an error too', () => {
    const files = seedFiles();
    files.set(ANA, anaMaduro('Maduro'));
    files.set(BRIEFING, `${files.get(BRIEFING)}\n:::actor{ref=ana-maduro}\nSomeone.\n:::\n`);
    const errors = assemble(files).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.rule)).toEqual(['actor-alias-collision']);
    expect(errors[0]?.message).toContain('name more than one of them');
    expect(errors[0]?.hint).toBe(
      'Remove "Maduro" from the aliases of the one not meant here: two actors one briefing names cannot share a name.',
    );
  });

  it('adding an actor with any name from the source either fails the check or moves no link to an actor the briefing names', () => {
    const files = seedFiles();
    // The actors the seed's annotations name: by=, ref= and actors=.
    const annotations = [...files].filter(([p]) => p.startsWith(DIR) && p !== SOURCE);
    const named = new Set(
      annotations.flatMap(([, text]) =>
        [...text.matchAll(/(?:by|ref)=([a-z-]+)|actors="([^"]+)"/g)].flatMap((m) =>
          (m[1] ?? m[2] ?? '').split(' '),
        ),
      ),
    );
    expect(named).toContain('nicolas-maduro');
    const before = links(files).filter((l) => named.has(l.split('→ ')[1] ?? ''));
    const source = files.get(SOURCE) ?? '';
    const names = [...new Set(source.match(/\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)*/gu) ?? [])];
    const random = seededRandom(29);
    let failed = 0;
    let unchanged = 0;
    for (let n = 0; n < 40; n++) {
      const pick = names[Math.floor(random() * names.length)] ?? 'Maduro';
      const words = pick.split(' ');
      const alias = words.slice(Math.floor(random() * words.length)).join(' ');
      const trial = new Map(files);
      trial.set(
        'content/actors/newcomer.md',
        `---\nname: Newcomer ${n}\nkind: other\naliases: ["${alias}"]\n---\n`,
      );
      const { diagnostics } = assemble(trial);
      if (hasErrors(diagnostics)) {
        failed++;
        continue;
      }
      // A new actor may gain mentions of its own; no mention of another actor may move.
      const after = links(trial).filter((l) => !l.endsWith('→ newcomer'));
      const lost = before.filter((l) => !after.includes(l));
      expect(lost, `alias "${alias}"`).toEqual([]);
      unchanged++;
    }
    expect(failed + unchanged).toBe(40);
    expect(failed).toBeGreaterThan(0);
  });

  it('adding an actor moves no link at all, to an actor the briefing names or not: it fails the check instead', () => {
    const files = seedFiles();
    const before = links(files);
    // tren-del-llano is mentioned on the page but named by no annotation.
    expect(before).toContain('¶3 192-206 Tren del Llano → tren-del-llano');
    const source = files.get(SOURCE) ?? '';
    const words = source.split('\n').slice(10).join(' ').split(/\s+/).filter(Boolean);
    const random = seededRandom(2929);
    let failed = 0;
    let unchanged = 0;
    for (let n = 0; n < 60; n++) {
      // A run of 1 to 5 words of the source, sometimes one around another actor's name.
      const from = Math.floor(random() * words.length);
      const alias = words
        .slice(from, from + 1 + Math.floor(random() * 5))
        .join(' ')
        .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (alias.length < 3) continue;
      const trial = new Map(files);
      trial.set(
        'content/actors/newcomer.md',
        `---\nname: Newcomer ${n}\nkind: other\naliases: ["=${alias}"]\n---\n`,
      );
      if (hasErrors(assemble(trial).diagnostics)) {
        failed++;
        continue;
      }
      const after = links(trial).filter((l) => !l.endsWith('→ newcomer'));
      expect(after, `alias "${alias}"`).toEqual(before);
      unchanged++;
    }
    expect(unchanged).toBeGreaterThan(10);
    expect(failed).toBeGreaterThan(0);
    // The case that used to move a link silently: a longer name around the name of an
    // actor the briefing does not name took its words. Now an error naming both files.
    const trial = new Map(files);
    trial.set(
      'content/actors/newcomer.md',
      '---\nname: Newcomer\nkind: other\naliases: ["=or Tren del Llano"]\n---\n',
    );
    const errors = assemble(trial).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.file, d.line, d.column, d.rule, d.message, d.hint])).toEqual([
      [
        SOURCE,
        lineOf(source, 'or Tren del Llano'),
        columnOf(source, 'or Tren del Llano'),
        'actor-alias-collision',
        '"or Tren del Llano" (¶3) is a name of content/actors/newcomer.md and holds "Tren del Llano", a name of content/actors/tren-del-llano.md; this briefing\'s annotations name neither, so it cannot say whom it means.',
        'If "or Tren del Llano" is meant here, name it with :::actor{ref=newcomer}; if "Tren del Llano" is, remove "or Tren del Llano" from the aliases of content/actors/newcomer.md.',
      ],
    ]);
  });
});
