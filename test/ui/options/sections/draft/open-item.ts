import { fireEvent, screen } from '@testing-library/preact';

/**
 * Opens item `n` to edit, as a click on its row's Edit button does: the list shows compact rows,
 * and an item's fields exist only while its card is open.
 */
export function openItem(n: number): void {
  fireEvent.click(screen.getByRole('button', { name: `Edit item ${n}` }));
}
