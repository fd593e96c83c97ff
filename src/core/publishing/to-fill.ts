// What the dev preview's flag says of a pending annotation (model.ts `PendingAnnotation`):
// "speaker to fill in", "rating to fill in · statement to fill in". Only `astro dev`
// assembles pending annotations, so nothing of this reaches a built page
// (test/site/dev-only.test.ts). Main function: `toFillLabel(toFill)`.
import { TO_FILL_LABELS, type PreviewPlaceholder } from '../markdown/annotations.ts';

/** The flag's words for what an annotation still lacks, in attribute order. */
export function toFillLabel(toFill: readonly PreviewPlaceholder[]): string {
  return toFill.map((key) => TO_FILL_LABELS[key]).join(' · ');
}
