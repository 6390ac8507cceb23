import { useRef } from 'preact/hooks';
import type { ItemRecord } from '../../../src/storage';
import { t } from '../../../src/text/t';
import type { EditorStore, UrlNote } from './editor-store';
import { ItemCard } from './ItemCard';

/** The numbered items, in export order. */
interface Props {
  items: ItemRecord[];
  /** By item id: what cleanup took off an address entered in the editor. */
  urlNotes?: Record<string, UrlNote>;
  editor: EditorStore;
  onDelete(item: ItemRecord, index: number): void;
}

export function ItemList({ items, urlNotes = {}, editor, onDelete }: Props) {
  const dragged = useRef<string | null>(null);
  if (items.length === 0) {
    return <p class="empty">{t('itemsEmpty')}</p>;
  }
  return (
    <ol class="items" aria-label={t('itemsList')}>
      {items.map((item, index) => (
        <ItemCard
          key={item.id}
          item={item}
          urlNote={urlNotes[item.id]}
          index={index}
          count={items.length}
          editor={editor}
          onDelete={() => onDelete(item, index)}
          onDragStart={(id) => (dragged.current = id)}
          onDrop={(toIndex) => {
            if (dragged.current) void editor.moveItem(dragged.current, toIndex);
            dragged.current = null;
          }}
        />
      ))}
    </ol>
  );
}
