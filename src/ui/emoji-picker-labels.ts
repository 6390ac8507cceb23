import type { I18n } from 'emoji-picker-element/shared';

/** The picker's labels per language it is given data in (src/ui/emoji-data.ts), loaded only for that language. */
const LABELS: Record<string, () => Promise<{ default: I18n }>> = {
  de: () => import('emoji-picker-element/i18n/de.js'),
};

/** The picker's own labels (search box, categories, skin tones) for `locale`; undefined for English, which the picker has built in. */
export async function emojiPickerLabels(locale: string): Promise<I18n | undefined> {
  return Object.hasOwn(LABELS, locale) ? (await LABELS[locale]!()).default : undefined;
}
