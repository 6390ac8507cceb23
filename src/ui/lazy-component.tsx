import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it renders, so first paint does not pay for it.
 * Renders nothing until then (preact/compat's `lazy` would cost more bytes than this).
 */
export function lazyComponent<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  let loading: Promise<FunctionComponent<P>> | undefined;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (Component) return;
      loading ??= load().then((component) => (loaded = component));
      void loading.then((component) => setComponent(() => component));
    }, []);
    return Component ? <Component {...props} /> : null;
  };
}
