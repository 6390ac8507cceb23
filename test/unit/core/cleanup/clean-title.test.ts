import { describe, expect, it } from 'vitest';
import { cleanTitle, MAX_TITLE_LENGTH, TITLE_RULES, type TitleContext } from '../../../../src/core/cleanup';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

describe('cleanTitle on real-world titles', () => {
  it.each<[string, string, TitleContext, string]>([
    [
      'GitHub repository',
      'GitHub - kubernetes-sigs/kind: Kubernetes IN Docker - local clusters for testing Kubernetes',
      { siteName: 'GitHub', url: 'https://github.com/kubernetes-sigs/kind' },
      'kubernetes-sigs/kind: Kubernetes IN Docker - local clusters for testing Kubernetes',
    ],
    [
      'GitHub issue',
      'Pods stuck in Terminating · Issue #51835 · kubernetes/kubernetes · GitHub',
      { url: 'https://github.com/kubernetes/kubernetes/issues/51835' },
      'Pods stuck in Terminating · Issue #51835 · kubernetes/kubernetes',
    ],
    [
      'YouTube with a counter',
      '(3) Kubernetes Explained in 6 Minutes | k8s Architecture - YouTube',
      { url: 'https://www.youtube.com/watch?v=TlHvYWVUZyc' },
      'Kubernetes Explained in 6 Minutes | k8s Architecture',
    ],
    [
      'Medium',
      'Kubernetes Best Practices — Season One | by Sandeep Dinesh | Google Cloud - Community | Medium',
      { url: 'https://medium.com/google-cloud/kubernetes-best-practices-season-one-1', siteName: 'Medium' },
      'Kubernetes Best Practices — Season One',
    ],
    [
      'dev.to',
      'Minikube vs. kind vs. k3s - What should I use? - DEV Community',
      { url: 'https://dev.to/bowmanjd/minikube-vs-kind-vs-k3s' },
      'Minikube vs. kind vs. k3s - What should I use?',
    ],
    [
      'kubernetes.io blog',
      'Kubernetes v1.30: Uwubernetes | Kubernetes',
      { siteName: 'Kubernetes', url: 'https://kubernetes.io/blog/2024/04/17/kubernetes-v1-30-release/' },
      'Kubernetes v1.30: Uwubernetes',
    ],
    ['kubernetes.io docs', 'Pod Lifecycle | Kubernetes', { url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/' }, 'Pod Lifecycle'],
    [
      'CNCF blog',
      '9 Kubernetes Security Best Practices Everyone Must Follow | CNCF',
      { siteName: 'CNCF', url: 'https://www.cncf.io/blog/2019/01/14/9-kubernetes-security-best-practices-everyone-must-follow/' },
      '9 Kubernetes Security Best Practices Everyone Must Follow',
    ],
    [
      'The New Stack',
      'Why Kubernetes Needs an LTS - The New Stack',
      { url: 'https://thenewstack.io/why-kubernetes-needs-an-lts/' },
      'Why Kubernetes Needs an LTS',
    ],
    [
      'InfoQ',
      'Kubernetes Gateway API Reaches GA - InfoQ',
      { url: 'https://www.infoq.com/news/2023/11/kubernetes-gateway-api-ga/' },
      'Kubernetes Gateway API Reaches GA',
    ],
    [
      'X with a counter',
      '(2) Kelsey Hightower on X: "Kubernetes is a platform for building platforms" / X',
      { url: 'https://x.com/kelseyhightower/status/935252923721793536' },
      'Kelsey Hightower on X: "Kubernetes is a platform for building platforms"',
    ],
    [
      'Twitter, old style',
      'CNCF on Twitter: "Register for Virtual KubeCon" / Twitter',
      { url: 'https://twitter.com/CloudNativeFdn/status/1303766370723618816' },
      'CNCF on Twitter: "Register for Virtual KubeCon"',
    ],
    [
      'Hacker News',
      'Kubernetes is our generation’s Multics | Hacker News',
      { url: 'https://news.ycombinator.com/item?id=29413212' },
      'Kubernetes is our generation’s Multics',
    ],
    [
      'kubernetes.io, dash inside the title',
      'Kubernetes 1.30 - What’s new',
      { siteName: 'Kubernetes', url: 'https://kubernetes.io/blog/whats-new/' },
      'Kubernetes 1.30 - What’s new',
    ],
  ])('%s', (_, title, context, expected) => {
    const cleaned = cleanTitle(title, context);
    expect(cleaned.title).toBe(expected);
    expect(cleaned.original).toBe(title);
  });
});

describe('cleanTitle on hostile titles', () => {
  it('leaves markup as text: cleanup does not escape HTML, the renderer does', () => {
    const title = '<img src=x onerror=alert(1)> & <script>alert(2)</script>';
    expect(cleanTitle(title, { url: 'https://evil.example/' }).title).toBe(title);
    expect(cleanTitle(`${title} | Evil`, { url: 'https://evil.example/' }).title).toBe(title);
  });

  it('removes right-to-left overrides that disguise a file name', () => {
    expect(cleanTitle('Free download: invoice\u202Efdp.exe', {}).title).toBe('Free download: invoicefdp.exe');
    expect(cleanTitle('\u2067Kubernetes\u2069 \u200Frocks', {}).title).toBe('Kubernetes rocks');
  });

  it('keeps a ZWJ emoji family as one grapheme', () => {
    const cleaned = cleanTitle('Family day 👨‍👩‍👧 at KubeCon', {});
    expect(cleaned.title).toBe('Family day 👨‍👩‍👧 at KubeCon');
    expect(cleaned.applied).toEqual([]);
    expect(graphemes(cleaned.title)).toContain('👨‍👩‍👧');
  });

  it('caps a 10,000-character title without splitting a grapheme or a surrogate pair', () => {
    const unit = 'Kubernetes 👨‍👩‍👧 e\u0301 🇺🇦 𝔎 ';
    const title = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
    const cleaned = cleanTitle(title, {});
    expect(cleaned.applied).toContain('length-cap');
    expect(cleaned.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(cleaned.title.endsWith('…')).toBe(true);
    expect(LONE_SURROGATE.test(cleaned.title)).toBe(false);
    const kept = graphemes(cleaned.title.slice(0, -1));
    expect(kept).toEqual(graphemes(title.normalize('NFC')).slice(0, kept.length));
  });

  it('copes with thousands of separators', () => {
    const title = `${'Kubernetes - '.repeat(700)}Example`;
    const cleaned = cleanTitle(title, { url: 'https://example.com/' });
    expect(cleaned.applied).toEqual(['site-name', 'length-cap']);
    expect(cleaned.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });

  it('reduces a title of nothing but invisible characters to an empty string', () => {
    expect(cleanTitle('\u200B\u202E\u0000 \u2060\uFEFF', {}).title).toBe('');
  });
});

describe('cleanTitle options', () => {
  const youtube = { url: 'https://www.youtube.com/watch?v=TlHvYWVUZyc' };

  it('reports the rules that changed something, in table order', () => {
    expect(cleanTitle(' (2) Title\u200B - YouTube', youtube).applied).toEqual(['zero-width', 'whitespace', 'notification-counter', 'site-name']);
  });

  it('skips disabled rules and only those', () => {
    const cleaned = cleanTitle('(2) Kubernetes in 6 minutes - YouTube', youtube, { disabled: ['notification-counter'] });
    expect(cleaned.title).toBe('(2) Kubernetes in 6 minutes');
    expect(cleaned.applied).toEqual(['site-name']);
  });

  it('changes nothing with every rule disabled', () => {
    const title = ' (2) Title\u202E\u0000 - YouTube ';
    expect(cleanTitle(title, youtube, { disabled: TITLE_RULES.map((rule) => rule.id) })).toEqual({ title, original: title, applied: [] });
  });

  it('ignores unknown rule ids and works without a context', () => {
    expect(cleanTitle('  Title  ', undefined, { disabled: ['no-such-rule'] })).toEqual({ title: 'Title', original: '  Title  ', applied: ['whitespace'] });
  });
});
