import type { ComponentProps } from 'preact';
import { t } from '../text/t';
import type { EmojiPicker } from './EmojiPicker';
import { lazyComponent } from './lazy-component';

/**
 * The emoji picker, fetched the first time it is shown: it and its data are the heaviest part of
 * the UI and first paint does not need them.
 */
export const LazyEmojiPicker = lazyComponent<ComponentProps<typeof EmojiPicker>>(() => import('./EmojiPicker').then((module) => module.EmojiPicker), {
  loading: () => <p class="note">{t('loadingEmoji')}</p>,
  failed: (reason) => t('pickerDidntLoad', reason),
  failedClass: 'note',
});
