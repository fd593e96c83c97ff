// The catalogue of every rule core can report, as Astro keeps its errors in one
// module: each rule's permanent id, its severity and a one-line title. Core's
// `error()`/`warning()` take only ids listed here (with the matching severity), the
// editor's guide documents each one (test/docs/editing-guide.test.ts reads this list),
// and an id never changes once shipped. Messages and hints are written where the
// problem is found: they carry the values of that one case (the words, the closest
// passage, the did-you-mean).

/** One rule: how bad it is and, in one line, what it catches. */
export interface Rule {
  severity: 'error' | 'warning';
  title: string;
}

export const RULES = {
  // Quotes, events and notes: anchoring in the source
  'quote-not-found': { severity: 'error', title: 'A quote’s words are not in the source.' },
  'evidence-not-found': {
    severity: 'error',
    title: 'The quoted words of an event, a note or an :::evidence block are not in its source.',
  },
  'quote-ambiguous': {
    severity: 'error',
    title:
      'A quote’s words occur more than once in the source, with nothing to say which is meant.',
  },
  'evidence-ambiguous': {
    severity: 'error',
    title:
      'An event’s or note’s quoted words occur more than once, with nothing to say which is meant.',
  },
  'quote-empty': { severity: 'error', title: 'A quote’s `> ` line has no words.' },
  'evidence-empty': { severity: 'error', title: 'An event’s or note’s `> ` line has no words.' },
  'paragraph-out-of-range': {
    severity: 'error',
    title: '`p=` names a paragraph the source does not have.',
  },
  'quote-no-words': { severity: 'error', title: 'A quote without a `> ` line.' },
  'quote-uncovered': {
    severity: 'warning',
    title: 'A passage in quotation marks that no quote covers.',
  },
  'event-no-evidence': {
    severity: 'error',
    title: 'An event with neither quoted evidence nor a citation.',
  },
  'date-unresolvable': {
    severity: 'error',
    title: 'A date that is neither EDTF nor wording that resolves against the publication date.',
  },
  'note-no-anchor': { severity: 'error', title: 'A note attached to nothing.' },
  // Claims, evidence and further sources
  'claim-no-words': { severity: 'error', title: 'A claim without its own words as a `> ` line.' },
  'rating-unknown': {
    severity: 'error',
    title: 'A claim’s `rating=` that is not on the site’s scale of ratings.',
  },
  'evidence-no-words': { severity: 'error', title: 'An :::evidence block without a `> ` line.' },
  'placeholder-unfilled': {
    severity: 'error',
    title:
      'A `fill-in-…` placeholder left by npm run suggest (`by=fill-in-speaker`, `rating=fill-in-rating`, `statement="fill-in-statement"`).',
  },
  'evidence-duplicate': {
    severity: 'error',
    title: 'An event or a claim citing the same passage twice.',
  },
  'source-unknown': {
    severity: 'error',
    title: '`source=` names no further source of the briefing (sources/<id>.md).',
  },
  'source-id-invalid': {
    severity: 'error',
    title: 'A further source whose file name is not a valid source id.',
  },
  // Actors
  'actor-unknown': { severity: 'error', title: 'An actor id with no file in content/actors/.' },
  'actor-unregistered': {
    severity: 'warning',
    title: 'A person or organisation named in the source that the registry lacks.',
  },
  'actor-id-invalid': { severity: 'error', title: 'An actor file whose name is not a valid id.' },
  'actor-alias-ambiguous': {
    severity: 'error',
    title:
      'An alias that is a common English or Spanish word, or shorter than three letters, not marked exact.',
  },
  'actor-alias-collision': {
    severity: 'error',
    title:
      'A name or alias two actors claim, in a source whose briefing does not name exactly one of them.',
  },
  'duplicate-id': {
    severity: 'error',
    title: 'Two annotations with one id, or two actor blocks for one actor in a briefing.',
  },
  // Annotation files
  'directive-unknown': { severity: 'error', title: 'A block name Dossier does not know.' },
  'directive-not-container': {
    severity: 'error',
    title: 'A block opened with two colons or inline, not as a `:::` block.',
  },
  'directive-unclosed': {
    severity: 'error',
    title: 'A block not closed before the next one starts.',
  },
  'directive-two-blockquotes': { severity: 'error', title: 'One block quoting two passages.' },
  'directive-nesting': {
    severity: 'error',
    title:
      'An :::evidence block outside an event or a claim, or inside one whose fence is not longer.',
  },
  'attribute-curly-quotes': {
    severity: 'error',
    title: 'An attribute value in typographic quotes (“…”, ‘…’, «…») instead of straight ones.',
  },
  'attribute-unquoted-spaces': {
    severity: 'error',
    title: 'An attribute value of several words without straight quotes around it.',
  },
  'directive-fence-space': {
    severity: 'error',
    title: 'A space between `:::` and the block’s name, or between the name and `{`.',
  },
  'directive-attributes-next-line': {
    severity: 'error',
    title: 'A block’s attributes on the line below its opening `:::name`, or running onto it.',
  },
  'directive-fence-unreadable': {
    severity: 'error',
    title:
      'An opening line that is not `:::name{…}`: text after `}`, braces or a quote not closed.',
  },
  'attribute-unknown': { severity: 'error', title: 'An attribute the block does not take.' },
  'attribute-missing': { severity: 'error', title: 'A required attribute is missing.' },
  'attribute-invalid': { severity: 'error', title: 'An attribute’s value has the wrong form.' },
  'prose-outside-directive': {
    severity: 'error',
    title: 'Text outside any block where it would not be shown.',
  },
  // Frontmatter
  'frontmatter-missing': { severity: 'error', title: 'A file without frontmatter.' },
  'frontmatter-missing-field': {
    severity: 'error',
    title: 'A required frontmatter field is missing.',
  },
  'frontmatter-unknown-field': {
    severity: 'error',
    title: 'A frontmatter field Dossier does not know.',
  },
  'frontmatter-invalid': { severity: 'error', title: 'A frontmatter value of the wrong form.' },
  'frontmatter-yaml': { severity: 'error', title: 'Frontmatter that is not readable YAML.' },
  'frontmatter-misplaced': {
    severity: 'error',
    title: 'Frontmatter in an annotation file other than briefing.md.',
  },
  // Briefing folders and files
  'source-missing': { severity: 'error', title: 'A briefing folder without source.md.' },
  'briefing-missing': { severity: 'error', title: 'A briefing folder without briefing.md.' },
  'briefing-empty': { severity: 'error', title: 'A briefing with no annotations.' },
  'source-empty': { severity: 'error', title: 'A source with no paragraphs.' },
  'source-too-large': { severity: 'error', title: 'A source far longer than one article.' },
  'slug-invalid': {
    severity: 'error',
    title: 'A briefing folder whose name is not a valid address.',
  },
  'content-unexpected-file': {
    severity: 'warning',
    title: 'A .md file where Dossier does not look.',
  },
  'file-encoding': { severity: 'error', title: 'A content file that is not UTF-8 text.' },
  // Import of a plain-text article (npm run new)
  'import-published-missing': {
    severity: 'error',
    title: 'No publication date: the dateline has no year, or there is no dateline.',
  },
  'import-published-invalid': {
    severity: 'error',
    title: '`--published` is not a calendar date written YYYY-MM-DD.',
  },
  'import-published-mismatch': {
    severity: 'warning',
    title: '`--published` differs from the dateline’s date.',
  },
  'import-outlet-missing': { severity: 'error', title: 'Nothing names the publisher.' },
  'import-slug-missing': { severity: 'error', title: 'No folder name can be made from the title.' },
  'import-slug-invalid': {
    severity: 'error',
    title: '`--slug` is not lowercase letters, digits and dashes.',
  },
  'import-url-invalid': { severity: 'error', title: '`--url` is not a full http(s) address.' },
  'import-language-invalid': { severity: 'error', title: '`--language` is not a language tag.' },
  'import-empty': { severity: 'error', title: 'The article file is empty.' },
  'import-no-body': { severity: 'error', title: 'The article has no body paragraphs.' },
  'import-header-extra': {
    severity: 'warning',
    title: 'A second, different caption line was not imported.',
  },
  'import-header-unplaced': {
    severity: 'warning',
    title: 'A line above the dateline that is not a caption, credit or byline was left out.',
  },
  'import-encoding': { severity: 'error', title: 'The article file is not UTF-8 text.' },
  'import-invalid': {
    severity: 'error',
    title: 'The imported values would not make a valid source.md.',
  },
} as const satisfies Record<string, Rule>;

/** Every rule id core can report. */
export type RuleId = keyof typeof RULES;
/** The ids of one severity: `error()` takes only error rules, `warning()` only warnings. */
export type RuleOf<S extends Rule['severity']> = {
  [K in RuleId]: (typeof RULES)[K]['severity'] extends S ? K : never;
}[RuleId];
export type ErrorRule = RuleOf<'error'>;
export type WarningRule = RuleOf<'warning'>;

/** The ids, in catalogue order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
