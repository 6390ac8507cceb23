// The title rules that use what the page says about itself (issue 17): headings, JSON-LD,
// breadcrumbs, the author; each alone, then through the whole table.
import { describe, expect, it } from 'vitest';
import { cleanTitle, type TitleContext } from '../../../../src/core/cleanup';
import { pathWords } from '../../../../src/core/cleanup/address-title';
import { isDocumentId } from '../../../../src/core/cleanup/document-id';
import { isGenericTitle } from '../../../../src/core/cleanup/generic-title';
import { isAddress, segmentsOf } from '../../../../src/core/cleanup/title-segments';
import { lazyTitleRule } from './rules';

/** Through the whole table, then with the rule (and any rule that would do the same) turned off. */
function expectPipeline(id: string, input: string, expected: string, context: TitleContext, overlapping: string[] = []) {
  const cleaned = cleanTitle(input, context);
  expect(cleaned.title).toBe(expected);
  expect(cleaned.applied).toContain(id);
  const without = cleanTitle(input, context, { disabled: [id, ...overlapping] });
  expect(without.title).not.toBe(expected);
  expect(without.applied).not.toContain(id);
}

describe('title segments', () => {
  it('splits at spaced separators only', () => {
    expect(segmentsOf('A - B | C').map((segment) => segment.text)).toEqual(['A', 'B', 'C']);
    expect(segmentsOf('owner/repo: 1.30-rc').map((segment) => segment.text)).toEqual(['owner/repo: 1.30-rc']);
  });
  it('tells an address from words', () => {
    expect(isAddress('https://example.com')).toBe(true);
    expect(isAddress('blog.example.com/post/x?utm_source=y')).toBe(true);
    expect(isAddress('example.com', 'https://www.example.com/a')).toBe(true);
    expect(isAddress('Node.js')).toBe(false);
    expect(isAddress('kubernetes/kubernetes')).toBe(false);
    expect(isAddress('Read example.com/post first')).toBe(false);
  });
});

describe('article-title', () => {
  const rule = lazyTitleRule('article-title');
  const page: TitleContext = {
    url: 'https://eng.ashgrove.example/caching',
    ogTitle: 'You won’t believe what slowed our builds',
    pageTitle: 'Caching Go modules in CI | Ashgrove',
    headings: ['Caching Go modules in CI'],
  };
  it('takes the <title> that names the article over a social headline', () => {
    expect(rule.apply(page.ogTitle!, page)).toBe('Caching Go modules in CI | Ashgrove');
    expect(rule.apply(page.ogTitle!, { ...page, headings: [], headline: 'Caching Go modules in CI' })).toBe('Caching Go modules in CI | Ashgrove');
  });
  it('keeps og:title when it agrees with the heading, when nothing agrees, or when it was not chosen', () => {
    expect(rule.apply('Caching Go modules in CI', { ...page, ogTitle: 'Caching Go modules in CI' })).toBe('Caching Go modules in CI');
    expect(rule.apply(page.ogTitle!, { ...page, headings: ['Talk notes'] })).toBe(page.ogTitle);
    expect(rule.apply(page.ogTitle!, { ...page, headings: ['Caching Go modules in CI', 'Another h1'] })).toBe(page.ogTitle);
    expect(rule.apply('Something else', page)).toBe('Something else');
  });
  it('runs in the pipeline', () => expectPipeline('article-title', page.ogTitle!, 'Caching Go modules in CI', page));
});

describe('title-fallback', () => {
  const rule = lazyTitleRule('title-fallback');
  const url = 'https://blog.marram.example/2026/autoscaling';
  it.each([
    ['placeholder', 'Untitled', { url, headings: ['Rethinking autoscaling'] }],
    ['too short', 'Hi', { url, headline: 'Rethinking autoscaling' }],
    ['an address', 'blog.marram.example/2026/autoscaling', { url, headings: ['Rethinking autoscaling'] }],
    ['site name and placeholder', 'Blog – Marram', { url, entryTitles: ['Rethinking autoscaling'] }],
    [
      'site names only',
      'Northwind - Reliability Handbook',
      { url: 'https://handbook.northwind.example/slo/', siteName: 'Reliability Handbook', headings: ['Rethinking autoscaling'] },
    ],
    ['far too long', `Kubernetes, ${'Cloud, '.repeat(30)}Tips`, { url, headings: ['Rethinking autoscaling'] }],
    ['dc:title', 'Document', { url, dcTitle: 'Rethinking autoscaling' }],
  ])('uses the article’s own name for a title that names no page: %s', (_, title, context) => {
    expect(rule.apply(title, context as TitleContext)).toBe('Rethinking autoscaling');
  });
  it('prefers the JSON-LD headline to the heading, and skips a heading that is the site’s logo', () => {
    expect(rule.apply('Post', { url, headline: 'From JSON-LD', headings: ['From the h1'] })).toBe('From JSON-LD');
    expect(rule.apply('Post', { url, headings: ['Marram', 'The article'] })).toBe('The article');
  });
  it('keeps the title when the page offers nothing better, or there are several headings', () => {
    expect(rule.apply('Untitled', { url })).toBe('Untitled');
    expect(rule.apply('Untitled', { url, headings: ['One', 'Two'] })).toBe('Untitled');
    expect(rule.apply('Scaling etcd', { url, headings: ['Other'] })).toBe('Scaling etcd');
  });
  it('keeps the site’s name on its front page', () => {
    expect(isGenericTitle('Kestrel', { url: 'https://kestrel.example/', siteName: 'Kestrel' })).toBe(false);
    expect(isGenericTitle('Kestrel', { url: 'https://kestrel.example/docs', siteName: 'Kestrel' })).toBe(true);
  });
  it('runs in the pipeline', () =>
    expectPipeline('title-fallback', 'Home | Westwind', 'Chipmaker opens a data centre', {
      url: 'https://westwind.example/news/x',
      headline: 'Chipmaker opens a data centre',
    }));
});

