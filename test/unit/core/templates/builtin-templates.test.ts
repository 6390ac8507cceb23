import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../../../../src/core/cleanup';
import { KUBELIST_MARKDOWN } from '../../../../src/core/export/exporters';
import { templateExporter } from '../../../../src/core/export/template-exporter';
import type { Issue } from '../../../../src/core/issue';
import { checkExportable, formatIssue, parseIssue } from '../../../../src/core/kubelist';
import { BUILTIN_TEMPLATES, builtinTemplate, chosenTemplate } from '../../../../src/core/templates/builtin-templates';
import { checkTemplate } from '../../../../src/core/templates/render-template';
import { archiveText, describeWithArchive, readArchive } from '../../../fixtures/archive';
import { MADE_UP_DRAFT } from '../../../fixtures/templates/made-up-draft';
import { MADE_UP_SECTIONED_DRAFT, MADE_UP_SECTIONS } from '../../../fixtures/templates/made-up-sectioned-draft';
import { golden } from './golden';

/** The URL as the popup keeps it after cleanup. */
const cleanedUrl = (url: string) => {
  const result = cleanUrl(url);
  return 'url' in result ? result.url : url;
};

const OTHERS = BUILTIN_TEMPLATES.filter((template) => template.id !== 'kubelist');
const exportWith = (id: string, issue: Issue, sections?: readonly string[]) =>
  templateExporter(builtinTemplate(id)!, 'Kubelist').format(issue, sections ? { sections } : {});
const fileName = (issue: string, id: string) => `${issue}-${id}.${builtinTemplate(id)!.kind === 'html' ? 'html' : 'md'}`;

/** Every check the HTML of an email must pass, on the document a DOM parses from it. */
function htmlProblems(html: string): string[] {
  const window = new Window();
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const problems: string[] = [];
  if (document.querySelector('script, style, link, img, iframe, object, embed, form')) problems.push('an element that runs, loads or styles from elsewhere');
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      if (/^on/i.test(attribute)) problems.push(`${element.tagName} ${attribute}`);
      if (attribute === 'src' || attribute === 'srcset') problems.push(`${element.tagName} loads ${attribute}`);
    }
  }
  for (const link of document.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    if (!/^https?:\/\//.test(href)) problems.push(`href ${href}`);
    if (/[?&]utm_/i.test(href)) problems.push(`tracking ${href}`);
  }
  return problems;
}

