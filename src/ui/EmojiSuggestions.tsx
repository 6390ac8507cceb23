import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryIndex, KeywordIndex } from '../core/emoji-suggest';
import { emojiNameText } from '../text/emoji-name-text';
import { t } from '../text/t';

type Core = typeof import('../core/emoji-suggest');

interface Engine {
  core: Core;
  keywords: KeywordIndex;
}

/** Suggestions are recomputed this long after the last keystroke. */
export const SUGGEST_DELAY_MS = 150;

let engine: Promise<Engine> | undefined;

/**
 * The suggestion code and its domain keyword map, fetched the first time a row is shown, and
 * the keyword index built once per page: first paint pays for neither.
 */
function loadEngine(): Promise<Engine> {
  engine ??= import('../core/emoji-suggest').then((core) => ({ core, keywords: core.buildKeywordIndex(core.DOMAIN_KEYWORDS) }));
  // A failed fetch is not remembered: the next row to mount tries again.
  engine.catch(() => (engine = undefined));
  return engine;
}

interface Props {
  /** The item's title and blurb as typed; its trailing emoji are never suggested again. */
  text: string;
  /** What the curator's past blurbs say (`buildHistoryIndex`), or null while they load: no row until then. */
  history: HistoryIndex | null;
  /** Called with the chosen emoji's text. */
  onPick(emoji: string): void;
}

/**
 * A short row of emoji for this item, from the newsletter's domain words in its title and blurb
 * and from the emoji the curator wrote beside the same words before. Renders nothing until it
 * has a suggestion.
 */
export function EmojiSuggestions({ text, history, onPick }: Props) {
  const [loaded, setLoaded] = useState<Engine | null>(null);
  const [row, setRow] = useState<string[]>([]);
  const shown = useRef(false);

  useEffect(() => {
    let live = true;
    // Without the row the picker still works; there is nothing worth telling the curator.
    loadEngine().then(
      (value) => {
        if (live) setLoaded(value);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const indexes = useMemo(() => (loaded && history ? { keywords: loaded.keywords, history } : null), [loaded, history]);

  useEffect(() => {
    if (!loaded || !indexes) return;
    const compute = () => {
      shown.current = true;
      setRow(loaded.core.suggestEmoji(text, indexes));
    };
    // The first row appears at once; later ones wait for a pause in the typing.
    if (!shown.current) {
      compute();
      return;
    }
    const timer = setTimeout(compute, SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [loaded, indexes, text]);

  if (!loaded || row.length === 0) return null;
  const { core, keywords } = loaded;
  // The emoji just picked leaves the row at once, not after the delay, so a second click
  // cannot add it twice.
  const present = new Set(core.trailingEmoji(text).map(core.emojiKey));
  const visible = row.filter((emoji) => !present.has(core.emojiKey(emoji)));
  if (visible.length === 0) return null;
  return (
    <div class="emoji-suggestions" role="group" aria-label={t('suggestedEmoji')}>
      {visible.map((emoji) => {
        const name = emojiNameText(core.emojiName(keywords, emoji));
        return (
          <button
            key={emoji}
            type="button"
            class="emoji-suggestion"
            aria-label={name ? t('addEmojiNamed', emoji, name) : t('addEmojiPlain', emoji)}
            title={name || undefined}
            onClick={() => onPick(emoji)}
          >
            {emoji}
          </button>
        );
      })}
    </div>
  );
}
