import { describe, expect, it } from 'vitest';
import { inlineHtml } from '../../../../src/core/templates/inline-html';
import { templateView } from '../../../../src/core/templates/template-view';
import { MADE_UP_DRAFT } from '../../../fixtures/templates/made-up-draft';
import { MADE_UP_SECTIONED_DRAFT, MADE_UP_SECTIONS } from '../../../fixtures/templates/made-up-sectioned-draft';

describe('templateView', () => {
  it('numbers the items and marks the first and last', () => {
    const view = templateView(MADE_UP_DRAFT, { kind: 'markdown', newsletterName: 'Mesh', issueUrlBase: 'https://mesh.example/' });
    expect(view.items.map(({ n, first, last }) => [n, first, last])).toEqual([
      [1, true, false],
      [2, false, false],
      [3, false, true],
    ]);
    expect(view).toMatchObject({ newsletter: 'Mesh', number: 210, date: '2026-12-09', issueUrl: 'https://mesh.example/210', itemCount: 3, hasItems: true });
    expect(view.sections).toEqual([{ name: '', items: view.items, start: 1 }]);
    expect(view.items.map((item) => item.emoji)).toEqual(['🚪', '🐞🔧', '']);
    expect([view.previousFile, view.nextFile]).toEqual(['kubelist-209.md', 'kubelist-211.md']);
  });

  it('escapes titles and destinations for markdown as Kubelist does, and keeps blurbs as written', () => {
    const item = templateView(MADE_UP_DRAFT, { kind: 'markdown', newsletterName: 'Mesh' }).items[1]!;
    expect(item.title).toBe('Debugging \\<pods> with \\`kubectl debug\\` & ephemeral containers');
    expect(item.url).toBe('https://example.com/debug?x=1&y=2');
    expect(item.blurb).toBe(MADE_UP_DRAFT.items[1]!.commentary);
    expect(item.blurbLine).toBe('Two lines of blurb, and [the docs](https://kubernetes.io/docs/tasks/debug/) linked. 🐞🔧');
    expect(item.blurbIndented).toBe('    Two lines of blurb,\nand [the docs](https://kubernetes.io/docs/tasks/debug/) linked. 🐞🔧');
  });

  it('groups the items by section in the settings’ order, the unsectioned first, and numbers them in that order', () => {
    const view = templateView(MADE_UP_SECTIONED_DRAFT, { kind: 'markdown', newsletterName: 'Mesh', sections: MADE_UP_SECTIONS });
    expect(view.sections.map(({ name, start, items }) => [name, start, items.map((item) => item.n)])).toEqual([
      ['', 1, [1, 2]],
      ['News', 3, [3, 4]],
      ['Tools & <Tips>', 5, [5]],
      ['Talks', 6, [6, 7]],
    ]);
    expect(view.items.map((item) => item.title)).toEqual(view.sections.flatMap((section) => section.items.map((item) => item.title)));
    expect(view.items.at(-1)).toMatchObject({ title: 'Tweet of the week', last: true });
    expect(templateView(MADE_UP_SECTIONED_DRAFT, { kind: 'html', newsletterName: 'Mesh', sections: MADE_UP_SECTIONS }).sections[2]!.name).toBe(
      'Tools &amp; &lt;Tips&gt;',
    );
  });

  it('keeps the stored order and one unnamed section when the newsletter has no sections, and none without items', () => {
    const view = templateView(MADE_UP_SECTIONED_DRAFT, { kind: 'markdown', newsletterName: 'Mesh' });
    expect(view.items.map((item) => item.title)).toEqual(MADE_UP_SECTIONED_DRAFT.items.map((item) => item.title));
    expect(view.sections).toEqual([{ name: '', items: view.items, start: 1 }]);
    expect(templateView({ ...MADE_UP_SECTIONED_DRAFT, items: [] }, { kind: 'markdown', newsletterName: 'Mesh', sections: MADE_UP_SECTIONS }).sections).toEqual(
      [],
    );
  });

  it('escapes every text for html and keeps only web links', () => {
    const view = templateView(MADE_UP_DRAFT, { kind: 'html', newsletterName: 'A & <B>' });
    expect(view.newsletter).toBe('A &amp; &lt;B&gt;');
    expect(view.headline).toBe('Gateways &amp; &lt;meshes&gt; 🕸');
    expect(view.items[0]!.title).toBe('Gateway API v2 [GA] is &quot;here&quot;');
    expect(view.items[1]!.url).toBe('https://example.com/debug?x=1&amp;y=2');
    const unsafe = templateView(
      { ...MADE_UP_DRAFT, items: [{ title: 'x', url: 'javascript:alert(1)', commentary: '' }] },
      { kind: 'html', newsletterName: 'N' },
    );
    expect(unsafe.items[0]!.url).toBe('');
  });
});

describe('inlineHtml', () => {
  it('keeps <a href> and markdown links to http(s), escapes the rest', () => {
    expect(inlineHtml('See <a href="https://a.example/?x=1&amp;y=2">A</a> and [B](https://b.example/).')).toBe(
      'See <a href="https://a.example/?x=1&amp;y=2">A</a> and <a href="https://b.example/">B</a>.',
    );
    expect(inlineHtml('<b onclick="x()">bold</b>')).toBe('&lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;');
  });

  it('leaves a link to any other scheme as text', () => {
    expect(inlineHtml('[bad](javascript:alert(1)) <a href="javascript:x">y</a> [data](data:text/html,x)')).toBe(
      '[bad](javascript:alert(1)) &lt;a href=&quot;javascript:x&quot;&gt;y&lt;/a&gt; [data](data:text/html,x)',
    );
  });

  it('breaks lines with <br>', () => {
    expect(inlineHtml('one\r\ntwo\nthree')).toBe('one<br>two<br>three');
  });
});
