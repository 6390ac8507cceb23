import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../text/t';
import type { EmojiPicker } from './EmojiPicker';

type Props = ComponentProps<typeof EmojiPicker>;
let loaded: FunctionComponent<Props> | undefined;

/**
 * The emoji picker, fetched the first time it is shown: it and its data are the heaviest part of
 * the UI and first paint does not need them. (preact/compat's `lazy` would cost more bytes than this.)
 */
export function LazyEmojiPicker(props: Props) {
  const [Picker, setPicker] = useState(() => loaded);
  const [error, setError] = useState('');
  useEffect(() => {
    if (Picker) return;
    import('./EmojiPicker')
      .then((module) => {
        loaded = module.EmojiPicker;
        setPicker(() => loaded);
      })
      .catch((reason: unknown) => setError(t('pickerDidntLoad', String(reason))));
  }, []);
  if (error)
    return (
      <p class="note" role="alert">
        {error}
      </p>
    );
  return Picker ? <Picker {...props} /> : <p class="note">{t('loadingEmoji')}</p>;
}
