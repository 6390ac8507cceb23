import { useRef, useState } from 'preact/hooks';
import type { ItemRecord } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { POOLED_LINK_TYPE } from '../collected/pooled-drag';
import type { EditorStore, UrlNote } from './editor-store';
import { ItemCard } from './ItemCard';
import { ItemRow } from './ItemRow';
import { itemKeyAction, type KeyPlace } from './item-keys';
import { type ItemFocus, useItemFocus } from './use-item-focus';
import type { Density } from './view-prefs';

/** The numbered items, in export order. */
interface Props {
  items: ItemRecord[];
  /** By item id: what cleanup took off an address entered in the editor. */
  urlNotes?: Record<string, UrlNote>;
  editor: EditorStore;
  onDelete(item: ItemRecord, index: number): void;
  /** Sends an item back to the pool of collected links. */
  onToPool?: ((item: ItemRecord, index: number) => void) | undefined;
  /** A collected link dragged from the column and dropped on the item at `index`: it joins the issue there. */
  onDropPooled?: ((id: string, index: number) => void) | undefined;
  /** Compact (the default): a row per item, one card open to edit; full: every card open. */
  density?: Density;
  /** The open item and the focus, when the page steers them too (links to an item, Add item). */
  focus?: ItemFocus;
  /** The element that says the list's keys, for screen readers. */
  describedBy?: string;
}

const idOf = (element: Element) => element.id.replace(/^item-/, '');

export function ItemList({ items, urlNotes = {}, editor, onDelete, onToPool, onDropPooled, density = 'compact', focus: steered, describedBy }: Props) {
  const own = useItemFocus();
  const focus = steered ?? own;
  const dragged = useRef<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  if (items.length === 0) {
    return <p class="empty">{t('itemsEmpty')}</p>;
  }
  const compact = density === 'compact';
  // The row the Tab key reaches: the last one focused, else the first.
  const tabStop = items.some((item) => item.id === current) ? current : items[0]!.id;
  const drop = (toIndex: number, data: DataTransfer | null) => {
    setOver(null);
    const pooled = data?.getData(POOLED_LINK_TYPE);
    if (dragged.current) void editor.moveItem(dragged.current, toIndex);
    else if (pooled) onDropPooled?.(pooled, toIndex);
    dragged.current = null;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('.items > li');
    if (!item) return;
    const place: KeyPlace = target === item ? 'item' : item.classList.contains('item-row') ? 'row-control' : 'card';
    const action = itemKeyAction(event, place);
    const id = idOf(item);
    const index = items.findIndex((i) => i.id === id);
    if (!action || index < 0) return;
    if (action === 'previous' || action === 'next') {
      const to = items[index + (action === 'next' ? 1 : -1)];
      event.preventDefault();
      if (!to) return;
      setCurrent(to.id);
      document.getElementById(`item-${to.id}`)?.focus();
    } else if (action === 'open') {
      event.preventDefault();
      focus.openItem(id, { field: 'title' });
    } else if (action === 'close') {
      if (!compact || focus.open !== id) return;
      event.preventDefault();
      focus.close();
    } else {
      // A card moves itself (and keeps the focus in the field); this is a row.
      event.preventDefault();
      void editor.moveBy(id, action === 'moveUp' ? -1 : 1);
      focus.focusItem(id);
    }
  };

  return (
    // The keys of the rows and cards inside are handled once, for the list.
    <ol class={compact ? 'items compact' : 'items'} aria-label={t('itemsList')} aria-describedby={describedBy} onKeyDown={onKeyDown}>
      {items.map((item, index) =>
        compact && focus.open !== item.id ? (
          <ItemRow
            key={item.id}
            item={item}
            index={index}
            current={item.id === tabStop}
            over={over === item.id}
            onOpen={() => focus.openItem(item.id, { field: 'title' })}
            onFocus={() => setCurrent(item.id)}
            onDragStart={() => (dragged.current = item.id)}
            onDragOver={(isOver) => setOver(isOver ? item.id : null)}
            onDrop={(data) => drop(index, data)}
          />
        ) : (
          <ItemCard
            key={item.id}
            item={item}
            urlNote={urlNotes[item.id]}
            index={index}
            count={items.length}
            editor={editor}
            onDelete={() => onDelete(item, index)}
            onToPool={onToPool && (() => onToPool(item, index))}
            onDragStart={(id) => (dragged.current = id)}
            onDrop={drop}
            onClose={compact ? focus.close : undefined}
          />
        ),
      )}
    </ol>
  );
}
