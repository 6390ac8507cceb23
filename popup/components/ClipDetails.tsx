import { t, tParts } from '../../src/text/t';
import { urlChangeText } from '../../src/text/url-change-text';
import type { PopupState } from '../popup-state';
import type { PopupStore } from '../popup-store';

/** Under the fields: what cleanup changed (with the original one click away) and what the page said. */
export function ClipDetails({ state, popup }: { state: PopupState; popup: PopupStore }) {
  const { clip } = state;
  if (!clip) return null;
  const titleCleaned = clip.originalTitle !== '' && clip.originalTitle !== clip.title && state.title === clip.title;
  const urlChanged = clip.originalUrl !== clip.url && state.url === clip.url;
  const byline = [clip.siteName, clip.author && t('byAuthor', clip.author), clip.published].filter(Boolean).join(' · ');
  return (
    <div class="details">
      {clip.note && <p class="note warn">{clip.note}</p>}
      {titleCleaned && (
        <p class="note">
          {tParts('titleCleanedFrom', <q dir="auto">{clip.originalTitle}</q>)}{' '}
          <button type="button" class="link" onClick={() => popup.useOriginal('title')}>
            {t('useOriginalTitle')}
          </button>
        </p>
      )}
      {urlChanged && (
        <p class="note">
          {clip.urlChange && urlChangeText(clip.urlChange)}{' '}
          <button type="button" class="link" onClick={() => popup.useOriginal('url')}>
            {t('usePageAddress')}
          </button>
        </p>
      )}
      {byline && (
        <p class="note byline" dir="auto">
          {byline}
        </p>
      )}
    </div>
  );
}
