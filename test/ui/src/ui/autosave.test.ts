import { describe, expect, it } from 'vitest';
import { RecordRefusedError } from '../../../../src/core/model/record-refused';
import { type AutosaveStatus, createAutosave } from '../../../../src/ui/autosave';

/** Timers the test steps by hand: nothing waits for real time. */
function manualTimers() {
  const waiting = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  return {
    timers: {
      set: (run: () => void, ms: number) => {
        waiting.set(++next, { run, ms });
        return next;
      },
      clear: (handle: unknown) => void waiting.delete(handle as number),
    },
    /** The delays of the timers now waiting. */
    delays: () => [...waiting.values()].map((timer) => timer.ms),
    /** Runs every timer now waiting, as if its time had come. */
    fire() {
      const due = [...waiting.values()];
      waiting.clear();
      for (const timer of due) timer.run();
    },
  };
}

interface HeldWrite {
  key: string;
  value: string;
  isLatest: () => boolean;
  commit(): void;
  fail(error: Error): void;
}

/** An engine whose writes the test commits or fails by hand, on timers it steps by hand. */
function engine(delayMs: number) {
  const clock = manualTimers();
  const writes: HeldWrite[] = [];
  const seen: AutosaveStatus[] = [];
  const waiters: ((status: AutosaveStatus) => void)[] = [];
  const autosave = createAutosave({
    delayMs,
    retryMs: 2000,
    describe: (error) => `because ${(error as Error).message}`,
    onStatus(status) {
      seen.push(status);
      for (const resolve of waiters.splice(0)) resolve(status);
    },
    timers: clock.timers,
  });
  const edit = (key: string, value: string) =>
    autosave.schedule(
      key,
      value,
      (isLatest) => new Promise((resolve, reject) => writes.push({ key, value, isLatest, commit: () => resolve(undefined), fail: reject })),
    );
  return {
    autosave,
    clock,
    writes,
    edit,
    values: () => writes.map((write) => `${write.key}=${write.value}`),
    state: () => seen.at(-1)?.state ?? 'idle',
    error: () => seen.at(-1)?.error ?? '',
    /** The next state reported (after an edit, or once a write's outcome is in). */
    nextStatus: () => new Promise<AutosaveStatus>((resolve) => waiters.push(resolve)),
  };
}

/** Lets every callback already queued run; waits for no time of its own. */
const afterQueuedCallbacks = () => new Promise((resolve) => setTimeout(resolve));

