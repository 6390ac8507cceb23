// Core returns findings as codes and values; src/text words them from _locales, so a page can
// show them in the curator's language. An English sentence left in core would be shown as is.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Folders of src/core whose findings src/text words (add one once its English is gone). */
const FOLDERS = ['kubelist', 'import'];

const CORE = new URL('../../../src/core/', import.meta.url);
const files = FOLDERS.flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, CORE))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name}`),
);

/** The text of every string and template literal in a source file (comments are not literals). */
function literals(name: string, source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…'));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true));
  return found;
}

/** Three lower-case words in a row: a sentence, where a format shape or a code has none. */
const SENTENCE = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

describe('src/core holds no English for the curator', () => {
  it('reads some files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s', (file) => {
    expect(literals(file, readFileSync(new URL(file, CORE), 'utf8')).filter((literal) => SENTENCE.test(literal))).toEqual([]);
  });
});
