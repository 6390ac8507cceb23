/** What a key pressed on an item of the list asks for. */
export type ItemKeyAction = 'previous' | 'next' | 'open' | 'close' | 'moveUp' | 'moveDown' | 'sectionUp' | 'sectionDown';

/**
 * Where in an item the key was pressed: on its row or card itself, on a link or button of its
 * row, or in its card's fields and buttons.
 */
export type KeyPlace = 'item' | 'row-control' | 'card';

/**
 * The list's keys: ↑/↓ and k/j go between items, Enter opens one to edit, Escape closes it,
 * Alt+↑/↓ moves it (within its section), Alt+Shift+↑/↓ into the section before or after. Letters and plain arrows count only on a row (typing and a card's buttons keep
 * their keys), Enter only on the item itself (a row's link and button keep theirs).
 */
export function itemKeyAction(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, place: KeyPlace): ItemKeyAction | null {
  const { key, altKey, ctrlKey, metaKey, shiftKey } = event;
  if (ctrlKey || metaKey) return null;
  if (shiftKey) return !altKey ? null : key === 'ArrowUp' ? 'sectionUp' : key === 'ArrowDown' ? 'sectionDown' : null;
  if (key === 'Escape') return altKey ? null : 'close';
  if (altKey) return key === 'ArrowUp' ? 'moveUp' : key === 'ArrowDown' ? 'moveDown' : null;
  if (place === 'card') return null;
  if (key === 'ArrowUp' || key === 'k') return 'previous';
  if (key === 'ArrowDown' || key === 'j') return 'next';
  if (key === 'Enter' && place === 'item') return 'open';
  return null;
}
