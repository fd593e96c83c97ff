// The node side of annotating from the preview writes inside the content folder only:
// appends to a file, creates a new one only when absent, and refuses a path outside the
// folder, also one that leaves it through a symbolic link, or a file that is not .md;
// edits an actor file (an alias added) only while it reads as it was planned from.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePlanned } from '../../src/node/annotate-files.ts';
import type { PlannedWrite } from '../../src/core/annotate/annotate.ts';

const root = mkdtempSync(path.join(tmpdir(), 'dossier-annotate-files-'));
const content = path.join(root, 'content');
const outside = path.join(root, 'outside');
mkdirSync(path.join(content, 'briefings/b'), { recursive: true });
mkdirSync(path.join(content, 'actors'));
mkdirSync(outside);
symlinkSync(outside, path.join(content, 'briefings/linked'));
writeFileSync(path.join(content, 'briefings/b/annotations.md'), ':::note{p=1}\nKept.\n:::\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const realpathOf = (file: string) => realpath(file);

const plan = (file: string, text: string, create = false): PlannedWrite => ({
  ok: true,
  file,
  text,
  create,
  line: 1,
  summary: '',
  advice: [],
});

describe('writePlanned', () => {
  it('appends to an annotations file, leaving its text as it was', async () => {
    await writePlanned(
      root,
      content,
      plan('content/briefings/b/annotations.md', '\n:::note{p=2}\n:::\n'),
    );
    expect(readFileSync(path.join(content, 'briefings/b/annotations.md'), 'utf8')).toBe(
      ':::note{p=1}\nKept.\n:::\n\n:::note{p=2}\n:::\n',
    );
  });

  it('creates a new actor file, and never overwrites one', async () => {
    await writePlanned(root, content, plan('content/actors/new-one.md', 'first\n', true));
    expect(readFileSync(path.join(content, 'actors/new-one.md'), 'utf8')).toBe('first\n');
    await expect(
      writePlanned(root, content, plan('content/actors/new-one.md', 'second\n', true)),
    ).rejects.toThrow(/EEXIST/);
    expect(readFileSync(path.join(content, 'actors/new-one.md'), 'utf8')).toBe('first\n');
  });

  it('adds an alias to an actor file only if it still reads as planned, and nothing if it does not', async () => {
    const actor = path.join(content, 'actors/someone.md');
    const before = '---\nname: Someone\nkind: person\naliases: [Some]\n---\nA person.\n';
    const after = before.replace('[Some]', '[Some, Someone Else]');
    writeFileSync(actor, before);
    const annotations = path.join(content, 'briefings/b/annotations.md');
    const kept = readFileSync(annotations, 'utf8');
    const mention = {
      ...plan('content/briefings/b/annotations.md', '\n:::actor{ref=someone}\n:::\n'),
      edit: { file: 'content/actors/someone.md', before, text: after },
    };
    // Changed since it was read: refused before anything is written.
    writeFileSync(actor, `${before}More.\n`);
    await expect(writePlanned(root, content, mention)).rejects.toThrow(
      /someone\.md changed since the page loaded/,
    );
    expect(readFileSync(actor, 'utf8')).toBe(`${before}More.\n`);
    expect(readFileSync(annotations, 'utf8')).toBe(kept);
    writeFileSync(actor, before);
    expect(await writePlanned(root, content, mention)).toEqual([
      await realpathOf(annotations),
      await realpathOf(actor),
    ]);
    expect(readFileSync(actor, 'utf8')).toBe(after);
    expect(readFileSync(annotations, 'utf8')).toBe(`${kept}\n:::actor{ref=someone}\n:::\n`);
    // Outside the content folder: refused like any write.
    await expect(
      writePlanned(root, content, {
        ...mention,
        edit: { file: 'outside/someone.md', before: '', text: 'x' },
      }),
    ).rejects.toThrow(/not a \.md file inside the content folder/);
  });

  it('writes the alias alone when there is nothing to append (the actor has its role block already)', async () => {
    const actor = path.join(content, 'actors/other.md');
    const before = '---\nname: Other\nkind: person\naliases: []\n---\n';
    const after = before.replace('[]', '[The other]');
    writeFileSync(actor, before);
    const annotations = path.join(content, 'briefings/b/annotations.md');
    const kept = readFileSync(annotations, 'utf8');
    const alias = {
      ...plan('content/actors/other.md', ''),
      edit: { file: 'content/actors/other.md', before, text: after },
    };
    expect(await writePlanned(root, content, alias)).toEqual([await realpathOf(actor)]);
    expect(readFileSync(actor, 'utf8')).toBe(after);
    expect(readFileSync(annotations, 'utf8')).toBe(kept);
  });

  it('refuses anything outside the content folder or not markdown', async () => {
    await expect(writePlanned(root, content, plan('outside/x.md', 'no'))).rejects.toThrow(
      /not a \.md file inside the content folder/,
    );
    await expect(
      writePlanned(root, content, plan('content/briefings/../../outside/y.md', 'no', true)),
    ).rejects.toThrow(/inside the content folder/);
    await expect(
      writePlanned(root, content, plan('content/briefings/b/annotations.txt', 'no')),
    ).rejects.toThrow(/not a \.md file/);
    await expect(
      writePlanned(root, content, plan('content/briefings/linked/annotations.md', 'no', true)),
    ).rejects.toThrow(/leads outside the content folder/);
    expect(existsSync(path.join(outside, 'annotations.md'))).toBe(false);
    expect(existsSync(path.join(outside, 'x.md'))).toBe(false);
  });
});
