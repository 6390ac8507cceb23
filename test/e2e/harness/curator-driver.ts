/**
 * What an e2e scenario does with a browser, in a person's terms, so one scenario runs in every
 * browser the suite drives: `chromium-driver.ts` (playwright-core) and `firefox-driver.ts`
 * (puppeteer-core over WebDriver BiDi) implement it. Fields and buttons are named as a person
 * reads them (a field by its label, a button by its text or `aria-label`).
 */
export interface ExtensionPage {
  fieldValue(field: string): Promise<string>;
  /** Replaces the field's text (Chromium: Playwright's `fill`; Firefox: select all, then typed). */
  fill(field: string, text: string): Promise<void>;
  focus(field: string): Promise<void>;
  click(button: string): Promise<void>;
  /** Types into whatever has the focus. */
  type(text: string): Promise<void>;
  press(key: 'Enter' | 'ArrowUp' | 'ArrowDown', ...modifiers: Array<'Alt' | 'Control'>): Promise<void>;
  /** The id of the focused element, if it has one. */
  focusedId(): Promise<string | undefined>;
  /** The text of the first element matching a CSS selector, or null when there is none. */
  text(selector: string): Promise<string | null>;
  /** Opens the emoji picker with `button`, searches for `search` and picks `emoji`. */
  pickEmoji(button: string, emoji: string, search: string): Promise<void>;
  /** Clicks `button` and returns the file the browser downloaded. */
  download(button: string): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

export interface CuratorDriver {
  /** Opens `url` in a new tab, as the article being clipped; returns a way to close it. */
  openArticle(url: string): Promise<{ close(): Promise<void> }>;
  /** The popup, clipping the tab that shows `articleUrl` (as from a toolbar click on it). */
  openPopupOn(articleUrl: string): Promise<ExtensionPage>;
  /** The issue editor. */
  openEditor(): Promise<ExtensionPage>;
}
