import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './launch';

/**
 * English left in a page shown in another language, found generically: any visible text, or
 * `title`, `aria-label`, `placeholder` or `alt`, that is an English message of _locales whose
 * translation differs, or that holds an English word no German sentence uses. Open shadow roots
 * (the emoji picker's) are searched too.
 */

type Messages = Record<string, { message: string }>;
const read = (locale: string) => JSON.parse(readFileSync(join(REPO_ROOT, '_locales', locale, 'messages.json'), 'utf8')) as Messages;

/** English words that are not German words too ("was", "an", "in", "Link", "Import" are). */
const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'with',
  'for',
  'from',
  'your',
  'this',
  'that',
  'not',
  'is',
  'are',
  'has',
  'have',
  'or',
  'to',
  "can't",
  "couldn't",
  'Backup',
  'Restore',
  'Settings',
  'Draft',
  'Search',
  'Save',
  'Saved',
  'Delete',
  'Cancel',
  'Undo',
  'Add',
  'Added',
  'Loading',
  'Failed',
  'Favorites',
  'Categories',
];
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}'’-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}'’-])`, 'iu');

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER = /\$[\w@]+\$/g;

/** A test for each English message whose translation differs; placeholders match any text. */
function englishMessages(locale: string): { name: string; matches(text: string): boolean }[] {
  const english = read('en');
  const translated = read(locale);
  return Object.entries(english)
    .filter(([name, { message }]) => translated[name]?.message !== message && /\p{L}{2}/u.test(message.replace(PLACEHOLDER, '')))
    .map(([name, { message }]) => {
      const pattern = new RegExp(`^${message.split(PLACEHOLDER).map(literal).join('.+')}$`, 's');
      return { name, matches: (text: string) => pattern.test(text) };
    });
}

/**
 * Words quoted verbatim, not translatable: the newsletter's own format („## [Kubelist Issue …“)
 * in a German message.
 */
const QUOTED = /„[^“]*“/g;

/** One finding: where on the page, the text, and why it is English. */
export interface EnglishText {
  where: string;
  text: string;
  why: string;
}

/** A text a page shows: where, the text, and whether it is a whole element's (several text nodes). */
export interface ShownText {
  where: string;
  text: string;
  whole: boolean;
}

/**
 * English in what `page` shows now, shown in `locale`. The issue itself (its markdown, its
 * rendered preview, archived issues) and code are written in the newsletter's language, not
 * the UI's, and are left out, as are form fields' values (the curator's own words).
 */
export async function englishText(page: Page, locale = 'de'): Promise<EnglishText[]> {
  const shown = await page.evaluate(collectShownText, 'pre, code, kbd, samp, textarea, script, style, template, [translate="no"], .rendered, .rendered-text');
  return findEnglish(shown, locale);
}

/** The English among texts shown in `locale`: an English message that `locale` words otherwise, or an English word. */
export function findEnglish(shown: readonly ShownText[], locale: string): EnglishText[] {
  const messages = englishMessages(locale);
  const found: EnglishText[] = [];
  for (const { where, text, whole } of shown) {
    const message = messages.find((candidate) => candidate.matches(text));
    if (message) found.push({ where, text, why: `English message "${message.name}"` });
    else if (!whole) {
      // A whole element's text is one of its text nodes' too: its words are checked there.
      const word = ENGLISH_WORD.exec(text.replace(QUOTED, ''));
      if (word) found.push({ where, text, why: `English word "${word[1]}"` });
    }
  }
  return found;
}

/** Runs in the page: every visible text, by text node and by element, and the labelling attributes. */
function collectShownText(skip: string): ShownText[] {
  const found: ShownText[] = [];
  const normal = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const describe = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const inShadow = element.getRootNode() instanceof ShadowRoot ? ' (in shadow DOM)' : '';
    return `${element.tagName.toLowerCase()}${id}${classes}${inShadow}`;
  };
  const add = (where: string, text: string, whole: boolean) => {
    if (/\p{L}/u.test(text)) found.push({ where, text, whole });
  };
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.closest(skip)) continue;
      if (element.shadowRoot) visit(element.shadowRoot);
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      for (const attribute of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = normal(element.getAttribute(attribute));
        if (value) add(`${describe(element)}[${attribute}]`, value, false);
      }
      for (const node of element.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) add(describe(element), normal(node.textContent), false);
      }
      // A sentence with elements in it (a link, a count) is compared whole to the messages; a
      // block of several lines is not one message.
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown (no hidden parts, blocks on lines of their own) is what is checked.
      const shownText = element instanceof HTMLElement && element.children.length > 0 ? element.innerText : '';
      if (shownText && !shownText.trim().includes('\n')) add(describe(element), normal(shownText), true);
    }
  };
  visit(document);
  return found;
}

/** The findings, one a line, for a failure message. */
export const listEnglish = (found: EnglishText[]) => found.map(({ where, text, why }) => `${where}: "${text}" (${why})`).join('\n');
