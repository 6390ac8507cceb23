// @vitest-environment happy-dom
import { act, render, screen, waitFor } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { App } from '../../../popup/App';
import { createPopupStore } from '../../../popup/popup-store';
import type { TabInfo } from '../../../src/platform/tabs';
import { openCuratorDb } from '../../../src/storage';
import { popupDeps } from '../../fakes/popup-deps';

// Records when the chunks that follow the title and URL are evaluated, i.e. fetched on the page.
// A file of its own: once a chunk is loaded, every later popup in the same file has it.
const lateLoaded = vi.hoisted(() => ({ components: false, suggestions: false }));
vi.mock('../../../popup/components/late-components', async (original) => {
  lateLoaded.components = true;
  return original();
});
vi.mock('../../../src/ui/EmojiSuggestions', async (original) => {
  lateLoaded.suggestions = true;
  return original();
});

// Each fetch is a request the browser process serves and costs the page's main thread time: made
// before the title and URL are shown, it delays the frame that shows them (docs/performance.md).
it('fetches no later code while the tab lookup is under way, and all of it once the tab has answered', async () => {
  const db = await openCuratorDb('popup-first-fetch');
  let answer: (tab: TabInfo) => void = () => undefined;
  const tab = new Promise<TabInfo>((resolve) => {
    answer = resolve;
  });
  const popup = createPopupStore({ ...popupDeps(db, null), targetTab: () => tab });
  render(<App popup={popup} />);
  void popup.start();
  // act() runs the first render's effects, whatever the machine's speed.
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  expect(lateLoaded).toEqual({ components: false, suggestions: false });
  answer({ id: 1, title: 'A good article', url: 'https://example.com/post' });
  await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('A good article'));
  await waitFor(() => expect(lateLoaded).toEqual({ components: true, suggestions: true }));
});
