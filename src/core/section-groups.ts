import { sameSectionName } from './model/section-list';

/** A run of items under one section: `name` as the settings spell it, '' for the items with none. */
export interface SectionGroup<T> {
  name: string;
  items: T[];
}

/**
 * The section an item is in, as the settings name it: '' when it has none or names one no longer
 * in the list (its items are then shown and exported with the unsectioned ones, never lost).
 */
export function sectionOf(item: { section?: string }, names: readonly string[]): string {
  const own = item.section ?? '';
  return own === '' ? '' : (names.find((name) => sameSectionName(name, own)) ?? '');
}

/**
 * The items grouped as the editor shows them and templates export them: first those with no
 * section (without a heading, they would read as part of the section above them), then each
 * section in the settings' order, every group kept even when empty (the editor offers it as a
 * place to move to). Inside a group the items keep their order.
 */
export function sectionGroups<T extends { section?: string }>(items: readonly T[], names: readonly string[]): SectionGroup<T>[] {
  const groups: SectionGroup<T>[] = [{ name: '', items: [] }, ...names.map((name) => ({ name, items: [] as T[] }))];
  for (const item of items) {
    const name = sectionOf(item, names);
    groups.find((group) => group.name === name)!.items.push(item);
  }
  return groups;
}

/** The items in the groups' order: the order the editor numbers and every export writes them. */
export const inSectionOrder = <T extends { section?: string }>(items: readonly T[], names: readonly string[]): T[] =>
  names.length === 0 ? [...items] : sectionGroups(items, names).flatMap((group) => group.items);
