import { describe, expect, it } from 'vitest';
import { stem, words } from '../../../../src/core/emoji-suggest';

describe('words', () => {
  it('lowercases and keeps letters of any script whole', () => {
    expect(words('Überwachung für Großrechner, naïve café')).toEqual(['überwachung', 'für', 'großrechner', 'naïv', 'café']);
    expect(words('Kubernetes の監視ツール')).toEqual(['kubernet', '監視', 'ツール']);
  });

  it('drops stop words, very short tokens and bare numbers', () => {
    expect(words('It is a way to do it, and we will see 2 or 1.19 of it')).toEqual([]);
    expect(words('Go on: k8s at v2')).toEqual(['k8s']);
  });

  it('splits on hyphens and apostrophes', () => {
    expect(words('multi-cluster service’s mesh')).toEqual(['multi', 'cluster', 'servic', 'mesh']);
  });

  it('ignores markup, entities and addresses in HTML-flavoured blurbs', () => {
    expect(words('<a href="https://helm.sh/docs">Helm</a>&#39;s charts &amp; https://example.com/path')).toEqual(['helm', 'chart']);
    expect(words('see [the docs](https://example.com/tooling) today')).toEqual(['doc', 'today']);
  });

  it('keeps repeats, in order', () => {
    expect(words('Cluster after cluster')).toEqual(['cluster', 'cluster']);
  });
});

describe('stem', () => {
  it.each([
    ['containers', 'container'],
    ['scaling', 'scale'],
    ['scaled', 'scale'],
    ['releases', 'released'],
    ['releasing', 'release'],
    ['policies', 'policy'],
    ['applied', 'apply'],
    ['running', 'run'],
    ['logging', 'log'],
    ['processes', 'process'],
    ['processing', 'process'],
    ['boxes', 'box'],
    ['hoped', 'hope'],
    ['strings', 'string'],
  ])('meets %s and %s at one stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each(['string', 'thing', 'need', 'speed', 'status', 'analysis', 'bed', 'tree'])('leaves the suffix-like ending of %s alone', (word) => {
    expect(stem(word)).toBe(word);
  });
});
