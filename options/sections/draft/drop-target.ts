/**
 * The handlers that make an element a place to drop an item: `onOver` is told whether a drag
 * hovers over it, `onDrop` gets what was dropped. Both defaults are prevented: dragover's, or the
 * browser would not drop here; drop's, or it would open what was dropped.
 */
export function dropTarget(onOver: (over: boolean) => void, onDrop: (data: DataTransfer | null) => void) {
  return {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      onOver(true);
    },
    onDragLeave: () => onOver(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      onDrop(event.dataTransfer);
    },
  };
}
