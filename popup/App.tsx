import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { blockerOf } from '../src/core/clip';
import { itemBlockerText } from '../src/text/item-blocker-text';
import { t, tn } from '../src/text/t';
import { LazyEmojiPicker } from '../src/ui/LazyEmojiPicker';
import { lazyComponent } from '../src/ui/lazy-component';
import { useStore } from '../src/ui/store';
import type { PopupStore } from './popup-store';

// Suggestions show once the curator starts writing; their code stays out of first paint (it is
// mounted, and so fetched, only once the tab's title and URL are in).
const EmojiSuggestions = lazyComponent(() => import('../src/ui/EmojiSuggestions').then((m) => m.EmojiSuggestions));

// What shows only once the capture or storage has answered: one chunk, fetched as these mount.
// They mount with the tab's title and URL, so the fetch starts right after the frame that shows
// them, and the chunk is there before their data is; mounted earlier, the fetch (a request the
// browser process serves, ~10 ms of this page's main thread each on a busy machine) would delay
// that frame. Each renders nothing without its data, and nothing while its code loads, so nothing shifts.
const lateComponents = () => import('./components/late-components');
const ClipDetails = lazyComponent(() => lateComponents().then((m) => m.ClipDetails));
const DraftSummary = lazyComponent(() => lateComponents().then((m) => m.DraftSummary));
const FeaturedWarning = lazyComponent(() => lateComponents().then((m) => m.FeaturedWarning));
const SaveState = lazyComponent(() => lateComponents().then((m) => m.SaveState));
const SaveForLaterButton = lazyComponent(() => lateComponents().then((m) => m.SaveForLaterButton));

export function App({ popup }: { popup: PopupStore }) {
  const state = useStore(popup.store);
  const [picking, setPicking] = useState(false);
  const commentary = useRef<HTMLTextAreaElement>(null);
  // The curator opens the popup to write: the cursor starts in the commentary. A layout effect
  // runs as the first render is put in the page, so the first frame already shows the cursor;
  // a plain effect waits for that frame to be painted and costs a frame more.
  useLayoutEffect(() => commentary.current?.focus(), []);
  const blocker = itemBlockerText(blockerOf(state));
  const busy = state.phase === 'adding';
  const filled = state.phase !== 'loading';
  // The same element while the draft is the same: Preact then skips its 50 or so items on every
  // other change (each keystroke, each answer from storage or the capture).
  const draftSummary = useMemo(() => filled && <DraftSummary draft={state.draft} />, [filled, state.draft]);

  const submit = (event: Event) => {
    event.preventDefault();
    void popup.add();
  };
  // Ctrl/Cmd+Enter adds the link or saves it for later, as the settings say.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void (state.quickTarget === 'pool' ? popup.saveForLater() : popup.add());
    }
  };
  const focusCommentary = () => commentary.current?.focus();

  return (
    // data-source says whether the fields hold the page's capture yet (the title tests and the bench wait for it).
    <main data-source={state.source}>
      <header class="bar">
        <h1>{t('popupHeading')}</h1>
        <button type="button" class="link" onClick={() => void popup.openEditor()}>
          {t('openEditor')}
        </button>
      </header>
      <form onSubmit={submit} onKeyDown={onKeyDown}>
        <label for="title">{t('fieldTitle')}</label>
        <input id="title" dir="auto" value={state.title} onInput={(e) => popup.edit('title', e.currentTarget.value)} />
        <label for="url">{t('fieldUrl')}</label>
        <input id="url" type="url" spellcheck={false} value={state.url} onInput={(e) => popup.edit('url', e.currentTarget.value)} />
        {filled && <FeaturedWarning featured={state.phase === 'added' ? state.featured.filter((f) => f.status !== 'draft') : state.featured} />}
        {filled && <ClipDetails state={state} popup={popup} />}
        <div class="label-row">
          <label for="commentary">{t('fieldCommentary')}</label>
          {filled && <SaveState saved={state.saved} error={state.savedError} />}
          {state.clip?.selection && (
            <button
              type="button"
              class="link"
              onClick={() => {
                void popup.quoteSelection();
                focusCommentary();
              }}
            >
              {t('quoteSelection')}
            </button>
          )}
        </div>
        <textarea
          id="commentary"
          dir="auto"
          rows={5}
          ref={commentary}
          placeholder={t('commentaryPlaceholder')}
          value={state.commentary}
          onInput={(e) => popup.edit('commentary', e.currentTarget.value)}
        />
        <div class="actions">
          <button type="button" aria-expanded={picking} onClick={() => setPicking(!picking)}>
            <span aria-hidden="true">🙂 </span>
            {t('emojiButton')}
          </button>
          {filled && <SaveForLaterButton state={state} popup={popup} />}
          <button type="submit" class="primary" disabled={busy || state.phase === 'added' || state.itemId !== null} title={blocker || t('keyCtrlEnter')}>
            {state.phase === 'added' ? t('addedButton') : t('addToIssue')}
          </button>
        </div>
        {filled && (
          <EmojiSuggestions
            text={`${state.title}\n${state.commentary}`}
            history={state.blurbHistory}
            onPick={(emoji) => {
              void popup.addEmoji(emoji);
              focusCommentary();
            }}
          />
        )}
        {picking && (
          <LazyEmojiPicker
            label={t('emojiForCommentary')}
            onPick={(emoji) => {
              void popup.addEmoji(emoji);
              setPicking(false);
              focusCommentary();
            }}
            onClose={() => {
              setPicking(false);
              focusCommentary();
            }}
          />
        )}
        <p class="status" role="status" aria-live="polite">
          {state.status}
        </p>
      </form>
      {state.highlighted > 1 && (
        <button type="button" class="wide" disabled={busy} onClick={() => void popup.addHighlighted()}>
          {tn('addHighlighted', state.highlighted)}
        </button>
      )}
      {draftSummary}
    </main>
  );
}
