// The newsroom's own site: the options of the integration in astro.config.mjs,
// `dossier({ name, description, language, logo })`, as Starlight takes its `title` and
// `logo`. Everything where the site names itself reads them (src/core/publishing/).
import { z } from 'zod';

/** The address astro.config.mjs ships with: the build warns while `site` is still it. */
export const EXAMPLE_SITE = 'https://dossier.example.org';

/** A BCP 47 language tag that Intl accepts, kept in its canonical case (`en-gb` → `en-GB`). */
const languageTag = z
  .string()
  .trim()
  .transform((tag, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: `"${tag}" is not a BCP 47 language tag (en-GB, es)` });
    return z.NEVER;
  });

export const SiteOptionsSchema = z.strictObject({
  /**
   * The site's name: in every page's title, the header, the footer, `og:site_name`, the RSS
   * channel, the JSON-LD publisher and the share cards. @default "Dossier"
   */
  name: z.string().trim().min(1).default('Dossier'),
  /**
   * One sentence on what the site is: the footer, the RSS channel's description and the
   * JSON-LD WebSite's. @default "Research briefings about the news, every claim linked to its source paragraph."
   */
  description: z
    .string()
    .trim()
    .min(1)
    .default('Research briefings about the news, every claim linked to its source paragraph.'),
  /**
   * The language the briefings are written in (BCP 47), whatever their sources': `<html lang>`,
   * `og:locale`, the feed's language, JSON-LD `inLanguage` and how dates are written.
   * @default "en-GB"
   */
  language: languageTag.default('en-GB'),
  /**
   * The newsroom's logo: a file in `public/` (`/logo.svg`) or an https URL, shown in the
   * header beside the name and given as the JSON-LD publisher's `logo`. `alt` is its text
   * alternative (default: none, since the name is written beside it).
   */
  logo: z
    .strictObject({
      src: z
        .string()
        .regex(
          /^(?:\/[^/]|https:\/\/)/,
          'must be a path in public/ like /logo.svg or an https URL',
        ),
      alt: z.string().default(''),
    })
    .optional(),
});

/** What `dossier()` accepts in astro.config.mjs. */
export type SiteOptionsInput = z.input<typeof SiteOptionsSchema>;
/** The site's identity with every default filled in. */
export type SiteIdentity = z.output<typeof SiteOptionsSchema>;

/** The identity of a site that sets no options. */
export const DEFAULT_SITE_IDENTITY: SiteIdentity = SiteOptionsSchema.parse({});