describe('the built-in templates', () => {
  it('are Kubelist (the default, first) and three more, each readable by the engine', () => {
    expect(BUILTIN_TEMPLATES.map((each) => each.id)).toEqual(['kubelist', 'sectioned-weekly', 'plain-digest', 'html-email']);
    for (const template of BUILTIN_TEMPLATES) expect(checkTemplate(template.body), template.id).toBeNull();
  });

  it('chooses Kubelist for an id that names no template', () => {
    expect(chosenTemplate('gone', []).id).toBe('kubelist');
    const own = { id: 'mine', name: 'Mine', kind: 'markdown' as const, body: '' };
    expect(chosenTemplate('mine', [own])).toBe(own);
    expect(chosenTemplate('plain-digest', [own]).id).toBe('plain-digest');
  });

  it('start from a draft that can be exported', () => {
    expect(checkExportable(MADE_UP_DRAFT)).toEqual([]);
  });

  it.each(OTHERS.map((each) => each.id))('%s exports the made-up draft as its golden file', (id) => {
    const text = exportWith(id, MADE_UP_DRAFT);
    expect(text).toBe(golden(fileName('draft', id), text));
  });

  it.each(OTHERS.map((each) => each.id))('%s exports the sectioned draft as its golden file', (id) => {
    const text = exportWith(id, MADE_UP_SECTIONED_DRAFT, MADE_UP_SECTIONS);
    expect(text).toBe(golden(fileName('draft-sectioned', id), text));
  });

  it('writes the sectioned draft’s HTML as a heading and a list per section, numbered on across them', () => {
    const html = exportWith('html-email', MADE_UP_SECTIONED_DRAFT, MADE_UP_SECTIONS);
    expect(htmlProblems(html)).toEqual([]);
    const document = new new Window().DOMParser().parseFromString(html, 'text/html');
    expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['News', 'Tools & <Tips>', 'Talks']);
    expect([...document.querySelectorAll('ol')].map((ol) => [ol.getAttribute('start'), ol.children.length])).toEqual([
      [null, 2],
      ['3', 2],
      ['5', 1],
      ['6', 2],
    ]);
    expect([...document.querySelectorAll('ol > li > a:first-child')].map((a) => a.textContent)).toEqual([
      'Unsorted link',
      'A link from an old section',
      'Kubernetes 1.40 released',
      'Security advisory',
      'k9s & friends',
      'A talk on schedulers',
      'Tweet of the week',
    ]);
  });

  it('leaves Kubelist’s export of a draft as it was when its items are in sections', () => {
    const unsectioned = { ...MADE_UP_SECTIONED_DRAFT, items: MADE_UP_SECTIONED_DRAFT.items.map(({ title, url, commentary }) => ({ title, url, commentary })) };
    expect(KUBELIST_MARKDOWN.format(MADE_UP_SECTIONED_DRAFT, { sections: MADE_UP_SECTIONS })).toBe(formatIssue(unsectioned));
  });

  it('writes the draft’s HTML with no script, no event attribute, no resource and only web links', () => {
    const html = exportWith('html-email', MADE_UP_DRAFT);
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toContain('and <a href="https://kubernetes.io/docs/tasks/debug/">the docs</a> linked.');
    expect(html).toContain('<a href="https://gateway-api.sigs.k8s.io/">Gateway API</a>');
    expect(html).toContain('<a href="https://example.com/talk?a=1&amp;b=2">the talk</a>');
    expect(html).toContain('&lt;b&gt;tag&lt;/b&gt;');
    const document = new new Window().DOMParser().parseFromString(html, 'text/html');
    expect([...document.querySelectorAll('ol > li > a:first-child')].map((a) => a.textContent)).toEqual(MADE_UP_DRAFT.items.map((item) => item.title));
    expect([...document.querySelectorAll('ol > li > a:first-child')].map((a) => a.getAttribute('href'))).toEqual(MADE_UP_DRAFT.items.map((item) => item.url));
  });
});

describeWithArchive('the built-in templates on the published archive', () => {
  const archive = readArchive();
  const issue117 = parseIssue(archiveText(117)).issue;

  it.each(OTHERS.map((each) => each.id))('%s exports issue 117 as its golden file', (id) => {
    const text = exportWith(id, issue117);
    expect(text).toBe(golden(fileName('117', id), text));
  });

  it('writes issue 117 as HTML a DOM reads as a numbered list of its links, every one a clean web link', () => {
    const html = exportWith('html-email', issue117);
    expect(htmlProblems(html)).toEqual([]);
    const document = new new Window().DOMParser().parseFromString(html, 'text/html');
    const links = [...document.querySelectorAll('ol > li > a:first-child')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(issue117.items.map((item) => item.url));
    expect(links.map((a) => a.textContent)).toEqual(issue117.items.map((item) => item.title));
  });

  it('exports every archived issue through Kubelist as formatIssue does, and its copyable body writes the same bytes', () => {
    const copy = templateExporter(builtinTemplate('kubelist')!, 'Kubelist');
    for (const [number, text] of archive) {
      const { issue } = parseIssue(text);
      expect(KUBELIST_MARKDOWN.format(issue), `#${number}`).toBe(text);
      expect(copy.format(issue), `#${number}`).toBe(formatIssue(issue));
    }
    expect(archive.size).toBe(133);
  });

  it('links exactly the items’ URLs, so items cleaned as the popup cleans them give HTML with no tracking parameter', () => {
    let published = 0;
    for (const text of archive.values()) {
      const { issue } = parseIssue(text);
      // The archive is kept as published (one link there still has utm_ parameters); a clipped item's URL is cleaned first.
      published += issue.items.filter((item) => /[?&]utm_/.test(item.url)).length;
      const cleaned = { ...issue, items: issue.items.map((item) => ({ ...item, url: cleanedUrl(item.url) })) };
      const html = exportWith('html-email', cleaned);
      expect(htmlProblems(html)).toEqual([]);
      const document = new new Window().DOMParser().parseFromString(html, 'text/html');
      expect([...document.querySelectorAll('ol > li > a:first-child')].map((a) => a.getAttribute('href'))).toEqual(cleaned.items.map((item) => item.url));
    }
    expect(published).toBeGreaterThan(0);
  });
});
