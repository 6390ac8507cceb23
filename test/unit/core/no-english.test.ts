// Core returns findings as codes and values; src/text words them from _locales, so every page
// shows them in the curator's language. An English sentence left in core would be shown as is.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../../src/core/', import.meta.url));

/**
 * English that is data, not the extension speaking: each is matched against or written into
 * newsletter text, which is English whatever the curator's language. Keyed by file, then by
 * the literal's start.
 */
const DATA: Record<string, { starts: string[]; why: string }> = {
  'cleanup/known-sites.ts': { starts: ['The Kubernetes Authors', 'The New Stack'], why: 'site names as the sites write them' },
  'emoji-suggest/domain-keywords.ts': {
    starts: ['wheel of dharma', 'globe with meridians', 'open mailbox with raised flag'],
    why: 'emoji names (the suggestion ids; src/text/emoji-name-text.ts words them)',
  },
  'emoji-suggest/words.ts': { starts: ['a about after again'], why: 'English stop words, skipped when matching titles' },
  'link-health/answer-text.ts': { starts: ['Method Not Allowed', 'Unavailable For Legal Reasons'], why: 'HTTP reason phrases, as servers send them' },
  'model/settings.ts': { starts: ['Tweet of the week'], why: 'the recurring item title Kubelist issues end with (format data)' },
};

/** Three or more words in a row with one of English's commonest small words among them: a sentence. */
const WORD_RUN = /[A-Za-z’']+(?:[ ,;:]+[A-Za-z’']+){2,}/g;
const SMALL_WORD = /\b(the|a|an|is|are|be|was|not|no|of|to|in|on|with|from|for|and|or|it|this|that|cannot|could|should|has|have|only|its|as)\b/i;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The English-looking string and template literals in one file (comments are not literals). */
function englishIn(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const pieces: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) pieces.push(node.text);
    if (ts.isTemplateExpression(node)) pieces.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    for (const piece of pieces) {
      if ((piece.match(WORD_RUN) ?? []).some((run) => SMALL_WORD.test(run))) found.push(piece);
    }
    // Module specifiers are paths, not text anyone reads.
    if (!ts.isImportDeclaration(node) && !ts.isExportDeclaration(node)) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('src/core holds no English for the curator', () => {
  it('finds an English sentence where one is, and none in codes, data words or comments', () => {
    expect(englishIn('x.ts', "const m = 'The file could not be read.';")).toEqual(['The file could not be read.']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, on purpose
    expect(englishIn('x.ts', 'const m = `Expected a blank line ${where}.`;')).toEqual(['Expected a blank line ']);
    expect(englishIn('x.ts', "const code = 'noBlankLine'; // Expected a blank line here")).toEqual([]);
    expect(englishIn('x.ts', "const keywords = ['rocket', 'ship it'];")).toEqual([]);
  });

  const files = sources(CORE).map((path) => relative(CORE, path).replaceAll('\\', '/'));

  it('reads every file of src/core', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('allows only data that still exists, so the list cannot hide new English', () => {
    const stale = Object.entries(DATA).flatMap(([file, { starts }]) => {
      const english = englishIn(file, readFileSync(join(CORE, file), 'utf8'));
      return starts.filter((start) => !english.some((text) => text.startsWith(start))).map((start) => `${file}: ${start}`);
    });
    expect(stale).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const allowed = DATA[file]?.starts ?? [];
    const english = englishIn(file, readFileSync(join(CORE, file), 'utf8')).filter((text) => !allowed.some((start) => text.startsWith(start)));
    expect(english).toEqual([]);
  });
});
