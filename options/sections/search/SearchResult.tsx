import type { SearchHit } from '../../../src/core/search';
import { t } from '../../../src/text/t';
import { routeHash } from '../../route';
import { SearchSegments } from './SearchSegments';

/** Where a hit opens: the archived issue at the item, the draft's card for it, or the collected links. */
export function hitHref({ ref }: SearchHit): string {
  if (ref.status === 'collected') return routeHash({ view: 'collected' });
  return ref.status === 'draft' ? routeHash({ view: 'draft', item: ref.itemId }) : routeHash({ view: 'archive', number: ref.issueNumber, item: ref.ordinal });
}

/** One found item: its title as the link, where it is, the blurb around the match, the URL if it matched. */
export function SearchResult({ hit }: { hit: SearchHit }) {
  const { ref } = hit;
  const where = ref.status === 'draft' ? t('hitDraft', ref.issueNumber) : t('issueNumber', ref.issueNumber);
  const meta = ref.status === 'collected' ? t('hitCollected') : `${where} · ${ref.date} · ${t('hitItem', ref.ordinal)}`;
  return (
    <li class="hit">
      <a href={hitHref(hit)} class="hit-title" dir="auto">
        {hit.title.length > 0 ? <SearchSegments segments={hit.title} /> : t('untitled')}
      </a>
      <p class="hit-meta">{meta}</p>
      {hit.snippet.length > 0 && (
        <p class="hit-snippet" dir="auto">
          <SearchSegments segments={hit.snippet} />
        </p>
      )}
      {hit.fields.includes('url') && (
        <p class="hit-url">
          <SearchSegments segments={hit.url} />
        </p>
      )}
    </li>
  );
}
