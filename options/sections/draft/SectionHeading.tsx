import { t } from '../../../src/text/t';
import { dropTarget } from './drop-target';

interface Props {
  /** As the settings spell it; '' for the items with no section. */
  name: string;
  /** Its place among the groups: the heading's id, which "Before you send" links to. */
  index: number;
  count: number;
  over: boolean;
  onDragOver(isOver: boolean): void;
  /** An item dragged here joins the section, at its end. */
  onDrop(): void;
}

export const sectionHeadingId = (index: number) => `section-heading-${index}`;

/** A section's heading among the items: its name and how many it holds, and a place to drop an item into it. */
export function SectionHeading({ name, index, count, over, onDragOver, onDrop }: Props) {
  return (
    <li class={over ? 'section-heading drop-target' : 'section-heading'} {...dropTarget(onDragOver, () => onDrop())}>
      <h3 id={sectionHeadingId(index)} tabIndex={-1}>
        {t('sectionHeading', name || t('noSection'), count)}
      </h3>
    </li>
  );
}
