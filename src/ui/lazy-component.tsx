import type { ComponentChild, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../text/t';

/** What a lazy component shows before its code has arrived; nothing unless given. */
export interface LazyViews {
  loading: () => ComponentChild;
  /** Why the code did not load, in words; shown with a button that fetches it again. */
  failed: (reason: string) => string;
  /** The class of the paragraph that says so. */
  failedClass: string;
}

/**
 * A component whose code loads the first time it renders, so first paint does not pay for it
 * (preact/compat's `lazy` would cost more bytes than this). Once loaded it renders at once
 * everywhere; a failed load is not kept, so a retry, or the next render, fetches it again.
 */
export function lazyComponent<P extends object>(load: () => Promise<FunctionComponent<P>>, views?: LazyViews): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  let loading: Promise<FunctionComponent<P>> | undefined;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState(() => loaded);
    const [error, setError] = useState<string>();
    // Runs again when a retry clears the error.
    useEffect(() => {
      if (Component || error !== undefined) return;
      loading ??= load().then((component) => (loaded = component));
      loading.then(
        (component) => setComponent(() => component),
        (reason: unknown) => {
          loading = undefined;
          setError(String(reason));
        },
      );
    }, [error]);
    if (Component) return <Component {...props} />;
    if (!views) return null;
    if (error === undefined) return views.loading();
    return (
      <p class={views.failedClass} role="alert">
        {views.failed(error)}{' '}
        <button type="button" class="small" onClick={() => setError(undefined)}>
          {t('lazyRetry')}
        </button>
      </p>
    );
  };
}