describe('address-title', () => {
  const rule = lazyTitleRule('address-title');
  it('makes words from the address’s path', () => {
    const url = 'https://softwarewanderer.example/post/lessons-from-a-year-of-gitops?utm_source=x&fbclid=y';
    expect(rule.apply('softwarewanderer.example/post/lessons-from-a-year-of-gitops?utm_source=x&fbclid=y', { url })).toBe('Lessons from a year of gitops');
    expect(rule.apply('', { url: 'https://old.example/2024/05/why_we_left.html' })).toBe('Why we left');
    expect(pathWords('https://x.example/%C3%BCber-uns/8a71')).toBe('Über uns');
  });
  it('keeps the title when it is words, or when the path has none', () => {
    expect(rule.apply('Scaling etcd', { url: 'https://x.example/a-b-c' })).toBe('Scaling etcd');
    expect(rule.apply('x.example/p/8a71', { url: 'https://x.example/p/8a71' })).toBe('x.example/p/8a71');
  });
  it('runs in the pipeline', () =>
    expectPipeline('address-title', 'old.example/why-we-left-the-monorepo', 'Why we left the monorepo', {
      url: 'https://old.example/why-we-left-the-monorepo',
    }));
});

describe('page-site-names', () => {
  const rule = lazyTitleRule('page-site-names');
  it('drops a site name only the page’s other signals give', () => {
    expect(rule.apply('Webhooks in five minutes | Bluefin', { url: 'https://help.bluefin-hq.example/a', siteNames: ['Bluefin'] })).toBe(
      'Webhooks in five minutes',
    );
    expect(rule.apply('Ops Manual | Configuring ingress', { siteNames: ['Ops Manual'] })).toBe('Configuring ingress');
  });
  it('keeps the title without such names, or when the name is part of the title', () => {
    expect(rule.apply('Webhooks in five minutes | Bluefin', { url: 'https://help.bluefin-hq.example/a' })).toBe('Webhooks in five minutes | Bluefin');
    expect(rule.apply('Bluefin - what changed', { siteNames: ['Bluefin'] })).toBe('Bluefin - what changed');
  });
  it('runs in the pipeline', () =>
    expectPipeline('page-site-names', 'Release notes 4.2 | Northwind Cloud Console', 'Release notes 4.2', {
      url: 'https://docs.example/r',
      siteNames: ['Northwind Cloud Console'],
    }));
});

describe('site-name-brackets', () => {
  const rule = lazyTitleRule('site-name-brackets');
  it.each([
    ['square brackets', 'Chapter 3 [Archive of Tales]', { url: 'https://archiveoftales.example/works/1' }, 'Chapter 3'],
    ['guillemets', 'Базы данных в Kubernetes «Северный Ветер»', { siteName: 'Северный Ветер' }, 'Базы данных в Kubernetes'],
    ['between ::', '台北的容器化旅程 :: 雲端筆記 PIXLOG ::', { url: 'https://kaede.pixlog.example/blog/post/1' }, '台北的容器化旅程'],
    ['in front', '[Viento Sur] Guía de operadores', { url: 'https://vientosur.example/g' }, 'Guía de operadores'],
  ])('drops a bracketed site name: %s', (_, title, context, expected) => {
    expect(rule.apply(title, context)).toBe(expected);
  });
  it('keeps brackets that are not the site’s name', () => {
    expect(rule.apply('Release notes [PDF]', { url: 'https://vientosur.example/r' })).toBe('Release notes [PDF]');
    expect(rule.apply('[Vientosur] Go', { url: 'https://vientosur.example/g' })).toBe('[Vientosur] Go');
  });
  it('runs in the pipeline', () =>
    expectPipeline('site-name-brackets', 'Chapter 3 [Archive of Tales]', 'Chapter 3', { url: 'https://archiveoftales.example/works/1' }));
});

