import type { ItemRecord } from '../../../src/storage';
import { t } from '../../../src/text/t';
import { DragHandle } from './DragHandle';
import { dropTarget } from './drop-target';
import { isWebLink, rowSummary } from './row-summary';

interface Props {
  item: ItemRecord;
  index: number;
  /** The row the Tab key reaches (roving tabindex): its link and button are reachable then too. */
  current: boolean;
  /** A dragged item hovers over this row. */
  over: boolean;
  onOpen(): void;
  onFocus(): void;
  onDragStart(): void;
  onDragOver(over: boolean): void;
  onDrop(data: DataTransfer | null): void;
}

/** One item in one line: number, title (a link), site, the blurb's first line and its emoji. */
export function ItemRow({ item, index, current, over, onOpen, onFocus, onDragStart, onDragOver, onDrop }: Props) {
  const n = index + 1;
  const { host, line, emoji } = rowSummary(item);
  const tab = current ? 0 : -1;
  const title = item.title.trim() || t('untitledItem');
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the rows are one tab stop moved by the arrow keys (a roving tabindex); the list handles their keys (Enter opens, as a click does).
    <li
      id={`item-${item.id}`}
      class={over ? 'item-row drop-target' : 'item-row'}
      tabIndex={tab}
      aria-label={t('itemN', n)}
      aria-describedby={`item-${item.id}-summary`}
      onFocus={onFocus}
      onClick={(event) => {
        // The title's link opens the page and the handle drags; the rest of the row opens the card.
        if (!(event.target as Element).closest('a, button, .handle')) onOpen();
      }}
      {...dropTarget(onDragOver, onDrop)}
    >
      <DragHandle id={item.id} onDragStart={onDragStart}>
        ⠿
      </DragHandle>
      <span class="row-number">{n}.</span>
      <span class="row-text" id={`item-${item.id}-summary`}>
        {isWebLink(item.url) ? (
          <a class="row-title" href={item.url} target="_blank" rel="noopener noreferrer" tabIndex={tab} dir="auto">
            {title}
          </a>
        ) : (
          <span class="row-title" dir="auto">
            {title}
          </span>
        )}
        {host && <span class="row-host">{host}</span>}
        <span class="row-blurb" dir="auto">
          {line}
        </span>
      </span>
      <span class="row-emoji">{emoji}</span>
      <button type="button" class="small row-edit" tabIndex={tab} aria-label={t('editItemN', n)} onClick={onOpen}>
        {t('editButton')}
      </button>
    </li>
  );
}
