import type { ComponentChildren } from 'preact';
import { t } from '../../../src/text/t';

interface Props {
  /** The dragged item's id, which the drag carries. */
  id: string;
  onDragStart(): void;
  children: ComponentChildren;
}

/** The grip an item of the list is dragged by. */
export function DragHandle({ id, onDragStart, children }: Props) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drag handle is the mouse's way; Alt+Arrow keys move an item from the keyboard.
    <span
      class="handle"
      draggable
      title={t('dragToReorder')}
      onDragStart={(event) => {
        event.dataTransfer?.setData('text/plain', id);
        onDragStart();
      }}
    >
      {children}
    </span>
  );
}
