// The module specifiers of a source file, for the tests that hold the repository's import rules.

/** Every module specifier a file imports: static imports and exports, and dynamic import(). */
export function importSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1|^\s*import\s*(['"])([^'"]+)\3|\bimport\(\s*(['"])([^'"]+)\5\s*\)/gm,
  )) {
    const specifier = m[2] ?? m[4] ?? m[6];
    if (specifier) found.push(specifier);
  }
  return found;
}
