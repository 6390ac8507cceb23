import type { FeaturedMatch } from '../../src/storage';

/** "Already in this draft" / "Featured in issue #93 (2020-12-02)", before the curator adds it again. */
export function FeaturedWarning({ featured }: { featured: FeaturedMatch[] }) {
  if (featured.length === 0) return null;
  return (
    <ul class="featured" aria-label="Already featured">
      {featured.map((match) =>
        match.status === 'draft' ? (
          <li key="draft">Already in this draft.</li>
        ) : (
          <li key={match.number}>
            Featured in{' '}
            <a href={`../options/index.html#archive/${match.number}`} target="_blank" rel="noopener">
              issue #{match.number} ({match.date})
            </a>
          </li>
        ),
      )}
    </ul>
  );
}
