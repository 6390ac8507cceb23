import { useRef } from 'preact/hooks';
import type { ItemRecord } from '../../src/storage';
import type { EditorStore } from '../editor-store';
import { ItemCard } from './ItemCard';

/** The issue's numbered items, in export order. */
export function ItemList({ items, editor }: { items: ItemRecord[]; editor: EditorStore }) {
  const dragged = useRef<string | null>(null);
  if (items.length === 0) {
    return (
      <p class="empty">
        No items yet. On any article, click the toolbar button and press “Add to issue”.
      </p>
    );
  }
  return (
    <ol class="items" aria-label="Items">
      {items.map((item, index) => (
        <ItemCard
          key={item.id}
          item={item}
          index={index}
          count={items.length}
          editor={editor}
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
