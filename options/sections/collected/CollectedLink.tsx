import type { ItemRecord } from '../../../src/storage';
import { collectedDay } from '../../../src/text/collected-day';
import { t } from '../../../src/text/t';
import { linkSite } from './link-site';

interface Props {
  link: ItemRecord;
  selected: boolean;
  onSelect(on: boolean): void;
  onAdd(): void;
  onDiscard(): void;
}

/** One collected link: a box to select it, its title as a link, site, when collected, blurb, and its two actions. */
export function CollectedLink({ link, selected, onSelect, onAdd, onDiscard }: Props) {
  const title = link.title.trim() || t('untitled');
  const site = linkSite(link.url);
  return (
    <li class="collected-link">
      <input type="checkbox" checked={selected} aria-label={t('collectedSelect', title)} onChange={(event) => onSelect(event.currentTarget.checked)} />
      <div class="collected-text">
        <a href={link.url} target="_blank" rel="noopener noreferrer" class="collected-title" dir="auto">
          {title}
        </a>
        <p class="collected-meta">
          {site && <span>{site}</span>}
          {site && ' · '}
          <time dateTime={new Date(link.addedAt).toISOString()}>{collectedDay(link.addedAt)}</time>
          {link.addedBy && ` · ${t('collectedBy', link.addedBy)}`}
        </p>
        {link.commentary.trim() !== '' && (
          <p class="collected-blurb" dir="auto">
            {link.commentary}
          </p>
        )}
      </div>
      <div class="collected-actions">
        {/* Its words ("Add") are part of its name ("Add “…” to the issue"), as voice control needs. */}
        <button type="button" onClick={onAdd} aria-label={t('collectedAddOne', title)}>
          {t('collectedAddShort')}
        </button>
        <button type="button" class="link" onClick={onDiscard} aria-label={t('collectedDiscardOne', title)}>
          {t('collectedDiscard')}
        </button>
      </div>
    </li>
  );
}
