/** A copy of `list` with the element at `from` moved to `to` (both clamped to the list). */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [moved] = copy.splice(from, 1);
  copy.splice(target, 0, moved as T);
  return copy;
}