describe('site-name-words', () => {
  const rule = lazyTitleRule('site-name-words');
  it.each([
    ['product in front', 'Podline Player | Episode 12: Scheduling', { url: 'https://share.podline.example/e/1' }, 'Episode 12: Scheduling'],
    ['words after the name', 'Backup policies - Stratus Docs Portal', { url: 'https://stratus.example/docs/b' }, 'Backup policies'],
    ['one-word og:site_name', 'Scaling queues · Larkspur Notes', { siteName: 'Larkspur' }, 'Scaling queues'],
  ])('drops the site name with a product word: %s', (_, title, context, expected) => {
    expect(rule.apply(title, context)).toBe(expected);
  });
  it('keeps longer segments, and a dash prefix (a title about the product)', () => {
    expect(rule.apply('Scaling - Stratus for large teams today', { url: 'https://stratus.example/s' })).toBe('Scaling - Stratus for large teams today');
    expect(rule.apply('Stratus Backup - what changed', { url: 'https://stratus.example/s' })).toBe('Stratus Backup - what changed');
  });
  it('runs in the pipeline', () =>
    expectPipeline('site-name-words', 'Podline Player | Episode 12', 'Episode 12', { url: 'https://share.podline.example/e/1' }));
});

describe('byline', () => {
  const rule = lazyTitleRule('byline');
  it('drops "by Author" and the author’s name at the end', () => {
    expect(rule.apply('The cost of sidecars - by Mara Voss', {})).toBe('The cost of sidecars');
    expect(rule.apply('Debugging DNS in pods | Priya Natarajan', { author: 'Priya Natarajan' })).toBe('Debugging DNS in pods');
  });
  it('keeps "by" inside the title and names that are not the author’s', () => {
    expect(rule.apply('Stand by me', {})).toBe('Stand by me');
    expect(rule.apply('Debugging DNS | Priya Natarajan', {})).toBe('Debugging DNS | Priya Natarajan');
    expect(rule.apply('Go - by Mara Voss', {})).toBe('Go - by Mara Voss');
  });
  it('runs in the pipeline', () =>
    expectPipeline('byline', 'The cost of sidecars - by Mara Voss - Fieldnotes', 'The cost of sidecars', {
      siteName: 'Fieldnotes',
      url: 'https://fieldnotes.example/p/x',
    }));
});

describe('document-id', () => {
  const rule = lazyTitleRule('document-id');
  it('drops a document id in front', () => {
    expect(rule.apply('draft-fernhill-netpol-profiles-03 - Network Policy Profiles', {})).toBe('Network Policy Profiles');
    expect(rule.apply('ADR-0042-storage | Choosing storage classes', {})).toBe('Choosing storage classes');
  });
  it('keeps versions, dates and words', () => {
    for (const id of ['v1.30.2', '2024-05-01', 'k8s', 'kube-state-metrics']) expect(isDocumentId(id)).toBe(false);
    expect(rule.apply('v1.30.2 - Release notes', {})).toBe('v1.30.2 - Release notes');
  });
  it('runs in the pipeline', () => expectPipeline('document-id', 'ADR-0042-storage - Choosing storage classes', 'Choosing storage classes', {}));
});

describe('heading-segment', () => {
  const rule = lazyTitleRule('heading-segment');
  it('keeps the run of segments that is the heading', () => {
    expect(rule.apply('Google - Chapter 4: SLOs', { headings: ['Chapter 4: SLOs'] })).toBe('Chapter 4: SLOs');
    expect(rule.apply('Node NotReady - Help - Forum', { headline: 'Node NotReady' })).toBe('Node NotReady');
    expect(rule.apply('Rust vs. Go - which one? | Lake', { headings: ['Rust vs. Go - which one?'] })).toBe('Rust vs. Go - which one?');
  });
  it('keeps a title that is the heading whole, has no match, or whose match is the site’s name', () => {
    expect(rule.apply('Rust vs. Go - which one?', { headings: ['Rust vs. Go - which one?'] })).toBe('Rust vs. Go - which one?');
    expect(rule.apply('Scheduling batch jobs | Linden Hall', { headings: ['Talk notes'] })).toBe('Scheduling batch jobs | Linden Hall');
    expect(rule.apply('Tuning the JVM | Acme', { url: 'https://acme.example/jvm', ogTitle: 'Acme' })).toBe('Tuning the JVM | Acme');
  });
  it('runs in the pipeline', () =>
    expectPipeline('heading-segment', 'Tailwater - Capacity planning', 'Capacity planning', {
      url: 'https://books.tailwater.example/sre/cap',
      headings: ['Capacity planning'],
    }));
});
