import { useLayoutEffect, useState } from 'preact/hooks';

/** A minimal observable state holder for the UI stores; plain objects in, plain objects out. */
export interface Store<S> {
  get(): S;
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: (state: S) => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Re-renders the calling component on every change of `store`. It subscribes as the component is
 * put in the page (a layout effect), not after the frame that shows it: a change made meanwhile
 * (the popup's tab arriving) then reaches that frame instead of the one after.
 */
export function useStore<S>(store: Store<S>): S {
  const [state, setState] = useState(store.get());
  useLayoutEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
