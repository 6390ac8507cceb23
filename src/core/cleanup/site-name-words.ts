import { siteName } from './site-name';
import { siteWordMatcher } from './site-word-match';
import type { TitleRule } from './title-rules';
import { segmentsOf } from './title-segments';

/**
 * The site's name with a product or section word, which the site-name rule does not recognise:
 * "Podline Player | Episode 12", "Backup policies - Stratus Docs Portal", "… · Larkspur Notes".
 * A segment of at most three words at either end that starts or ends with the site's one-word
 * name goes, by the site-name rule's own judgement of where a name may stand.
 */
export const siteNameWords: TitleRule = {
  id: 'site-name-words',
  apply(title, context) {
    const isSiteName = siteWordMatcher(context);
    const segments = segmentsOf(title);
    if (segments.length < 2) return title;
    for (const candidate of [segments.at(-1)!, segments[0]!]) {
      if (!isSiteName(candidate.text)) continue;
      const stripped = siteName.apply(title, { siteName: candidate.text });
      if (stripped !== title) return stripped;
    }
    return title;
  },
};
