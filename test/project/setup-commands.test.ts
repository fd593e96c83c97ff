// The README's set-up block is what CI runs: `.ci/run` must run the same commands, in
// the same words and order, so a green CI means a new user's `npm install` works.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

/** The commands of the first fenced block under "## Set-up" in README.md, comments removed. */
export function readmeSetupCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Set-up'));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (block === undefined) throw new Error('README.md has no ```sh block under "## Set-up"');
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The npm commands `.ci/run` runs, in order. */
export function ciNpmCommands(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^npm\s/.test(line));
}

describe('the README set-up and .ci/run', () => {
  it('reads the commands out of a README block, comments dropped', () => {
    const readme =
      '# X\n\n## Set-up\n\n```sh\nnpm install   # the runtime too\n# a comment\nnpm test\n```\n\n## Other\n\n```sh\nnpm run dev\n```\n';
    expect(readmeSetupCommands(readme)).toEqual(['npm install', 'npm test']);
    expect(ciNpmCommands('set -e\n  npm ci --no-audit\nnpm test\necho npm\n')).toEqual([
      'npm ci --no-audit',
      'npm test',
    ]);
  });

  it('run the same npm commands, in the same words and order', () => {
    const readme = readmeSetupCommands(readFileSync(`${ROOT}README.md`, 'utf8'));
    expect(readme).toEqual(['npm install', 'npm run build', 'npm test']);
    expect(ciNpmCommands(readFileSync(`${ROOT}.ci/run`, 'utf8'))).toEqual(readme);
  });
});
