// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '../../../../src/core/emoji-suggest';
import { EmojiSuggestions, SUGGEST_DELAY_MS } from '../../../../src/ui/EmojiSuggestions';

// Counts the suggestion runs, to see the typing debounced; the component imports the core lazily.
vi.mock('../../../../src/core/emoji-suggest', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/core/emoji-suggest')>();
  return { ...original, suggestEmoji: vi.fn(original.suggestEmoji) };
});
const suggestEmoji = vi.mocked(core.suggestEmoji);

afterEach(() => {
  cleanup();
  suggestEmoji.mockClear();
});

const row = () => screen.findByRole('group', { name: 'Suggested emoji' });
const labels = (group: HTMLElement) => [...group.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
/** The index the popup hands the row, from these past blurbs. */
const past = (entries: core.HistoryEntry[]) => core.buildHistoryIndex(entries);
const sleep = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

describe('EmojiSuggestions', () => {
  it('offers emoji from the words of the title, named for screen readers', async () => {
    render(<EmojiSuggestions text="Kubernetes security vulnerability" history={past([])} onPick={() => {}} />);
    const group = await row();
    expect(labels(group)).toContain('Add emoji 🔒 (locked)');
    expect(labels(group).length).toBeLessThanOrEqual(3);
  });

  it('hands the clicked emoji to onPick', async () => {
    const onPick = vi.fn();
    render(<EmojiSuggestions text="Kubernetes security vulnerability" history={past([])} onPick={onPick} />);
    await row();
    fireEvent.click(screen.getByRole('button', { name: 'Add emoji 🔒 (locked)' }));
    expect(onPick).toHaveBeenCalledWith('🔒');
  });

  it('adds the curator’s own emoji for a word to the domain’s, in a short row', async () => {
    const history = past([{ text: 'Our weekly podcast', emoji: ['🔊'] }]);
    render(<EmojiSuggestions text="A new podcast episode" history={history} onPick={() => {}} />);
    expect(labels(await row())).toEqual(['Add emoji 🎙️ (studio microphone)', 'Add emoji 🔊 (speaker high volume)']);
  });

  it('labels an emoji the keyword map cannot name by the emoji alone', async () => {
    render(<EmojiSuggestions text="Spotify Backstage" history={past([{ text: 'Backstage at Spotify', emoji: ['🎸'] }])} onPick={() => {}} />);
    expect(labels(await row())).toEqual(['Add emoji 🎸']);
  });

  it('waits for the history before showing a row, so the row does not reshuffle', async () => {
    const { rerender } = render(<EmojiSuggestions text="Security" history={null} onPick={() => {}} />);
    await sleep(SUGGEST_DELAY_MS * 2);
    expect(screen.queryByRole('group')).toBeNull();
    rerender(<EmojiSuggestions text="Security" history={past([{ text: 'Security', emoji: ['🛡'] }])} onPick={() => {}} />);
    expect(labels(await row())[0]).toBe('Add emoji 🛡 (shield)');
  });

  it('renders nothing when there is nothing to suggest', async () => {
    render(<EmojiSuggestions text="Zzyzx qwfp" history={past([])} onPick={() => {}} />);
    await waitFor(() => expect(suggestEmoji).toHaveBeenCalled());
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.body.querySelector('button')).toBeNull();
  });

  it('recomputes once the curator pauses typing, not on every keystroke', async () => {
    const props = { history: past([]), onPick: () => {} };
    const { rerender } = render(<EmojiSuggestions text="Security" {...props} />);
    await row();
    expect(suggestEmoji).toHaveBeenCalledTimes(1);
    // The keystrokes come on a fake clock, so a slow machine cannot stretch the gaps between them.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const text of ['Security p', 'Security pa', 'Security pac', 'Security package']) {
        rerender(<EmojiSuggestions text={text} {...props} />);
        act(() => {
          vi.advanceTimersByTime(SUGGEST_DELAY_MS - 1);
        });
      }
      expect(suggestEmoji).toHaveBeenCalledTimes(1);
      act(() => {
        vi.advanceTimersByTime(1);
      });
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(labels(screen.getByRole('group'))).toContain('Add emoji 📦 (package)'));
    expect(suggestEmoji).toHaveBeenCalledTimes(2);
  });

  it('drops the emoji just added at once, before the next recomputation', async () => {
    const props = { history: past([]), onPick: () => {} };
    const { rerender } = render(<EmojiSuggestions text="Kubernetes security" {...props} />);
    expect(labels(await row())).toContain('Add emoji 🔒 (locked)');
    rerender(<EmojiSuggestions text="Kubernetes security 🔒" {...props} />);
    expect(labels(screen.getByRole('group'))).not.toContain('Add emoji 🔒 (locked)');
  });
});
