// Adding the selected words to an actor's `aliases` (a Mention from the live preview of
// an actor whose names do not find those words): one line of the actor file's
// frontmatter changes, or one is added; every other byte of the file stays as it was.
// Main function: `withAlias(text, alias)`.

/** The words as an item of a YAML list: as written when YAML reads them back unchanged, else double-quoted. */
export function yamlListItem(alias: string): string {
  return /^[\p{L}\p{N}](?:[\p{L}\p{N} .'’-]*[\p{L}\p{N}.'’])?$/u.test(alias)
    ? alias
    : JSON.stringify(alias);
}

/**
 * The actor file `text` with `alias` added to its `aliases`: appended inside a one-line
 * list (`aliases: [a, b]`), after the last item of a block list (`- a` lines), or as a
 * new `aliases: [alias]` line at the end of the frontmatter when there is none.
 * Undefined when the frontmatter is laid out otherwise (the editor adds it by hand).
 */
export function withAlias(text: string, alias: string): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  if (end < 0) return undefined;
  const item = yamlListItem(alias);
  const at = lines.findIndex((line, i) => i > 0 && i < end && /^aliases\s*:/.test(line));
  if (at < 0) {
    lines.splice(end, 0, `aliases: [${item}]`);
    return lines.join(eol);
  }
  const line = lines[at] ?? '';
  const flow = /^(aliases\s*:\s*\[)(.*?)(\]\s*(?:#.*)?)$/.exec(line);
  if (flow) {
    const [, open, inner = '', close] = flow;
    if (inner.includes('[') || inner.includes(']')) return undefined;
    const items = inner.trimEnd();
    lines[at] = `${open}${items.trim() ? `${items}, ${item}` : item}${close}`;
    return lines.join(eol);
  }
  if (!/^aliases\s*:\s*(?:#.*)?$/.test(line)) return undefined;
  let last = at;
  let indent: string | undefined;
  for (let i = at + 1; i < end; i++) {
    const entry = /^(\s*)-\s/.exec(lines[i] ?? '');
    if (!entry) break;
    indent ??= entry[1];
    last = i;
  }
  if (indent === undefined) return undefined;
  lines.splice(last + 1, 0, `${indent}- ${item}`);
  return lines.join(eol);
}

/** Two names the same for the registry: case and runs of spaces aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}
