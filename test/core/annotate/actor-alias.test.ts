// Adding the selected words to an actor's aliases: one line changes (or is added), the
// rest of the file byte for byte as it was. Expected files written out by hand.
import { describe, expect, it } from 'vitest';
import { sameName, withAlias, yamlListItem } from '../../../src/core/annotate/actor-alias.ts';
import { parseActor } from '../../../src/core/actors/actors.ts';

const FLOW = `---
name: Government of Venezuela
kind: government
aliases: [Venezuelan government, Gobierno venezolano]  # as reported
country: Venezuela
---
The national executive of Venezuela, headed by the president.
`;

describe('withAlias', () => {
  it('appends to a one-line list, keeping its comment and every other line', () => {
    expect(withAlias(FLOW, 'the Venezuelan state')).toBe(
      FLOW.replace(
        'aliases: [Venezuelan government, Gobierno venezolano]  # as reported',
        'aliases: [Venezuelan government, Gobierno venezolano, the Venezuelan state]  # as reported',
      ),
    );
    expect(withAlias('---\nname: A B\nkind: other\naliases: []\n---\n', 'Ay Bee')).toBe(
      '---\nname: A B\nkind: other\naliases: [Ay Bee]\n---\n',
    );
  });

  it('adds an item after the last of a block list, at its indentation', () => {
    const block = '---\nname: A B\naliases:\n    - Ay\n    - Bee\nkind: other\n---\nText.\n';
    expect(withAlias(block, 'Ay Bee Corp.')).toBe(
      '---\nname: A B\naliases:\n    - Ay\n    - Bee\n    - Ay Bee Corp.\nkind: other\n---\nText.\n',
    );
  });

  it('adds an aliases line at the end of a frontmatter without one, and keeps CRLF files CRLF', () => {
    expect(withAlias('---\r\nname: A B\r\nkind: other\r\n---\r\nText.\r\n', 'Ay')).toBe(
      '---\r\nname: A B\r\nkind: other\r\naliases: [Ay]\r\n---\r\nText.\r\n',
    );
  });

  it('quotes words YAML would read otherwise, and the file still parses to them', () => {
    expect(yamlListItem('Tren de Aragua')).toBe('Tren de Aragua');
    expect(yamlListItem('Maduro’s government')).toBe('Maduro’s government');
    expect(yamlListItem('gangs, crime')).toBe('"gangs, crime"');
    expect(yamlListItem('#1: "the" cartel')).toBe('"#1: \\"the\\" cartel"');
    for (const alias of ['gangs, crime', '#1: "the" cartel', 'Venezuela [state]']) {
      const text = withAlias(FLOW, alias);
      expect(text).toBeDefined();
      const actor = parseActor(
        'content/actors/venezuelan-government.md',
        'venezuelan-government',
        text!,
      );
      expect(actor.value?.aliases).toEqual(['Venezuelan government', 'Gobierno venezolano', alias]);
    }
  });

  it('leaves a file it cannot edit by one line to the editor', () => {
    expect(withAlias('name: A\n', 'Ay')).toBeUndefined();
    expect(withAlias('---\nname: A\naliases: Ay\n---\n', 'Bee')).toBeUndefined();
    expect(withAlias('---\nname: A\naliases: [[Ay], Bee]\n---\n', 'Cee')).toBeUndefined();
  });
});

describe('sameName', () => {
  it('ignores case and runs of spaces', () => {
    expect(sameName('Tren  de Aragua', 'tren de aragua')).toBe(true);
    expect(sameName('Tren de Aragua', 'Tren del Llano')).toBe(false);
  });
});
