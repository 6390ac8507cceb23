import type { FeaturedMatch } from '../../src/storage';
import { t, tParts } from '../../src/text/t';

/** "Already in this draft" / "Featured in issue #93 (2020-12-02)", before the curator adds it again. */
export function FeaturedWarning({ featured }: { featured: FeaturedMatch[] }) {
  if (featured.length === 0) return null;
  return (
    <ul class="featured" aria-label={t('alreadyFeatured')}>
      {featured.map((match) =>
        match.status === 'draft' ? (
          <li key="draft">{t('alreadyInDraft')}</li>
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
