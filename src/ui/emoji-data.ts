// The emoji picker's Emojibase data, one file per language of `_locales`, shipped inside the
// extension: the picker must never fetch from the network. `?url` makes Vite emit each file and
// hand back its packaged path; the picker fetches only the one it is given.
import germanData from 'emoji-picker-element-data/de/cldr/data.json?url';
import englishData from 'emoji-picker-element-data/en/emojibase/data.json?url';

const DATA: Record<string, string> = { en: englishData, de: germanData };

/** The picker's data for `langCode` (`t('langCode')`): that language's, or its base language's, or English. */
export function emojiData(langCode: string): { locale: string; dataSource: string } {
  const locale = [langCode, langCode.split('-')[0]!].find((code) => Object.hasOwn(DATA, code)) ?? 'en';
  // `locale` also names the picker's IndexedDB cache, one per language: a switch of language
  // never shows names cached in the other.
  return { locale, dataSource: DATA[locale]! };
}
