import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { appendEmoji } from '../../../src/core/append-emoji';
import { sectionOf } from '../../../src/core/section-groups';
import type { ItemRecord } from '../../../src/storage';
import { addedText } from '../../../src/text/added-text';
import { changedText } from '../../../src/text/changed-text';
import { t } from '../../../src/text/t';
import { urlChangeText } from '../../../src/text/url-change-text';
import { LazyEmojiPicker } from '../../../src/ui/LazyEmojiPicker';
import { DragHandle } from './DragHandle';
import { dropTarget } from './drop-target';
import type { EditorStore, UrlNote } from './editor-store';

interface Props {
  item: ItemRecord;
  /** What cleanup took off the address entered here, if anything. */
  urlNote?: UrlNote | undefined;
  index: number;
  count: number;
  editor: EditorStore;
  /** Drag and drop: the card reports what is dragged and where it is dropped. */
  onDragStart(id: string): void;
  onDrop(toIndex: number, data: DataTransfer | null): void;
  /** Deleting goes through the page's desk, which keeps the item for Undo. */
  onDelete(): void;
  /** Sends the item back to the pool of collected links (with Undo, on the page's desk). */
  onToPool?: (() => void) | undefined;
  /** In compact mode: closes the card back to its row (so does Escape). */
  onClose?: (() => void) | undefined;
  /** The newsletter's sections (settings): with any, the card offers a section picker. */
  sections?: readonly string[];
}

/** One item of the issue, edited in place, movable by drag, buttons or Alt+Arrow keys. */
export function ItemCard({ item, urlNote, index, count, editor, onDragStart, onDrop, onDelete, onToPool, onClose, sections = [] }: Props) {
  const [picking, setPicking] = useState(false);
  const [noting, setNoting] = useState(false);
  const [over, setOver] = useState(false);
  const n = index + 1;
  const fieldId = (name: string) => `item-${item.id}-${name}`;

  const card = useRef<HTMLLIElement>(null);
  // Reordering moves DOM nodes, which drops the focus; put it back where it was once the item
  // has moved, so the keyboard stays with the item and repeated presses keep moving it.
  const refocus = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (!target) return;
    (target.matches(':disabled') ? card.current : target)?.focus();
  }, [index]);
  const move = (delta: number) => {
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : card.current;
    void editor.moveBy(item.id, delta, sections);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if (!event.shiftKey) return move(delta);
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : card.current;
    void editor.moveSectionBy(item.id, delta, sections);
  };

  return (
    <li
      id={`item-${item.id}`}
      ref={card}
      class={over ? 'item drop-target' : 'item'}
      tabIndex={-1}
      aria-label={t('itemN', n)}
      onKeyDown={onKeyDown}
      {...dropTarget(setOver, (data) => {
        setOver(false);
        onDrop(index, data);
      })}
    >
      <div class="item-bar">
        <DragHandle id={item.id} onDragStart={() => onDragStart(item.id)}>
          ⠿ {n}.
        </DragHandle>
        <div class="item-actions">
          <button type="button" aria-label={t('moveItemUp', n)} disabled={index === 0} onClick={() => move(-1)}>
            ↑
          </button>
          <button type="button" aria-label={t('moveItemDown', n)} disabled={index === count - 1} onClick={() => move(1)}>
            ↓
          </button>
          {onToPool && (
            <button type="button" aria-label={t('toPoolItemN', n)} onClick={onToPool}>
              {t('saveForLater')}
            </button>
          )}
          <button type="button" class="danger" aria-label={t('deleteItemN', n)} onClick={onDelete}>
            {t('deleteButton')}
          </button>
          {onClose && (
            <button type="button" aria-label={t('closeItemN', n)} onClick={onClose}>
              {t('doneButton')}
            </button>
          )}
        </div>
      </div>
      <p class="note item-added">{[addedText(item.addedAt, item.addedBy), changedText(item, Date.now())].filter(Boolean).join(' · ')}</p>
      <label for={fieldId('title')}>{t('fieldTitle')}</label>
      <input
        id={fieldId('title')}
        aria-label={t('itemTitleN', n)}
        dir="auto"
        value={item.title}
        onInput={(e) => editor.setItemField(item.id, 'title', e.currentTarget.value)}
      />
      <label for={fieldId('url')}>{t('fieldUrl')}</label>
      <input
        id={fieldId('url')}
        aria-label={t('itemUrlN', n)}
        type="url"
        spellcheck={false}
        value={item.url}
        aria-describedby={urlNote?.url === item.url ? fieldId('url-note') : undefined}
        onInput={(e) => {
          editor.setItemField(item.id, 'url', e.currentTarget.value);
          // A pasted or dropped address is whole: clean it now. Typing is cleaned on leaving the field.
          if (/^insertFrom(Paste|Drop)/.test((e as unknown as InputEvent).inputType ?? '')) editor.enterItemUrl(item.id, e.currentTarget.value);
        }}
        onChange={(e) => editor.enterItemUrl(item.id, e.currentTarget.value)}
      />
      {urlNote?.url === item.url && (
        <p class="note" id={fieldId('url-note')}>
          {urlChangeText(urlNote.change)}{' '}
          <button type="button" class="link" aria-label={t('useOriginalUrlN', n)} onClick={() => editor.useOriginalUrl(item.id)}>
            {t('useOriginalUrl')}
          </button>
        </p>
      )}
      {sections.length > 0 && (
        <>
          <label for={fieldId('section')}>{t('sectionPickerLabel')}</label>
          <select
            id={fieldId('section')}
            value={sectionOf(item, sections)}
            onChange={(e) => {
              refocus.current = e.currentTarget;
              void editor.moveToSection(item.id, e.currentTarget.value, sections);
            }}
          >
            {['', ...sections].map((name) => (
              <option key={name} value={name}>
                {name || t('noSection')}
              </option>
            ))}
          </select>
        </>
      )}
      <label for={fieldId('commentary')}>{t('fieldCommentary')}</label>
      <textarea
        id={fieldId('commentary')}
        aria-label={t('itemCommentaryN', n)}
        dir="auto"
        rows={3}
        value={item.commentary}
        onInput={(e) => editor.setItemField(item.id, 'commentary', e.currentTarget.value)}
      />
      <button type="button" class="small" aria-expanded={picking} aria-label={t('emojiForItemN', n)} onClick={() => setPicking(!picking)}>
        <span aria-hidden="true">🙂 </span>
        {t('emojiButton')}
      </button>
      {noting || item.note ? (
        <>
          <label for={fieldId('note')}>
            {t('fieldNote')} <span class="label-note">{t('fieldNoteHint')}</span>
          </label>
          <textarea
            id={fieldId('note')}
            class="private-note"
            aria-label={t('itemNoteN', n)}
            dir="auto"
            rows={2}
            value={item.note}
            onInput={(e) => editor.setItemField(item.id, 'note', e.currentTarget.value)}
          />
        </>
      ) : (
        <button type="button" class="small" aria-label={t('addNoteN', n)} onClick={() => setNoting(true)}>
          {t('addNote')}
        </button>
      )}
      {picking && (
        <LazyEmojiPicker
          label={t('chooseEmojiForItemN', n)}
          onPick={(emoji) => {
            const current = editor.store.get().draft?.items.find((i) => i.id === item.id)?.commentary ?? '';
            editor.setItemField(item.id, 'commentary', appendEmoji(current, emoji));
            setPicking(false);
            document.getElementById(fieldId('commentary'))?.focus();
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </li>
  );
}
