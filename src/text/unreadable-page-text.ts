// Why a tab could not be read (src/core/unreadable-page), in the curator's language: the popup's
// note and the toolbar button's tooltip after a quick add both come through captureTab.
import type { UnreadablePage } from '../core/unreadable-page';
import { type MessageKey, t } from './t';

const REASONS: Record<Exclude<UnreadablePage, 'other'>, MessageKey> = {
  browserPage: 'unreadableBrowserPage',
  otherExtension: 'unreadableOtherExtension',
  extensionStore: 'unreadableExtensionStore',
  localFile: 'unreadableLocalFile',
  pdf: 'unreadablePdf',
  noAddress: 'unreadableNoAddress',
};

/** Why a page of this kind cannot be read; for 'other', the browser's own `error` passed on. */
export function unreadablePageText(kind: UnreadablePage, error: string): string {
  return kind === 'other' ? t('unreadableOther', error) : t(REASONS[kind]);
}
