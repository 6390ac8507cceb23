import { useRef, useState } from 'preact/hooks';
import { sectionOf } from '../../../src/core/section-groups';
import type { ItemRecord } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { POOLED_LINK_TYPE } from '../collected/pooled-drag';
import type { EditorStore, UrlNote } from './editor-store';
import { ItemCard } from './ItemCard';
import { ItemRow } from './ItemRow';
import { itemKeyAction, type KeyPlace } from './item-keys';
import { SectionHeading } from './SectionHeading';
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
  /** The newsletter's sections (settings): with any, the items come under a heading per section, in that order. */
  sections?: readonly string[];
}

const idOf = (element: Element) => element.id.replace(/^item-/, '');

export function ItemList({
  items,
  urlNotes = {},
  editor,
  onDelete,
  onToPool,
  onDropPooled,
  density = 'compact',
  focus: steered,
  describedBy,
  sections = [],
}: Props) {
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
  // The list is shown grouped by section; the editor moves by the order storage keeps.
  const storedIndex = (index: number) => {
    const stored = editor.store.get().draft?.items ?? items;
    const at = stored.findIndex((item) => item.id === items[index]?.id);
    return at < 0 ? index : at;
  };
  const groupOf = (id: string) => sectionOf(items.find((item) => item.id === id) ?? {}, sections);
  const drop = (toIndex: number, data: DataTransfer | null) => {
    setOver(null);
    const pooled = data?.getData(POOLED_LINK_TYPE);
    const target = items[toIndex];
    // Dropped among another section's items: it joins that section (at its end).
    if (dragged.current && target && groupOf(dragged.current) !== sectionOf(target, sections))
      void editor.moveToSection(dragged.current, sectionOf(target, sections), sections);
    else if (dragged.current) void editor.moveItem(dragged.current, storedIndex(toIndex));
    else if (pooled) onDropPooled?.(pooled, storedIndex(toIndex));
    dragged.current = null;
  };
  const dropOnHeading = (section: string) => {
    setOver(null);
    if (dragged.current) void editor.moveToSection(dragged.current, section, sections);
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
      if (action === 'sectionUp' || action === 'sectionDown') void editor.moveSectionBy(id, action === 'sectionUp' ? -1 : 1, sections);
      else void editor.moveBy(id, action === 'moveUp' ? -1 : 1, sections);
      focus.focusItem(id);
    }
  };

  // The headings (settings' order, "No section" first) before the first item of each group, and
  // those of the groups with no items where they belong, so each is a place to drag to.
  const groupNames = ['', ...sections];
  const groupCount = (name: string) => items.filter((item) => sectionOf(item, sections) === name).length;
  const groupIndex = (index: number) => groupNames.indexOf(sectionOf(items[index]!, sections));
  const heading = (name: string) => (
    <SectionHeading
      key={`section-${name}`}
      name={name}
      index={groupNames.indexOf(name)}
      count={groupCount(name)}
      over={over === `section-${name}`}
      onDragOver={(isOver) => setOver(isOver ? `section-${name}` : null)}
      onDrop={() => dropOnHeading(name)}
    />
  );
  /** The headings between the item before `index` (or the start) and the item at `index` (or the end). */
  const headingsBefore = (index: number) => {
    if (sections.length === 0) return [];
    const from = index === 0 ? -1 : groupIndex(index - 1);
    const to = index === items.length ? groupNames.length : groupIndex(index);
    if (index > 0 && from === to) return [];
    return groupNames.slice(from + 1, index === items.length ? to : to + 1).map(heading);
  };
  return (
    // The keys of the rows and cards inside are handled once, for the list.
    <ol class={compact ? 'items compact' : 'items'} aria-label={t('itemsList')} aria-describedby={describedBy} onKeyDown={onKeyDown}>
      {/* One flat list of keyed children: nested arrays would be matched by place, so a moved item would be made anew and lose the focus. */}
      {items.flatMap((item, index) => [
        ...headingsBefore(index),
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
            sections={sections}
          />
        ),
      ])}
      {headingsBefore(items.length)}
    </ol>
  );
}
