import type { I18n } from 'emoji-picker-element/shared';
import { t } from '../text/t';

/** The picker's labels per language it is given data in (src/ui/emoji-data.ts), loaded only for that language. */
const LABELS: Record<string, () => Promise<{ default: I18n }>> = {
  de: () => import('emoji-picker-element/i18n/de.js'),
};

/**
 * The picker's own labels (search box, categories, skin tones) for `locale`; undefined for
 * English, which the picker has built in. The sentences that address the curator come from
 * _locales, so they speak as the rest of the extension does (German "Sie", where the picker's
 * own German says "du").
 */
export async function emojiPickerLabels(locale: string): Promise<I18n | undefined> {
  if (!Object.hasOwn(LABELS, locale)) return undefined;
  const labels = (await LABELS[locale]!()).default;
  return {
    ...labels,
    emojiUnsupportedMessage: t('pickerNoColorEmoji'),
    searchDescription: t('pickerSearchDescription'),
    skinToneDescription: t('pickerSkinToneDescription'),
    // The picker puts the current tone where {skinTone} stands.
    skinToneLabel: t('pickerSkinToneLabel', '{skinTone}'),
  };
}
