import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EditorStores } from './compose-stores';

/**
 * The editor page's stores, provided once by the page's root (main.tsx; tests provide their own).
 * No default: every component that asks is rendered under that root.
 */
export const StoresContext = createContext<EditorStores>(null as never);

/** The stores the page's root composed. */
export const useStores = (): EditorStores => useContext(StoresContext);
