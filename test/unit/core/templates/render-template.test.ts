import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTemplate, renderTemplate } from '../../../../src/core/templates/render-template';
import { templateView } from '../../../../src/core/templates/template-view';
import { MADE_UP_DRAFT } from '../../../fixtures/templates/made-up-draft';

const view = templateView(MADE_UP_DRAFT, { kind: 'markdown', newsletterName: 'Mesh' });

describe('the template engine (Mustache)', () => {
  it('builds no code at run time: its dist holds no eval and no Function constructor (MV3 CSP)', () => {
    const entry = createRequire(import.meta.url).resolve('mustache');
    for (const file of ['mustache.js', 'mustache.mjs']) {
      const source = readFileSync(join(dirname(entry), file), 'utf8');
      expect(source).not.toMatch(/\beval\s*\(/);
      expect(source).not.toMatch(/new\s+Function\b|[^\w.]Function\s*\(/);
    }
  });

  it('fills in the view, as it is: values are escaped by the view, not the engine', () => {
    const result = renderTemplate('{{number}} {{headline}} {{{headline}}}{{#items}}\n{{n}}. {{title}}{{/items}}', view);
    expect(result.text).toBe(
      '210 Gateways & <meshes> 🕸 Gateways & <meshes> 🕸\n1. Gateway API v2 [GA] is "here"\n2. Debugging \\<pods> with \\`kubectl debug\\` & ephemeral containers\n3. Tweet of the week',
    );
  });

  it('writes nothing for a partial, as none are given', () => {
    expect(renderTemplate('a{{> footer}}b', view).text).toBe('ab');
  });
});

describe('problems, with their line', () => {
  it('accepts a body it can read', () => {
    expect(checkTemplate('{{#items}}\n{{title}}\n{{/items}}')).toBeNull();
  });

  it('names an unclosed section on the line that opens it', () => {
    expect(checkTemplate('# {{newsletter}}\n\n{{#items}}\n- {{title}}\n')).toEqual({ code: 'unclosedSection', line: 3, name: 'items' });
  });

  it('names a section closed with another name on the line of the closing tag', () => {
    expect(checkTemplate('{{#items}}\n- {{title}}\n{{/sections}}')).toEqual({ code: 'unclosedSection', line: 3, name: 'items' });
  });

  it('names a closing tag with nothing open', () => {
    expect(checkTemplate('one\ntwo {{/items}}')).toEqual({ code: 'unopenedSection', line: 2, name: 'items' });
  });

  it('names an unclosed tag on the line it starts', () => {
    expect(checkTemplate('one\ntwo {{title\nthree\n')).toEqual({ code: 'unclosedTag', line: 2 });
  });

  it('names delimiters that cannot be used', () => {
    expect(checkTemplate('a\n{{=<% =}}')?.code).toBe('badDelimiters');
  });

  it('renders a broken body as its problem, never as text', () => {
    expect(renderTemplate('{{#items}}', view)).toEqual({ problem: { code: 'unclosedSection', line: 1, name: 'items' } });
  });
});
