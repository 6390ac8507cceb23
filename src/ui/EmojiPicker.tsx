import { useEffect, useRef } from 'preact/hooks';
import { t } from '../text/t';
import { emojiPickerLabels } from './emoji-picker-labels';

interface Props {
  /** Called with the chosen emoji's text. */
  onPick(emoji: string): void;
  onClose(): void;
  label: string;
}

/**
 * A searchable emoji picker (emoji-picker-element: keyboard and screen-reader friendly), with
 * its labels and emoji names in the UI's language.
 * This module is imported on demand, so the picker's code and data cost nothing until the
 * curator first opens it.
 */
export function EmojiPicker({ onPick, onClose, label }: Props) {
  const host = useRef<HTMLDivElement>(null);
  // The picker is created once; read the latest callback, not the first render's.
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    let disposed = false;
    let picker: HTMLElement | undefined;
    void Promise.all([import('emoji-picker-element'), import('./emoji-data')]).then(async ([{ Picker }, { emojiData }]) => {
      const { locale, dataSource } = emojiData(t('langCode'));
      const i18n = await emojiPickerLabels(locale);
      if (disposed || !host.current) return;
      picker = new Picker(i18n ? { locale, dataSource, i18n } : { locale, dataSource });
      picker.addEventListener('emoji-click', (event) => {
        const unicode = (event as CustomEvent<{ unicode?: string }>).detail.unicode;
        if (unicode) pick.current(unicode);
      });
      host.current.append(picker);
      // Put the cursor in the search box, so typing a word filters at once.
      requestAnimationFrame(() => picker?.shadowRoot?.querySelector<HTMLInputElement>('input')?.focus());
    });
    return () => {
      disposed = true;
      picker?.remove();
    };
  }, []);
  return (
    <div
      class="emoji-panel"
      role="dialog"
      aria-label={label}
      ref={host}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    />
  );
}
