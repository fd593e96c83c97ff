// The node side of annotating from the preview writes inside the content folder only:
// appends to a file, creates a new one only when absent, and refuses a path outside the
// folder, also one that leaves it through a symbolic link, or a file that is not .md.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePlanned } from '../../src/node/annotate-files.ts';
import type { PlannedWrite } from '../../src/core/annotate/annotate.ts';

const root = mkdtempSync(path.join(tmpdir(), 'dossier-annotate-files-'));
const content = path.join(root, 'content');
const outside = path.join(root, 'outside');
mkdirSync(path.join(content, 'briefings/b'), { recursive: true });
mkdirSync(outside);
symlinkSync(outside, path.join(content, 'briefings/linked'));
writeFileSync(path.join(content, 'briefings/b/annotations.md'), ':::note{p=1}\nKept.\n:::\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

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
