// Emojibase data for emoji-picker-element, shipped inside the extension: the picker must never
// fetch from the network. `?url` makes Vite emit the file and hand back its packaged path.
import dataUrl from 'emoji-picker-element-data/en/emojibase/data.json?url';

export const EMOJI_DATA_URL = dataUrl;
