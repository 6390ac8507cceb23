import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** A focus asked for before its element is on the page: taken as soon as it is rendered. */
interface Pending {
  id: string;
  /** A field of the item's card (`title`), or the item's row or card itself. */
  field: string | null;
  /** Scrolled to the middle of the window (a link landing on the item). */
  reveal: boolean;
}

/** Which item is open to edit in compact mode, and where the keyboard goes among the items. */
export interface ItemFocus {
  /** The item shown as its card; the others are rows. */
  open: string | null;
  /** Opens `id` (closing any other) and focuses its card, or one of its fields. */
  openItem(id: string, options?: { field?: string; reveal?: boolean }): void;
  /** Closes the open card; the focus goes back to its row. */
  close(): void;
  /** Focuses the row (or card) of `id` once it is rendered: after a move, the node is new. */
  focusItem(id: string): void;
}

const elementFor = ({ id, field }: Pending) => document.getElementById(field ? `item-${id}-${field}` : `item-${id}`);

/**
 * The open item and the focus that follows it. Opening swaps a row for a card (a new element), so
 * the focus is asked for first and taken in the layout effect after the render that shows it;
 * one asked for before the draft is loaded waits for it.
 */
export function useItemFocus(initial: string | null = null): ItemFocus {
  const [open, setOpen] = useState<string | null>(initial);
  const pending = useRef<Pending | null>(null);
  const [, rerender] = useState(0);
  useLayoutEffect(() => {
    const wanted = pending.current;
    const element = wanted && elementFor(wanted);
    if (!wanted || !element) return;
    pending.current = null;
    if (wanted.reveal) element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: wanted.reveal });
  });
  const want = (next: Pending) => {
    pending.current = next;
    rerender((n) => n + 1);
  };
  return {
    open,
    openItem(id, { field, reveal = false } = {}) {
      setOpen(id);
      want({ id, field: field ?? null, reveal });
    },
    close() {
      if (open === null) return;
      setOpen(null);
      want({ id: open, field: null, reveal: false });
    },
    focusItem: (id) => want({ id, field: null, reveal: false }),
  };
}
