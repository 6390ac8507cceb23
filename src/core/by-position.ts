/** What orders the items of one issue. */
export interface Positioned {
  id: string;
  position: number;
  addedAt: number;
}

/**
 * Sorts an issue's items into their order: by position, then (two items at one position, as a
 * restored or merged backup can hold) the one added first, then by id, so every reader agrees.
 */
export function byPosition(a: Positioned, b: Positioned): number {
  return a.position - b.position || a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