describe('the autosave engine', () => {
  describe('with no delay (the popup: it closes on any click elsewhere)', () => {
    it('starts each write on the edit itself, the next one while the first is still under way', () => {
      const { edit, values, clock } = engine(0);
      edit('form', 'W');
      expect(values()).toEqual(['form=W']);
      edit('form', 'Wo');
      expect(values()).toEqual(['form=W', 'form=Wo']);
      expect(clock.delays()).toEqual([]);
    });

    it('says "Saved" only once the write of the latest edit has committed, not an earlier one', async () => {
      const { edit, writes, state, nextStatus } = engine(0);
      edit('form', 'W');
      edit('form', 'Wo');
      expect(state()).toBe('saving');
      let outcome = nextStatus();
      writes[0]!.commit();
      expect((await outcome).state).toBe('saving');
      outcome = nextStatus();
      writes[1]!.commit();
      expect(await outcome).toEqual({ state: 'saved', error: '' });
    });

    it('reports only the latest write’s failure: an older one says nothing of the text on screen', async () => {
      const { autosave, edit, writes, state, nextStatus } = engine(0);
      edit('form', 'W');
      edit('form', 'Wo');
      const outcome = nextStatus();
      writes[0]!.fail(new Error('a hiccup'));
      expect((await outcome).state).toBe('saving');
      writes[1]!.commit();
      await autosave.settled();
      expect(state()).toBe('saved');
    });

    it('tells a write whether a later one of its key has started, for steps only the latest should take', () => {
      const { edit, writes } = engine(0);
      edit('form', 'W');
      expect(writes[0]!.isLatest()).toBe(true);
      edit('form', 'Wo');
      edit('other', 'x');
      expect([writes[0]!.isLatest(), writes[1]!.isLatest(), writes[2]!.isLatest()]).toEqual([false, true, true]);
    });

    it('keeps one retry waiting per key however many writes failed', async () => {
      const { autosave, edit, writes, clock } = engine(0);
      edit('form', 'W');
      writes[0]!.fail(new Error('disk full'));
      await autosave.settled();
      edit('form', 'Wo');
      writes[1]!.fail(new Error('disk full'));
      await autosave.settled();
      expect(clock.delays()).toEqual([2000]);
    });

    it('waits, when settling or flushing, for writes that other writes started', async () => {
      const { autosave, state } = engine(0);
      let gone: () => void = () => undefined;
      let secondWritten = false;
      // As the popup does when the item it writes to was deleted: the text goes to a clip instead.
      autosave.schedule('form', 'to the item', async () => {
        await null;
        autosave.schedule('form', 'to a clip', () => new Promise<void>((resolve) => (gone = resolve)).then(() => (secondWritten = true)));
      });
      let settled = false;
      const done = autosave.settled().then(() => (settled = true));
      await afterQueuedCallbacks();
      expect(settled).toBe(false);
      gone();
      await done;
      expect(secondWritten).toBe(true);
      expect(state()).toBe('saved');
    });
  });

  describe('with a delay (the editor: one write per field per pause in typing)', () => {
    it('writes a key once, its last value, the delay after its last edit', () => {
      const { edit, values, clock } = engine(250);
      edit('headline', 'Ba');
      edit('headline', 'Back');
      expect(values()).toEqual([]);
      expect(clock.delays()).toEqual([250]);
      clock.fire();
      expect(values()).toEqual(['headline=Back']);
    });

    it('writes each key on its own, and says "Saved" only once all have committed', async () => {
      const { autosave, edit, writes, values, clock, state, nextStatus } = engine(250);
      edit('headline', 'H');
      edit('intro', 'I');
      clock.fire();
      expect(values().sort()).toEqual(['headline=H', 'intro=I']);
      const outcome = nextStatus();
      writes[0]!.commit();
      expect((await outcome).state).toBe('saving');
      writes[1]!.commit();
      await autosave.settled();
      expect(state()).toBe('saved');
    });

    it('keeps the value of an edit until it is written, for a reload to show instead of the stored one', async () => {
      const { autosave, edit, writes, clock } = engine(250);
      edit('headline', 'H');
      expect([...autosave.unsavedValues()]).toEqual([['headline', 'H']]);
      expect(autosave.pending).toBe(true);
      clock.fire();
      writes[0]!.commit();
      await autosave.settled();
      expect([...autosave.unsavedValues()]).toEqual([]);
      expect(autosave.pending).toBe(false);
    });

    it('says "Not saved" with the reason, keeps the value and retries it until it is written', async () => {
      const { autosave, edit, writes, values, clock, state, error } = engine(250);
      edit('intro', 'Precious words');
      clock.fire();
      writes[0]!.fail(new Error('no room left'));
      await autosave.settled();
      expect([state(), error()]).toEqual(['failed', 'because no room left']);
      expect(autosave.unsavedValues().get('intro')).toBe('Precious words');
      expect(clock.delays()).toEqual([2000]);
      clock.fire();
      writes[1]!.fail(new Error('still no room'));
      await autosave.settled();
      expect(error()).toBe('because still no room');
      clock.fire();
      writes[2]!.commit();
      await autosave.settled();
      expect(values()).toEqual(['intro=Precious words', 'intro=Precious words', 'intro=Precious words']);
      expect(state()).toBe('saved');
      expect(autosave.pending).toBe(false);
    });

    it('keeps saying "Not saved" through further edits until a write of them commits', async () => {
      const { autosave, edit, writes, clock, state } = engine(250);
      edit('headline', 'Old');
      clock.fire();
      writes[0]!.fail(new Error('disk gone'));
      await autosave.settled();
      edit('headline', 'Newer');
      expect(state()).toBe('failed');
      clock.fire();
      writes[1]!.commit();
      await autosave.settled();
      expect(state()).toBe('saved');
    });

    it('retries the newest value, not the one that failed, when a newer edit is waiting', async () => {
      const { autosave, edit, writes, values, clock, state } = engine(250);
      edit('headline', 'Old');
      clock.fire();
      edit('headline', 'New');
      writes[0]!.fail(new Error('disk gone'));
      await autosave.settled();
      expect(state()).toBe('failed');
      expect(clock.delays()).toEqual([250]);
      clock.fire();
      expect(values()).toEqual(['headline=Old', 'headline=New']);
      writes[1]!.commit();
      await autosave.settled();
      expect(state()).toBe('saved');
    });

    it('does not retry a value storage refused (its check fails the same way each time); the next edit writes again', async () => {
      const { autosave, edit, writes, values, clock, state, error } = engine(250);
      edit('commentary', 'x'.repeat(10));
      clock.fire();
      writes[0]!.fail(new RecordRefusedError('item', 'commentary', { code: 'tooLong', max: 5 }));
      await autosave.settled();
      expect(state()).toBe('failed');
      expect(error()).toBe('because recordRefused: item.commentary tooLong');
      expect(clock.delays()).toEqual([]);
      expect(autosave.pending).toBe(true);
      edit('commentary', 'short');
      clock.fire();
      expect(values()).toEqual([`commentary=${'x'.repeat(10)}`, 'commentary=short']);
      writes[1]!.commit();
      await autosave.settled();
      expect(state()).toBe('saved');
    });

    it('starts waiting writes and retries at once on a flush (the page going away), and resolves once they settled', async () => {
      const { autosave, edit, writes, values, clock, state } = engine(250);
      edit('headline', 'H');
      await autosave.settled(); // starts nothing
      expect(values()).toEqual([]);
      const flushed = autosave.flush();
      expect(values()).toEqual(['headline=H']);
      writes[0]!.fail(new Error('disk gone'));
      await flushed;
      expect(state()).toBe('failed');
      const again = autosave.flush();
      expect(values()).toEqual(['headline=H', 'headline=H']);
      writes[1]!.commit();
      await again;
      expect(state()).toBe('saved');
      expect(clock.delays()).toEqual([]);
    });
  });
});
