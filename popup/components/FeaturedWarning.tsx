import type { FeaturedMatch } from '../../src/storage';
import { collectedDay } from '../../src/text/collected-day';
import { t, tParts } from '../../src/text/t';

/** "Already in this draft" / "Collected on 30 Nov, not in an issue yet" / "Featured in issue #93 (2020-12-02)", before the curator adds it again. */
export function FeaturedWarning({ featured }: { featured: FeaturedMatch[] }) {
  if (featured.length === 0) return null;
  return (
    <ul class="featured" aria-label={t('alreadyFeatured')}>
      {featured.map((match) =>
        match.status === 'draft' ? (
          <li key="draft">{t('alreadyInDraft')}</li>
        ) : match.status === 'collected' ? (
          <li key={`collected-${match.collectedAt}`}>
            {tParts(
              'collectedNotInIssue',
              <a href="../options/index.html#collected" target="_blank" rel="noopener">
                {t('collectedOn', collectedDay(match.collectedAt))}
              </a>,
            )}
          </li>
        ) : (
          <li key={match.number}>
            {tParts(
              'featuredIn',
              <a href={`../options/index.html#archive/${match.number}`} target="_blank" rel="noopener">
                {t('featuredInLink', match.number, match.date)}
              </a>,
            )}
          </li>
        ),
      )}
    </ul>
  );
}
